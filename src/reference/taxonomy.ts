/**
 * Resolving a free-text phrase ("12 lead EKG", "sepsis recogntion", "NIV") to skills-taxonomy
 * concepts, with a strength and the evidence. Paths, strongest first: exact id, exact normalised
 * label or alternative label (British/American spelling folded), abbreviation (ambiguous ones
 * decided by context words), stemmed phrase, typo (fuse.js over the taxonomy's labels only) and
 * partial (a sub-phrase names a concept).
 * @module
 */
import { foldText, normalizeText } from '../text/normalize.js';
import { editSimilarity } from '../text/similarity.js';
import {
  type AbbreviationSense,
  createTaxonomyIndex,
  foldedTokens,
  SHORTHAND,
  type Surface,
  stemsOf,
  stemWord,
  type TaxonomyIndex,
  typoCandidates,
} from './taxonomy-index.js';

export { broaderConcepts, narrowerConcepts } from './taxonomy-hierarchy.js';
export { createTaxonomyIndex, type TaxonomyIndex };

/** How a phrase reached a concept. */
export type ResolutionVia =
  | 'id'
  | 'label'
  | 'alt-label'
  | 'abbreviation'
  | 'spelling-variant'
  | 'typo'
  | 'partial';

/** One concept a phrase resolves to. */
export interface ConceptMatch {
  readonly conceptId: string;
  readonly label: string;
  /** 0–1: how sure the match is. */
  readonly strength: number;
  readonly via: ResolutionVia;
  /** A sentence a clinician can read: "'EKG' → ECG interpretation via abbreviation". */
  readonly evidence: string;
}

/** Options of {@link resolvePhrase}. */
export interface ResolveOptions {
  /** Words that decide ambiguous abbreviations (e.g. the clinician's specialty and profession). */
  readonly context?: string | readonly string[];
  /** Most matches returned (default 5). */
  readonly limit?: number;
}

/** Strengths of each path; see docs/recommendations.md. */
export const RESOLUTION_STRENGTH = {
  id: 1,
  label: 1,
  altLabel: 0.97,
  spellingVariant: 0.95,
  stemmed: 0.9,
  /** Abbreviation with a single sense, or decided by context. */
  abbreviation: 0.9,
  /** Each sense of an abbreviation the context could not decide. */
  abbreviationUndecided: 0.45,
  /** Typo: multiplied by the edit similarity. */
  typo: 0.85,
  /** Partial: multiplied by the share of the phrase's words the sub-phrase covers (≥ 0.5). */
  partial: 0.8,
} as const;

/** Shortest phrase (characters, folded) that may be read as a typo. Shorter: abbreviations. */
const MIN_TYPO_LENGTH = 6;
/** Lowest edit similarity accepted for a typo. */
const MIN_TYPO_SIMILARITY = 0.8;

const quote = (text: string): string => `'${text.trim()}'`;

function surfaceMatch(
  index: TaxonomyIndex,
  phrase: string,
  surfaces: readonly Surface[],
  strength: number,
  how: string,
): ConceptMatch[] {
  return surfaces.map((s) => {
    const label = index.concepts.get(s.conceptId)?.label ?? s.text;
    return {
      conceptId: s.conceptId,
      label,
      strength,
      via: s.kind,
      evidence: `${quote(phrase)} → ${label} via ${how}${s.kind === 'alt-label' ? ` "${s.text}"` : ''}`,
    };
  });
}

function contextStems(index: TaxonomyIndex, phrase: string, context: ResolveOptions['context']) {
  const words = [phrase, ...(typeof context === 'string' ? [context] : (context ?? []))];
  const out = new Set<string>();
  for (const w of words) for (const s of stemsOf(index, w)) out.add(s);
  return out;
}

/** Senses of one token read as an abbreviation ("ABGs" → ABG), decided by context words. */
function abbreviationMatches(
  index: TaxonomyIndex,
  phrase: string,
  token: string,
  context: ReadonlySet<string>,
): ConceptMatch[] {
  let senses: readonly AbbreviationSense[] | undefined = index.abbreviations.get(token);
  if (!senses && token.length > 3 && token.endsWith('s')) {
    senses = index.abbreviations.get(token.slice(0, -1));
  }
  if (!senses || senses.length === 0) return [];
  const byConcept = new Map<string, AbbreviationSense>();
  for (const s of senses) if (!byConcept.has(s.conceptId)) byConcept.set(s.conceptId, s);
  const unique = [...byConcept.values()];
  const scored = unique.map((s) => {
    let hits = 0;
    for (const c of s.context) if (context.has(c)) hits++;
    return { sense: s, hits };
  });
  const best = Math.max(...scored.map((s) => s.hits));
  const winners = scored.filter((s) => s.hits === best);
  const decided = unique.length === 1 || (best > 0 && winners.length === 1);
  return scored
    .filter((s) => !decided || s.hits === best)
    .map(({ sense }) => {
      const label = index.concepts.get(sense.conceptId)?.label ?? sense.conceptId;
      const strength = decided
        ? RESOLUTION_STRENGTH.abbreviation
        : RESOLUTION_STRENGTH.abbreviationUndecided;
      const how = decided ? 'abbreviation' : 'ambiguous abbreviation (context did not decide)';
      return {
        conceptId: sense.conceptId,
        label,
        strength,
        via: 'abbreviation' as const,
        evidence: `${quote(phrase)} → ${label} via ${how} "${sense.text}"`,
      };
    });
}

/** Exact, abbreviation and stemmed matches of a (sub-)phrase; no typos, no partials. */
function exactMatches(
  index: TaxonomyIndex,
  phrase: string,
  context: ReadonlySet<string>,
): ConceptMatch[] {
  const normalized = normalizeText(phrase);
  if (normalized === '') return [];
  // A word written in capitals ("AUDIT", "PALS") is read as an abbreviation first when the
  // surrounding words decide its sense; otherwise as the ordinary word or label.
  if (CAPITALISED_ABBREVIATION.test(phrase.trim())) {
    const abbreviated = abbreviationMatches(index, phrase, normalized, context);
    if (abbreviated.some((m) => m.strength >= RESOLUTION_STRENGTH.abbreviation)) return abbreviated;
  }
  const surfaces = index.byNormalized.get(normalized);
  if (surfaces) {
    const folded = foldText(phrase);
    return surfaces.map((s) => {
      if (s.folded === folded || surfaces.some((o) => o.folded === folded && o !== s)) {
        const strength =
          s.kind === 'label' ? RESOLUTION_STRENGTH.label : RESOLUTION_STRENGTH.altLabel;
        return surfaceMatch(
          index,
          phrase,
          [s],
          strength,
          s.kind === 'label' ? 'label' : 'alternative label',
        )[0] as ConceptMatch;
      }
      const m = surfaceMatch(
        index,
        phrase,
        [s],
        RESOLUTION_STRENGTH.spellingVariant,
        'spelling variant of',
      )[0] as ConceptMatch;
      return { ...m, via: 'spelling-variant' as const };
    });
  }
  const tokens = normalized.split(' ');
  if (tokens.length === 1) {
    const abbreviated = abbreviationMatches(index, phrase, tokens[0] as string, context);
    if (abbreviated.length > 0) return abbreviated;
  }
  const stems = stemsOf(index, phrase);
  if (stems.length === 0) return [];
  const ordered = index.byStems.get(stems.join(' '));
  const unordered = ordered ?? index.byStemSet.get([...new Set(stems)].sort().join(' '));
  if (unordered)
    return surfaceMatch(index, phrase, unordered, RESOLUTION_STRENGTH.stemmed, 'stemmed form of');
  return [];
}

function typoMatches(index: TaxonomyIndex, phrase: string): ConceptMatch[] {
  const folded = foldText(phrase);
  if (folded.replace(/ /g, '').length < MIN_TYPO_LENGTH) return [];
  const out: ConceptMatch[] = [];
  for (const item of typoCandidates(index, folded)) {
    const similarity = editSimilarity(normalizeText(phrase), normalizeText(item.text));
    if (similarity < MIN_TYPO_SIMILARITY) continue;
    const label = index.concepts.get(item.conceptId)?.label ?? item.text;
    out.push({
      conceptId: item.conceptId,
      label,
      strength: round(RESOLUTION_STRENGTH.typo * similarity),
      via: 'typo',
      evidence: `${quote(phrase)} → ${label} via likely typo of "${item.text}"`,
    });
  }
  return out;
}

/** A single word in capitals, possibly plural: how abbreviations are written. */
const CAPITALISED_ABBREVIATION = /^[A-Z][A-Z0-9&+-]{1,9}s?$/;

/** Longest sub-phrase (in words) tried for typos inside a longer phrase. */
const MAX_TYPO_WINDOW = 4;
/** Most typo searches for sub-phrases of one phrase. */
const MAX_TYPO_ATTEMPTS = 6;

/** Sub-phrases, longest first, that name a concept; covered words are not reused. */
function partialMatches(
  index: TaxonomyIndex,
  phrase: string,
  context: ReadonlySet<string>,
): ConceptMatch[] {
  const tokens = foldedTokens(phrase);
  // Words the clinician wrote in capitals, which may be abbreviations ("AUDIT", "PALS").
  const capitalised = new Set(
    phrase
      .split(/\s+/)
      .filter((w) => CAPITALISED_ABBREVIATION.test(w))
      .map((w) => foldText(w)),
  );
  const content = tokens.filter((t) => stemWord(index, t) !== '').length;
  if (tokens.length < 2 || content === 0) return [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const out: ConceptMatch[] = [];
  // Typo search (fuse.js) is the costly step: try it only on windows of up to
  // MAX_TYPO_WINDOW words (taxonomy labels are short) and at most MAX_TYPO_ATTEMPTS times.
  let typoAttempts = 0;
  for (let n = tokens.length - 1; n >= 1; n--) {
    for (let start = 0; start + n <= tokens.length; start++) {
      if (used.slice(start, start + n).some(Boolean)) continue;
      const window = tokens.slice(start, start + n);
      const words = window.filter((t) => stemWord(index, t) !== '').length;
      if (words === 0) continue;
      const sub = window.join(' ');
      let found: ConceptMatch[] = [];
      if (n === 1 && capitalised.has(sub)) {
        const abbreviated = abbreviationMatches(index, sub.toUpperCase(), sub, context);
        if (abbreviated.some((m) => m.strength >= RESOLUTION_STRENGTH.abbreviation)) {
          found = abbreviated;
        }
      }
      if (found.length === 0) found = exactMatches(index, sub, context);
      if (
        found.length === 0 &&
        n >= 2 &&
        n <= MAX_TYPO_WINDOW &&
        typoAttempts < MAX_TYPO_ATTEMPTS
      ) {
        typoAttempts++;
        found = typoMatches(index, sub);
      }
      if (found.length === 0) continue;
      for (let i = start; i < start + n; i++) used[i] = true;
      const share = Math.min(1, words / content);
      for (const m of found) {
        out.push({
          ...m,
          strength: round(m.strength * RESOLUTION_STRENGTH.partial * (0.5 + 0.5 * share)),
          via: 'partial',
          evidence: `${quote(phrase)} contains ${m.evidence} (partial match)`,
        });
      }
    }
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function best(matches: readonly ConceptMatch[], limit: number): ConceptMatch[] {
  const byId = new Map<string, ConceptMatch>();
  for (const m of matches) {
    const seen = byId.get(m.conceptId);
    if (!seen || m.strength > seen.strength) byId.set(m.conceptId, m);
  }
  return [...byId.values()]
    .sort((a, b) => b.strength - a.strength || (a.conceptId < b.conceptId ? -1 : 1))
    .slice(0, limit);
}

/** Longest phrase resolved (a gap is a short phrase; longer text is cut at a word boundary). */
export const MAX_PHRASE_CHARACTERS = 120;
/** Most distinct words of a phrase considered (repeats add nothing). */
export const MAX_PHRASE_WORDS = 12;

/** Cuts a phrase to its first {@link MAX_PHRASE_WORDS} distinct words within the character cap. */
function boundPhrase(text: string): string {
  const words: string[] = [];
  const seen = new Set<string>();
  let length = 0;
  for (const word of text.slice(0, 4 * MAX_PHRASE_CHARACTERS).split(/\s+/)) {
    if (word === '') continue;
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    if (length + word.length > MAX_PHRASE_CHARACTERS || words.length >= MAX_PHRASE_WORDS) break;
    seen.add(key);
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/**
 * Resolves a phrase to taxonomy concepts, strongest first (ties by id). Returns `[]` when nothing
 * in the taxonomy matches (e.g. "CPD").
 *
 * @example
 * ```ts
 * const index = createTaxonomyIndex(defaultReference().data.concepts);
 * resolvePhrase(index, 'EKG')[0]?.evidence; // "'EKG' → ECG interpretation via abbreviation \"EKG\""
 * ```
 */
export function resolvePhrase(
  index: TaxonomyIndex,
  text: string,
  options: ResolveOptions = {},
): ConceptMatch[] {
  const limit = options.limit ?? 5;
  const original = boundPhrase(text);
  if (original === '') return [];
  const tokens = foldedTokens(original);
  const phrase = tokens.some((t) => SHORTHAND.has(t))
    ? tokens.map((t) => SHORTHAND.get(t) ?? t).join(' ')
    : original;
  if (phrase !== original) {
    const expanded = resolvePhrase(index, phrase, options);
    return expanded.map((m) => ({
      ...m,
      evidence: m.evidence.replace(quote(phrase), `${quote(original)} (read as ${quote(phrase)})`),
    }));
  }
  const concept = index.concepts.get(phrase);
  if (concept) {
    return [
      {
        conceptId: concept.id,
        label: concept.label,
        strength: RESOLUTION_STRENGTH.id,
        via: 'id',
        evidence: `${quote(phrase)} is the taxonomy id of ${concept.label}`,
      },
    ];
  }
  const context = contextStems(index, phrase, options.context);
  const exact = exactMatches(index, phrase, context);
  if (exact.length > 0) return best(exact, limit);
  const typos = typoMatches(index, phrase);
  if (typos.length > 0) return best(typos, limit);
  return best(partialMatches(index, phrase, context), limit);
}
