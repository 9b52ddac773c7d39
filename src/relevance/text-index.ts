/**
 * The full-text index: for each term, the courses that use it and how strongly (one byte of
 * evidence, from `evidence.ts`: field weight, BM25 saturation and length normalisation), and
 * its document frequency among the courses that shape statistics. Postings are built by
 * counting, course positions ascending.
 * @module
 */
import { GrowableList } from '../structures/growable-list.js';
import { EVIDENCE_STEPS } from './evidence.js';

/** A full-text index over course positions. */
export interface TextIndex {
  /** Postings of term `t` are `courses[offsets[t]..offsets[t + 1]]` (ascending) and `evidence`. */
  readonly offsets: Int32Array;
  readonly courses: Int32Array;
  /** Evidence of each posting, in steps of 1/{@link EVIDENCE_STEPS}. */
  readonly evidence: Uint8Array;
  /** Courses that use each term, among those counted for statistics. */
  readonly documentFrequency: Int32Array;
  /** Courses counted for statistics (see `createCourseIndex`). */
  readonly counted: number;
}

/** Collects postings course by course, then builds the {@link TextIndex}. */
export class TextIndexBuilder {
  private readonly terms = new GrowableList(Int32Array, 1 << 16);
  private readonly courses = new GrowableList(Int32Array, 1 << 16);
  private readonly evidence = new GrowableList(Uint8Array, 1 << 16);
  private readonly countedTerm = new GrowableList(Uint8Array, 1 << 16);
  private counted = 0;

  /** Starts a course (positions must come in ascending order). */
  course(counted: boolean): void {
    if (counted) this.counted++;
  }

  /** Adds one distinct term of the course at `position` with its evidence byte. */
  add(term: number, position: number, evidence: number, counted: boolean): void {
    this.terms.push(term);
    this.courses.push(position);
    this.evidence.push(evidence);
    this.countedTerm.push(counted ? 1 : 0);
  }

  /** The index over `termCount` terms. */
  build(termCount: number): TextIndex {
    const terms = this.terms.view();
    const offsets = new Int32Array(termCount + 1);
    const documentFrequency = new Int32Array(termCount);
    const counted = this.countedTerm.view();
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as number;
      offsets[t + 1] = (offsets[t + 1] as number) + 1;
      if (counted[i] === 1) documentFrequency[t] = (documentFrequency[t] as number) + 1;
    }
    for (let t = 0; t < termCount; t++) {
      offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    }
    const fill = offsets.slice(0, termCount);
    const courses = new Int32Array(terms.length);
    const evidence = new Uint8Array(terms.length);
    const from = this.courses.view();
    const bytes = this.evidence.view();
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as number;
      const at = fill[t] as number;
      fill[t] = at + 1;
      courses[at] = from[i] as number;
      evidence[at] = bytes[i] as number;
    }
    return { offsets, courses, evidence, documentFrequency, counted: this.counted };
  }
}

/**
 * Inverse document frequency of a term used by `df` of `n` counted courses (BM25's form). A
 * term no course uses is taken as used once: it is at least that rare, and its absence
 * must not outweigh every word that is present.
 *
 * @example
 * ```ts
 * inverseFrequency(1, 891) > inverseFrequency(100, 891); // true
 * ```
 */
export function inverseFrequency(df: number, n: number): number {
  const d = Math.max(1, df);
  return Math.log(1 + (Math.max(n, d) - d + 0.5) / (d + 0.5));
}

/** Evidence (0–1) of the course at `position` for term `t`, or 0 (binary search). */
export function termEvidence(index: TextIndex, t: number, position: number): number {
  let lo = index.offsets[t] as number;
  let hi = (index.offsets[t + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = index.courses[mid] as number;
    if (p < position) lo = mid + 1;
    else if (p > position) hi = mid - 1;
    else return (index.evidence[mid] as number) / EVIDENCE_STEPS;
  }
  return 0;
}
