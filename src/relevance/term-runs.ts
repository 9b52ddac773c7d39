/**
 * Documents' term ids, appended document after document into fixed-size chunks, where a
 * document never straddles two chunks. Unlike one flat list grown by doubling, the chunks
 * allocate only about what they hold: a 100,000-offering catalogue has ≈ 4.3 million terms,
 * which a doubling list reaches through ≈ 64 MB of short-lived buffers — enough external memory
 * to make V8 start a full collection in the middle of the build.
 * @module
 */

/** Entries of the first chunk, and of every later one (they double up to it: 4 MB of Int32). */
const FIRST_CHUNK = 1 << 16;
const CHUNK = 1 << 20;

/** Term ids of documents 0…n−1: document `d` is `chunks[chunk[d]]`, from `start[d]`, `length[d]` long. */
export interface TermRuns {
  readonly chunks: readonly Int32Array[];
  readonly chunk: Int32Array;
  readonly start: Int32Array;
  readonly length: Uint32Array;
}

/**
 * Builds {@link TermRuns} for `n` documents, appended in order.
 *
 * @example
 * ```ts
 * const runs = new TermRunsBuilder(2);
 * runs.append(Int32Array.of(4, 2, 4));
 * runs.append(Int32Array.of(7));
 * runs.runs.length; // Uint32Array [3, 1]
 * ```
 */
export class TermRunsBuilder {
  readonly runs: TermRuns;
  private readonly chunks: Int32Array[] = [];
  /** The chunk being filled (there is always one, so an empty document has a chunk too). */
  private current: Int32Array = new Int32Array(FIRST_CHUNK);
  private used = 0;
  private documents = 0;

  constructor(n: number) {
    this.chunks.push(this.current);
    this.runs = {
      chunks: this.chunks,
      chunk: new Int32Array(n),
      start: new Int32Array(n),
      length: new Uint32Array(n),
    };
  }

  /** Appends the next document's term ids. */
  append(terms: Int32Array): void {
    const d = this.documents++;
    if (d >= this.runs.length.length) throw new RangeError('more documents than announced');
    if (this.used + terms.length > this.current.length) {
      // A document that does not fit starts the next chunk; chunks double from 256 KB to 4 MB,
      // so a small catalogue allocates little and a large one about what it holds.
      const size = Math.min(CHUNK, Math.max(FIRST_CHUNK, this.current.length * 2));
      this.current = new Int32Array(Math.max(size, terms.length));
      this.chunks.push(this.current);
      this.used = 0;
    }
    this.current.set(terms, this.used);
    this.runs.chunk[d] = this.chunks.length - 1;
    this.runs.start[d] = this.used;
    this.runs.length[d] = terms.length;
    this.used += terms.length;
  }
}
