/**
 * A small BM25 full-text index over course text: the fallback for gaps that resolve to no
 * taxonomy concept. Terms are the shared stemmed, stop-word-free terms; each field's terms are
 * repeated by its weight class (title ×2) before BM25's own saturation. Postings are typed
 * arrays (document ids ascending, term frequencies), built by counting in two passes.
 * @module
 */
import { BM25 } from './defaults.js';
import { type TermRuns, TermRunsBuilder } from './term-runs.js';

/** A BM25 index over documents given as term-id lists. */
export interface TextIndex {
  /** Term → term id. */
  readonly terms: ReadonlyMap<string, number>;
  /** Postings of term id `t` are `docs[offsets[t]..offsets[t + 1]]` (ascending) and `tfs`. */
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly tfs: Uint16Array | Int32Array;
  /** Length (terms) of each document. */
  readonly lengths: Uint32Array;
  readonly averageLength: number;
}

/** Builds a {@link TextIndex} from documents' term ids (see {@link TermRuns}) and the term → id map. */
export function createTextIndexFromIds(
  runs: TermRuns,
  terms: ReadonlyMap<string, number>,
  termCount: number,
): TextIndex {
  const lengths = runs.length;
  const n = lengths.length;
  const df = new Int32Array(termCount + 1);
  const last = new Int32Array(termCount).fill(-1);
  const count = new Int32Array(termCount);
  let total = 0;
  let maxTf = 0;
  for (let d = 0; d < n; d++) {
    const flat = runs.chunks[runs.chunk[d] as number] as Int32Array;
    const from = runs.start[d] as number;
    const to = from + (lengths[d] as number);
    total += to - from;
    for (let i = from; i < to; i++) {
      const t = flat[i] as number;
      if (last[t] !== d) {
        last[t] = d;
        df[t] = (df[t] as number) + 1;
        count[t] = 0;
      }
      const c = (count[t] as number) + 1;
      count[t] = c;
      if (c > maxTf) maxTf = c;
    }
  }
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t] as number) + (df[t] as number);
  const size = offsets[termCount] as number;
  const docs = new Int32Array(size);
  const tfs = maxTf < 65_536 ? new Uint16Array(size) : new Int32Array(size);
  const fill = Int32Array.from(offsets.subarray(0, termCount));
  last.fill(-1);
  for (let d = 0; d < n; d++) {
    const flat = runs.chunks[runs.chunk[d] as number] as Int32Array;
    const from = runs.start[d] as number;
    const to = from + (lengths[d] as number);
    for (let i = from; i < to; i++) {
      const t = flat[i] as number;
      if (last[t] !== d) {
        last[t] = d;
        const at = fill[t] as number;
        fill[t] = at + 1;
        docs[at] = d;
        tfs[at] = 1;
      } else {
        const at = (fill[t] as number) - 1;
        tfs[at] = (tfs[at] as number) + 1;
      }
    }
  }
  return {
    terms,
    offsets,
    docs,
    tfs,
    lengths,
    averageLength: n > 0 ? total / n : 0,
  };
}

/** Builds a {@link TextIndex} from each document's terms. */
export function createTextIndex(documents: readonly (readonly string[])[]): TextIndex {
  const terms = new Map<string, number>();
  const runs = new TermRunsBuilder(documents.length);
  for (const doc of documents) {
    const ids = new Int32Array(doc.length);
    doc.forEach((term, i) => {
      let id = terms.get(term);
      if (id === undefined) {
        id = terms.size;
        terms.set(term, id);
      }
      ids[i] = id;
    });
    runs.append(ids);
  }
  return createTextIndexFromIds(runs.runs, terms, terms.size);
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
    const t = index.terms.get(term);
    if (t === undefined) continue;
    const from = index.offsets[t] as number;
    const to = index.offsets[t + 1] as number;
    if (to === from) continue;
    const df = to - from;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let i = from; i < to; i++) {
      const doc = index.docs[i] as number;
      const tf = index.tfs[i] as number;
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
