/**
 * The compiled skills-taxonomy index: exact maps over normalised labels, alternative labels and
 * stemmed forms, the abbreviation table, the narrower/related inverses, and a fuse.js index over
 * the taxonomy's own labels (never over courses) for typos. Built once, immutable afterwards.
 * @module
 */
import Fuse from 'fuse.js';
import { foldText, normalizeText } from '../text/normalize.js';
import { STOPWORDS, stemToken } from '../text/tokenize.js';
import type { Concept } from './schemas.js';

/** How a surface form names a concept. */
export type SurfaceKind = 'label' | 'alt-label';

/** One label or alternative label of a concept. */
export interface Surface {
  readonly conceptId: string;
  readonly kind: SurfaceKind;
  /** The label as written in the taxonomy. */
  readonly text: string;
  /** The folded form (case, accents, punctuation) without spelling changes. */
  readonly folded: string;
}

/** One sense of an abbreviation. */
export interface AbbreviationSense {
  readonly conceptId: string;
  readonly text: string;
  /** Stemmed context words that decide this sense; empty when the abbreviation is unambiguous. */
  readonly context: ReadonlySet<string>;
}

/** The compiled taxonomy. Create with {@link createTaxonomyIndex}. */
export interface TaxonomyIndex {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Normalised text (British → American) → surfaces. */
  readonly byNormalized: ReadonlyMap<string, readonly Surface[]>;
  /** Stemmed, stop-word-free terms in order, joined by spaces → surfaces. */
  readonly byStems: ReadonlyMap<string, readonly Surface[]>;
  /** Sorted unique stems joined by spaces → surfaces (word order ignored). */
  readonly byStemSet: ReadonlyMap<string, readonly Surface[]>;
  /** Lower-case abbreviation → senses. */
  readonly abbreviations: ReadonlyMap<string, readonly AbbreviationSense[]>;
  /** Stems that start some surface's stem sequence (to skip hopeless windows when scanning). */
  readonly firstStems: ReadonlySet<string>;
  /** Every proper prefix of a surface's stem sequence (joined by spaces), for scanning. */
  readonly stemPrefixes: ReadonlySet<string>;
  /** Longest surface in stems. */
  readonly maxStems: number;
  /** Concept id → ids of concepts that list it as broader. */
  readonly narrower: ReadonlyMap<string, readonly string[]>;
  /** Concept id → ids related either way. */
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** Every surface, in id order. */
  readonly surfaces: readonly Surface[];
  /** Character trigram → indexes into `surfaces`: narrows the typo search before fuse.js. */
  readonly trigrams: ReadonlyMap<string, readonly number[]>;
  /** Memo: normalised token → stem ('' for a stop-word). Grows with the vocabulary only. */
  readonly stemCache: Map<string, string>;
}

/** Normalises and stems one folded token without any memo; '' for stop-words. */
export function stemFolded(token: string): string {
  const normal = normalizeText(token);
  return normal === '' || STOPWORDS.has(normal) ? '' : stemToken(normal);
}

/** Normalises and stems one token with the shared memo; '' for stop-words. */
export function stemWord(index: TaxonomyIndex, token: string): string {
  const hit = index.stemCache.get(token);
  if (hit !== undefined) return hit;
  const stem = stemFolded(token);
  if (index.stemCache.size < 50_000) index.stemCache.set(token, stem);
  return stem;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_NON_WORD = /[^a-z0-9+]+/g;

/** Folded tokens of a text (no spelling changes, no stemming). */
export function foldedTokens(text: string): string[] {
  // Printable ASCII needs no Unicode folding: same result as foldText, several times faster.
  const folded = PRINTABLE_ASCII.test(text)
    ? text.toLowerCase().replace(/&/g, ' and ').replace(ASCII_NON_WORD, ' ').trim()
    : foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Stems of a text's content words, in order, via the index's memo. */
export function stemsOf(index: TaxonomyIndex, text: string): string[] {
  const out: string[] = [];
  for (const token of foldedTokens(text)) {
    const stem = stemWord(index, token);
    if (stem !== '') out.push(stem);
  }
  return out;
}

/** Unique character trigrams of a folded string, padded with spaces. */
export function trigramsOf(folded: string): Set<string> {
  const padded = ` ${folded} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/**
 * Surfaces most likely to be a typo of `folded`: ranked by shared trigrams (Dice coefficient),
 * then re-scored by fuse.js over that short list only — fuse.js never sees courses.
 */
export function typoCandidates(index: TaxonomyIndex, folded: string, limit = 8): Surface[] {
  const grams = trigramsOf(folded);
  const counts = new Map<number, number>();
  for (const g of grams) {
    for (const i of index.trigrams.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const ranked: { i: number; dice: number }[] = [];
  for (const [i, shared] of counts) {
    const s = index.surfaces[i];
    if (!s) continue;
    const dice = (2 * shared) / (grams.size + s.folded.length + 2 - 2);
    if (dice >= 0.3) ranked.push({ i, dice });
  }
  ranked.sort((a, b) => b.dice - a.dice || a.i - b.i);
  const shortlist = ranked.slice(0, 40).map((r) => index.surfaces[r.i] as Surface);
  if (shortlist.length === 0) return [];
  const fuse = new Fuse(shortlist, {
    keys: ['folded'],
    includeScore: true,
    threshold: 0.34,
    ignoreLocation: true,
    minMatchCharLength: 3,
  });
  return fuse.search(folded, { limit }).map((hit) => hit.item);
}

/** Clinical shorthand read as the word it stands for before matching ("paeds resus"). */
export const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['paeds', 'paediatric'],
  ['peds', 'pediatric'],
  ['paed', 'paediatric'],
  ['resus', 'resuscitation'],
  ['meds', 'medicines'],
  ['abx', 'antibiotics'],
  ['obs', 'observations'],
  ['mgmt', 'management'],
  ['mx', 'management'],
]);

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Compiles taxonomy concepts into an index for phrase resolution and text scanning.
 *
 * @example
 * ```ts
 * const index = createTaxonomyIndex(defaultReference().data.concepts);
 * index.concepts.size; // 500+
 * ```
 */
export function createTaxonomyIndex(concepts: readonly Concept[]): TaxonomyIndex {
  const sorted = [...concepts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map<string, Concept>();
  const byNormalized = new Map<string, Surface[]>();
  const byStems = new Map<string, Surface[]>();
  const byStemSet = new Map<string, Surface[]>();
  const abbreviations = new Map<string, AbbreviationSense[]>();
  const firstStems = new Set<string>();
  const prefixes = new Set<string>();
  const narrower = new Map<string, string[]>();
  const related = new Map<string, Set<string>>();
  const surfaces: Surface[] = [];
  const partial: TaxonomyIndex = {
    concepts: byId,
    byNormalized,
    byStems,
    byStemSet,
    abbreviations,
    firstStems,
    stemPrefixes: new Set(),
    maxStems: 1,
    narrower,
    related: new Map(),
    surfaces,
    trigrams: new Map(),
    stemCache: new Map(),
  };
  let maxStems = 1;
  for (const concept of sorted) byId.set(concept.id, concept);
  for (const concept of sorted) {
    const forms: [SurfaceKind, string][] = [
      ['label', concept.label],
      ...concept.altLabels.map((t): [SurfaceKind, string] => ['alt-label', t]),
    ];
    for (const [kind, text] of forms) {
      const surface: Surface = { conceptId: concept.id, kind, text, folded: foldText(text) };
      if (surface.folded === '') continue;
      surfaces.push(surface);
      push(byNormalized, normalizeText(text), surface);
      const stems = stemsOf(partial, text);
      if (stems.length === 0) continue;
      push(byStems, stems.join(' '), surface);
      push(byStemSet, [...new Set(stems)].sort().join(' '), surface);
      firstStems.add(stems[0] as string);
      for (let k = 1; k < stems.length; k++) prefixes.add(stems.slice(0, k).join(' '));
      maxStems = Math.max(maxStems, stems.length);
    }
    for (const abbreviation of concept.abbreviations) {
      const key = foldText(abbreviation.text).replace(/ /g, '');
      if (key === '') continue;
      const context = new Set<string>();
      for (const word of abbreviation.context ?? []) {
        for (const stem of stemsOf(partial, word)) context.add(stem);
      }
      push(abbreviations, key, { conceptId: concept.id, text: abbreviation.text, context });
    }
    for (const parent of concept.broader) {
      if (byId.has(parent)) push(narrower, parent, concept.id);
    }
    for (const other of concept.related) {
      if (!byId.has(other) || other === concept.id) continue;
      if (!related.has(concept.id)) related.set(concept.id, new Set());
      if (!related.has(other)) related.set(other, new Set());
      related.get(concept.id)?.add(other);
      related.get(other)?.add(concept.id);
    }
  }
  const relatedLists = new Map<string, string[]>();
  for (const [id, set] of related) relatedLists.set(id, [...set].sort());
  const trigrams = new Map<string, number[]>();
  surfaces.forEach((s, i) => {
    for (const g of trigramsOf(s.folded)) push(trigrams, g, i);
  });
  return {
    ...partial,
    maxStems: Math.min(maxStems, 6),
    related: relatedLists,
    stemPrefixes: prefixes,
    trigrams,
    stemCache: partial.stemCache,
  };
}
