/**
 * Resolving a free-text phrase ("12 lead EKG", "sepsis recogntion", "NIV", "pt safety") to
 * skills-taxonomy concepts, with a strength and the evidence. Shorthand is read as the words it
 * stands for first ("pt safety" → "patient safety"); then, strongest first: exact id, exact
 * label or alternative label, abbreviation, stemmed phrase (`taxonomy-exact.ts`), typo
 * (`taxonomy-typo.ts`) and sub-phrases (`taxonomy-partial.ts`).
 * @module
 */
import { abbreviationKey, decideSenses, writtenAsAbbreviation } from './abbreviations.js';
import {
  MAX_PHRASE_CHARACTERS,
  MAX_PHRASE_WORDS,
  RESOLUTION_STRENGTH,
} from './taxonomy-defaults.js';
import { contextStems, exactMatches, quote } from './taxonomy-exact.js';
import {
  type ConceptMatch,
  createTaxonomyIndex,
  type ResolutionVia,
  type TaxonomyIndex,
} from './taxonomy-index.js';
import { partialMatches } from './taxonomy-partial.js';
import { typoMatches } from './taxonomy-typo.js';

export { RESOLUTION_STRENGTH } from './taxonomy-defaults.js';
export { broaderConcepts, narrowerConcepts } from './taxonomy-hierarchy.js';
export { type ConceptMatch, createTaxonomyIndex, type ResolutionVia, type TaxonomyIndex };

/** Options of {@link resolvePhrase}. */
export interface ResolveOptions {
  /** Words that decide ambiguous abbreviations (e.g. the clinician's specialty and profession). */
  readonly context?: string | readonly string[];
  /** Most matches returned (default 5). */
  readonly limit?: number;
}

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

/** Cuts a phrase to its first {@link MAX_PHRASE_WORDS} distinct words within the character cap. */
export function boundPhrase(text: string): string {
  const out: string[] = [];
  const seen = new Set<string>();
  let length = 0;
  for (const word of text.slice(0, 4 * MAX_PHRASE_CHARACTERS).split(/\s+/)) {
    if (word === '') continue;
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    if (length + word.length > MAX_PHRASE_CHARACTERS || out.length >= MAX_PHRASE_WORDS) break;
    seen.add(key);
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** A word of a phrase with the punctuation around it removed ("(NIV)," → "NIV"). */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, '');

/**
 * The phrase with its shorthand read as the words it stands for ("pt safety" → "patient
 * safety", "paeds resus" → "paediatric resuscitation"): a word is replaced when the abbreviation
 * list gives it one meaning in these words' context. A phrase of one word is replaced only when
 * that meaning is words rather than a taxonomy concept (an abbreviation that names a concept,
 * "NIV", is resolved as that concept instead); within a longer phrase every decided word is
 * read, so the phrase as a whole can match ("paeds resus" is paediatric life support, not
 * resuscitation). Words whose lower-case form is an everyday word are read only when written in
 * capitals.
 *
 * @example
 * ```ts
 * readShorthand(index, 'pt safety', new Set()); // 'patient safety'
 * ```
 */
export function readShorthand(
  index: TaxonomyIndex,
  phrase: string,
  context: ReadonlySet<string>,
): string {
  let changed = false;
  const split = phrase.split(/\s+/);
  const single = split.length === 1;
  const out = split.map((word) => {
    const core = bare(word);
    const senses = index.abbreviations.get(abbreviationKey(core));
    if (!senses) return word;
    const applicable = senses.filter((s) => !s.caseSensitive || writtenAsAbbreviation(core));
    const decided = decideSenses(applicable, context);
    const sense = decided.senses[0];
    if (!decided.decided || !sense) return word;
    // A concept's own abbreviation is resolved as the concept; in a longer phrase only the
    // list's shorthand is read as words ("paeds resus"), never a concept's ("clinical audit").
    if (sense.conceptId !== undefined && (single || !sense.listed)) return word;
    changed = true;
    return sense.expansion;
  });
  return changed ? out.join(' ') : phrase;
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
  const original = boundPhrase(text);
  if (original === '') return [];
  const context = contextStems(index, original, options.context);
  const phrase = readShorthand(index, original, context);
  if (phrase !== original) {
    // Read once: an expansion is words, never shorthand to read again.
    const expanded = resolveRead(index, phrase, context, options);
    if (expanded.length > 0) {
      return expanded.map((m) => ({
        ...m,
        evidence: m.evidence.replace(
          quote(phrase),
          `${quote(original)} (read as ${quote(phrase)})`,
        ),
      }));
    }
  }
  return resolveRead(index, original, context, options);
}

/** {@link resolvePhrase} of a phrase whose shorthand has been read. */
function resolveRead(
  index: TaxonomyIndex,
  phrase: string,
  context: ReadonlySet<string>,
  options: ResolveOptions,
): ConceptMatch[] {
  const limit = options.limit ?? 5;
  const concept = index.concepts.get(phrase);
  if (concept) {
    return [
      {
        conceptId: concept.id,
        label: concept.label,
        strength: RESOLUTION_STRENGTH.id,
        via: 'id' satisfies ResolutionVia,
        evidence: `${quote(phrase)} is the taxonomy id of ${concept.label}`,
      },
    ];
  }
  const exact = exactMatches(index, phrase, context);
  if (exact.length > 0) return best(exact, limit);
  const typos = typoMatches(index, phrase);
  if (typos.length > 0) return best(typos, limit);
  return best(partialMatches(index, phrase, context), limit);
}
