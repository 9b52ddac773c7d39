/**
 * A small BM25 full-text index over course text: the fallback for gaps that resolve to no
 * taxonomy concept. Terms are the shared stemmed, stop-word-free terms; each field's terms are
 * repeated by its weight class (title ×2) before BM25's own saturation.
 * @module
 */
import { BM25 } from './defaults.js';

/** A BM25 index over documents given as term lists. */
export interface TextIndex {
  /** Term → flat postings `[doc, tf, doc, tf, …]`. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Length (terms) of each document. */
  readonly lengths: Uint32Array;
  readonly averageLength: number;
}

/** Builds a {@link TextIndex} from each document's terms. */
export function createTextIndex(documents: readonly (readonly string[])[]): TextIndex {
  const postings = new Map<string, number[]>();
  const lengths = new Uint32Array(documents.length);
  let total = 0;
  const counts = new Map<string, number>();
  documents.forEach((terms, doc) => {
    lengths[doc] = terms.length;
    total += terms.length;
    counts.clear();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      const list = postings.get(t);
      if (list) list.push(doc, tf);
      else postings.set(t, [doc, tf]);
    }
  });
  return { postings, lengths, averageLength: documents.length ? total / documents.length : 0 };
}

/**
 * BM25 scores of the documents matching any query term, with the share of query terms each
 * matched.
 *
 * @example
 * ```ts
 * searchText(index, ['sepsi', 'recognit']).get(3); // { score: 4.2, matched: 1 }
 * ```
 */
export function searchText(
  index: TextIndex,
  queryTerms: readonly string[],
): Map<number, { score: number; matched: number }> {
  const n = index.lengths.length;
  const unique = [...new Set(queryTerms)];
  const out = new Map<number, { score: number; matched: number }>();
  for (const term of unique) {
    const list = index.postings.get(term);
    if (!list) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i] as number;
      const tf = list[i + 1] as number;
      const len = index.lengths[doc] ?? 0;
      const norm = tf + BM25.k1 * (1 - BM25.b + (BM25.b * len) / (index.averageLength || 1));
      const s = (idf * tf * (BM25.k1 + 1)) / norm;
      const seen = out.get(doc);
      if (seen) {
        seen.score += s;
        seen.matched += 1 / unique.length;
      } else out.set(doc, { score: s, matched: 1 / unique.length });
    }
  }
  return out;
}
