/**
 * The compiled skills-taxonomy index: exact maps over normalised labels, alternative labels and
 * stemmed forms, every abbreviation sense (the taxonomy's own and the general list's), the
 * narrower/related inverses, and the character trigrams of the labels for the typo search.
 * Built once per reference, immutable afterwards except for its memos.
 * @module
 */
import { normalizeText } from '../text/normalize.js';
import { stemWord as stemOne, words } from '../text/tokenize.js';
import {
  type AbbreviationEntry,
  type AbbreviationSense,
  abbreviationKey,
  bundledAbbreviations,
} from './abbreviations.js';
import type { Concept } from './schemas.js';
import { type CompiledScanner, compileScanner } from './taxonomy-trie.js';

/** How a surface form names a concept. */
export type SurfaceKind = 'label' | 'alt-label';

/** One label or alternative label of a concept. */
export interface Surface {
  readonly conceptId: string;
  readonly kind: SurfaceKind;
  /** The label as written in the taxonomy. */
  readonly text: string;
  /** The folded words, joined by spaces, without spelling changes. */
  readonly folded: string;
}

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

/** The compiled taxonomy. Create with {@link createTaxonomyIndex}. */
export interface TaxonomyIndex {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Normalised text (British → American) → surfaces. */
  readonly byNormalized: ReadonlyMap<string, readonly Surface[]>;
  /** Stemmed, stop-word-free terms in order, joined by spaces → surfaces. */
  readonly byStems: ReadonlyMap<string, readonly Surface[]>;
  /** Sorted unique stems joined by spaces → surfaces (word order ignored). */
  readonly byStemSet: ReadonlyMap<string, readonly Surface[]>;
  /** Abbreviation key ({@link abbreviationKey}) → its senses. */
  readonly abbreviations: ReadonlyMap<string, readonly AbbreviationSense[]>;
  /** Longest surface walked by the text scanner, in stems. */
  readonly maxStems: number;
  /** Concept id → ids of concepts that list it as broader. */
  readonly narrower: ReadonlyMap<string, readonly string[]>;
  /** Concept id → ids related either way. */
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** Every surface, in id order. */
  readonly surfaces: readonly Surface[];
  /** Character trigram → indexes into `surfaces`: narrows the typo search to a shortlist. */
  readonly trigrams: ReadonlyMap<string, readonly number[]>;
  /** Memo: folded word → stem ('' for a stop-word). Bounded; grows with the vocabulary only. */
  readonly stemCache: Map<string, string>;
  /**
   * Memo of declared-skill resolutions (skill text → concepts), shared by every catalogue
   * indexed against this taxonomy: a rebuilt catalogue declares mostly the same skills.
   * Bounded by its users.
   */
  readonly skillMemo: Map<string, readonly ConceptMatch[]>;
  /** The labels compiled for scanning running text (built on first use, then kept). */
  scanner(): CompiledScanner;
}

/** Words kept in the stem memo (a few MB at most). */
const STEM_CACHE_LIMIT = 50_000;

/** The stem of one folded word, through the index's memo; '' for a stop-word. */
export function stemWord(index: TaxonomyIndex, word: string): string {
  const hit = index.stemCache.get(word);
  if (hit !== undefined) return hit;
  const stem = stemOne(word);
  if (index.stemCache.size < STEM_CACHE_LIMIT) index.stemCache.set(word, stem);
  return stem;
}

/** Stems of a text's content words, in order, via the index's memo. */
export function stemsOf(index: TaxonomyIndex, text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const stem = stemWord(index, word);
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

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The surfaces the text names exactly (normalised, or by its stems in order). */
export function surfacesNamed(index: TaxonomyIndex, text: string): readonly Surface[] {
  const exact = index.byNormalized.get(normalizeText(text));
  if (exact) return exact;
  const stems = stemsOf(index, text);
  return stems.length === 0 ? [] : (index.byStems.get(stems.join(' ')) ?? []);
}

/**
 * Compiles taxonomy concepts (and the abbreviation list, `data/abbreviations.json` unless
 * another is given) into an index for phrase resolution and text scanning. An abbreviation
 * whose expansion names a concept exactly ("OUD" → "opioid use disorder") is a sense of that
 * concept; others expand to their words only.
 *
 * @example
 * ```ts
 * const index = createTaxonomyIndex(defaultReference().data.concepts);
 * index.concepts.size; // 500+
 * ```
 */
export function createTaxonomyIndex(
  concepts: readonly Concept[],
  abbreviationList: readonly AbbreviationEntry[] = bundledAbbreviations(),
): TaxonomyIndex {
  const sorted = [...concepts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map<string, Concept>();
  const byNormalized = new Map<string, Surface[]>();
  const byStems = new Map<string, Surface[]>();
  const byStemSet = new Map<string, Surface[]>();
  const abbreviations = new Map<string, AbbreviationSense[]>();
  const narrower = new Map<string, string[]>();
  const related = new Map<string, Set<string>>();
  const surfaces: Surface[] = [];
  let compiled: CompiledScanner | undefined;
  const index: TaxonomyIndex = {
    concepts: byId,
    byNormalized,
    byStems,
    byStemSet,
    abbreviations,
    maxStems: 6,
    narrower,
    related: new Map(),
    surfaces,
    trigrams: new Map(),
    stemCache: new Map(),
    skillMemo: new Map(),
    scanner: () => {
      compiled ??= compileScanner(index);
      return compiled;
    },
  };
  const contextStems = (context: readonly string[] | undefined): Set<string> => {
    const out = new Set<string>();
    for (const word of context ?? []) for (const stem of stemsOf(index, word)) out.add(stem);
    return out;
  };
  for (const concept of sorted) byId.set(concept.id, concept);
  for (const concept of sorted) {
    const forms: [SurfaceKind, string][] = [
      ['label', concept.label],
      ...concept.altLabels.map((t): [SurfaceKind, string] => ['alt-label', t]),
    ];
    for (const [kind, text] of forms) {
      const folded = words(text).join(' ');
      if (folded === '') continue;
      const surface: Surface = { conceptId: concept.id, kind, text, folded };
      surfaces.push(surface);
      push(byNormalized, normalizeText(text), surface);
      const stems = stemsOf(index, text);
      // A label that stop-words reduce to one word ("living will" → "live") would match that
      // word anywhere: it is matched exactly only, never by its stems.
      if (stems.length === 0 || (stems.length === 1 && folded.includes(' '))) continue;
      push(byStems, stems.join(' '), surface);
      push(byStemSet, [...new Set(stems)].sort().join(' '), surface);
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
  for (const concept of sorted) {
    for (const a of concept.abbreviations) {
      const key = abbreviationKey(a.text);
      if (key === '') continue;
      push(abbreviations, key, {
        text: a.text,
        expansion: concept.label,
        conceptId: concept.id,
        context: contextStems(a.context),
      });
    }
  }
  for (const entry of abbreviationList) {
    const key = abbreviationKey(entry.text);
    if (key === '') continue;
    const named = surfacesNamed(index, entry.expansion)[0];
    push(abbreviations, key, {
      text: entry.text,
      expansion: entry.expansion,
      ...(named ? { conceptId: named.conceptId } : {}),
      ...(entry.caseSensitive ? { caseSensitive: true } : {}),
      listed: true,
      context: contextStems(entry.context),
    });
  }
  const relatedLists = index.related as Map<string, string[]>;
  for (const [id, set] of related) relatedLists.set(id, [...set].sort());
  const trigrams = index.trigrams as Map<string, number[]>;
  surfaces.forEach((s, i) => {
    for (const g of trigramsOf(s.folded)) push(trigrams, g, i);
  });
  return index;
}
