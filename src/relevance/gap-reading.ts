/**
 * Reading a gap as the clinician typed it ("pt safety", "Hep B & C", "PALS course paediatric",
 * "epidemiolgy"): its words, each with what it may stand for — the word itself, the expansion
 * of an abbreviation or shorthand (its sense decided by the other words and the clinician's
 * profession and specialty), the catalogue word a typo was meant to be — and the taxonomy
 * concepts the whole gap names. Abbreviations are read as the words they stand for, never
 * letter by letter.
 * @module
 */
import {
  abbreviationKey,
  decideSenses,
  writtenAsAbbreviation,
} from '../reference/abbreviations.js';
import { knownStemId } from '../reference/stem-ids.js';
import { boundPhrase, type ConceptMatch, resolvePhrase } from '../reference/taxonomy.js';
import { RESOLUTION_STRENGTH } from '../reference/taxonomy-defaults.js';
import { contextStems } from '../reference/taxonomy-exact.js';
import { stemWord } from '../reference/taxonomy-index.js';
import { editSimilarity } from '../text/similarity.js';
import { words } from '../text/tokenize.js';
import type { CourseIndex } from './course-index.js';
import { ACTIVITY_WORDS, REQUEST_WORDS, TYPO_MIN_LETTERS } from './defaults.js';

/** One reading of a word: the terms a course must use, and how sure the reading is. */
export interface Alternative {
  /** What the word is read as, in words ("opioid use disorder"). */
  readonly words: string;
  /** Stem ids of those words (-1 for a word no course and no taxonomy label uses). */
  readonly terms: readonly number[];
  /** 0–1: the word itself 1; a decided abbreviation 0.9; a typo's correction by similarity. */
  readonly strength: number;
  readonly via: 'word' | 'abbreviation' | 'typo';
}

/** One word of a gap (or an abbreviation), with its readings. */
export interface GapWord {
  /** As typed. */
  readonly text: string;
  /** Its readings; none when neither the catalogue nor the taxonomy has the word. */
  readonly alternatives: readonly Alternative[];
  /** A word saying what kind of offering is wanted ("course"), not what it is about. */
  readonly request: boolean;
  /** An activity done to the gap's topic ("interpretation"), see `ACTIVITY_WORDS`. */
  readonly activity: boolean;
}

/** A gap read for matching. */
export interface GapReading {
  /** As typed. */
  readonly text: string;
  /** The words a course must use (each through one of its readings) to cover it by text. */
  readonly words: readonly GapWord[];
  /** The taxonomy concepts the gap names, strongest first. */
  readonly matches: readonly ConceptMatch[];
}

/** A word with the punctuation around it removed ("(NIV)," → "NIV"). */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, '');

/**
 * Courses that use a term, among those counted for statistics: what the trust floor holds back
 * never decides how a gap is read (a mill that copies a gap's typo does not make it a word).
 */
const frequency = (index: CourseIndex, t: number): number =>
  t >= 0 && t < index.text.documentFrequency.length
    ? (index.text.documentFrequency[t] as number)
    : 0;

const used = (index: CourseIndex, t: number): boolean => frequency(index, t) > 0;

function alternative(
  index: CourseIndex,
  text: string,
  strength: number,
  via: Alternative['via'],
): Alternative | undefined {
  const terms: number[] = [];
  for (const w of words(text)) {
    const id = knownStemId(index.vocabulary, w);
    if (id < 0 && stemWord(index.taxonomy, w) === '') continue; // a function word
    terms.push(id);
  }
  // Unknown words (-1) stay: no course has them, and their weight counts against a match. A
  // reading no counted course uses a word of is no reading.
  return terms.some((t) => used(index, t)) ? { words: text, terms, strength, via } : undefined;
}

/**
 * The catalogue word a word no course uses was most likely meant to be: within one edit (two
 * from 10 letters), the one most courses use. Only folded words the vocabulary has seen in the
 * catalogue are candidates.
 */
function typoOf(index: CourseIndex, word: string): Alternative | undefined {
  if (word.length < TYPO_MIN_LETTERS || /\d/.test(word)) return undefined;
  const maxEdits = word.length >= 10 ? 2 : 1;
  let best: { word: string; df: number; similarity: number } | undefined;
  for (const [candidate, id] of index.vocabulary.words) {
    if (id < 0 || Math.abs(candidate.length - word.length) > maxEdits) continue;
    if (candidate[0] !== word[0]) continue;
    if (!used(index, id)) continue;
    const similarity = editSimilarity(word, candidate);
    const edits = Math.round((1 - similarity) * Math.max(word.length, candidate.length));
    if (edits === 0 || edits > maxEdits) continue;
    const df = frequency(index, id);
    if (!best || similarity > best.similarity || (similarity === best.similarity && df > best.df)) {
      best = { word: candidate, df, similarity };
    }
  }
  if (!best) return undefined;
  return alternative(
    index,
    best.word,
    Math.min(0.9, RESOLUTION_STRENGTH.typo + 0.05 * best.similarity),
    'typo',
  );
}

/**
 * Reads a gap: its words with their readings, and the concepts it names. `context` holds the
 * clinician's profession and specialty, which decide ambiguous abbreviations.
 *
 * @example
 * ```ts
 * readGap(index, 'pt safety', ['nurse']).words[0]?.alternatives.map((a) => a.words);
 * // ['pt', 'patient']
 * ```
 */
export function readGap(index: CourseIndex, text: string, context: readonly string[]): GapReading {
  const taxonomy = index.taxonomy;
  const phrase = boundPhrase(text);
  const stems = contextStems(taxonomy, phrase, context);
  const out: GapWord[] = [];
  // Single letters joined by "&", "and" or "," ("Hep B & C") are one word: any of them.
  let joining = false;
  const word = (text: string, alternatives: Alternative[], request = false): void => {
    const last = out[out.length - 1];
    const letter = text.length === 1 && /[a-z]/i.test(text);
    if (joining && letter && last && last.text.length === 1) {
      out[out.length - 1] = {
        ...last,
        text: `${last.text}/${text}`,
        alternatives: [...last.alternatives, ...alternatives],
      };
    } else {
      const activity =
        words(text).some((w) => ACTIVITY_WORDS.has(w)) ||
        alternatives.some((a) => words(a.words).some((w) => ACTIVITY_WORDS.has(w)));
      out.push({ text, alternatives, request, activity });
    }
    joining = false;
  };
  for (const raw of phrase.split(/\s+/)) {
    const core = bare(raw);
    if (core === '' || /^(and|y|et)$/i.test(core)) {
      joining = out.length > 0;
      continue;
    }
    const senses = taxonomy.abbreviations.get(abbreviationKey(core));
    const applicable = (senses ?? []).filter(
      (s) => !s.caseSensitive || writtenAsAbbreviation(core),
    );
    if (applicable.length > 0) {
      const decided = decideSenses(applicable, stems);
      const readings: Alternative[] = [];
      // The abbreviation itself is a reading only when it has one meaning: an ambiguous one
      // ("GCP") written in a course may mean its other sense.
      const literal = alternative(index, core, 1, 'word');
      if (literal && core.length > 1 && decideSenses(applicable, new Set()).decided)
        readings.push(literal);
      for (const sense of decided.senses) {
        const a = alternative(
          index,
          sense.expansion,
          decided.decided
            ? RESOLUTION_STRENGTH.abbreviation
            : RESOLUTION_STRENGTH.abbreviationUndecided,
          'abbreviation',
        );
        if (a) readings.push(a);
      }
      word(core, readings);
      if (/,$/.test(raw)) joining = true;
      continue;
    }
    for (const w of words(core)) {
      if (stemWord(taxonomy, w) === '') continue; // a function word
      const readings: Alternative[] = [];
      const literal = alternative(index, w, 1, 'word');
      if (literal) readings.push(literal);
      if (!literal?.terms.some((t) => used(index, t))) {
        const typo = typoOf(index, w);
        if (typo) readings.push(typo);
      }
      word(w, readings, REQUEST_WORDS.has(w));
    }
    if (/,$/.test(raw)) joining = true;
  }
  const topical = out.filter((w) => !w.request);
  const chosen = topical.length > 0 ? topical : out;
  // An activity word is optional only beside other words: never the gap's only word.
  const anyTopic = chosen.some((w) => !w.activity);
  return {
    text,
    words: anyTopic ? chosen : chosen.map((w) => ({ ...w, activity: false })),
    matches: resolvePhrase(taxonomy, phrase, { context, limit: 4 }),
  };
}
