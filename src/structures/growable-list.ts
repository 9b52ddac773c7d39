/**
 * One growable list over any typed array: pushes without per-element boxing, growth by
 * doubling, and contents the garbage collector never has to scan (unlike a multi-million-entry
 * `number[]`).
 * @module
 */

/** The typed arrays a {@link GrowableList} can hold. */
export type NumericArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/** A constructor of one kind of {@link NumericArray}. */
export type NumericArrayConstructor<A extends NumericArray> = new (length: number) => A;

/**
 * A growable list of numbers stored in a typed array of the kind given. `data[0..length)`
 * holds the entries; `data` is replaced when the list grows, so read it after pushing.
 *
 * @example
 * ```ts
 * const list = new GrowableList(Int32Array);
 * list.push(3);
 * list.push(7);
 * list.view(); // Int32Array [3, 7]
 * ```
 */
export class GrowableList<A extends NumericArray> {
  /** The storage; entries past `length` are unused. */
  data: A;
  /** Number of entries; set it lower to drop entries from the end. */
  length = 0;

  constructor(
    private readonly make: NumericArrayConstructor<A>,
    capacity = 64,
  ) {
    this.data = new make(Math.max(1, capacity));
  }

  /** Appends one number. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** The entries, as a view over the current storage (no copy). */
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }

  /** The entries, copied into an array of their own length. */
  toArray(): A {
    return this.data.slice(0, this.length) as A;
  }

  private grow(): void {
    const next = new this.make(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}
