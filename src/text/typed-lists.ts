/**
 * Growable lists of numbers over typed arrays: pushes without per-element boxing, growth by
 * doubling, and contents the garbage collector never has to scan (unlike a multi-million-element
 * `number[]`, whose every regrowth is a large heap object).
 * @module
 */

/**
 * A growable list of 32-bit integers. `data[0..length)` holds the entries; `data` is replaced
 * when the list grows, so read it after pushing.
 *
 * @example
 * ```ts
 * const list = new IntList();
 * list.push(3);
 * list.push(7);
 * list.view(); // Int32Array [3, 7]
 * ```
 */
export class IntList {
  data: Int32Array;
  /** Number of entries; set it lower to drop entries from the end. */
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  /** Appends one integer. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** The entries, as a view over the current storage (no copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  private grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/**
 * A growable list of 64-bit floats; the counterpart of {@link IntList}.
 *
 * @example
 * ```ts
 * const list = new FloatList();
 * list.push(0.5);
 * list.view(); // Float64Array [0.5]
 * ```
 */
export class FloatList {
  data: Float64Array;
  /** Number of entries; set it lower to drop entries from the end. */
  length = 0;

  constructor(capacity = 64) {
    this.data = new Float64Array(Math.max(1, capacity));
  }

  /** Appends one number. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** The entries, as a view over the current storage (no copy). */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }

  private grow(): void {
    const next = new Float64Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}
