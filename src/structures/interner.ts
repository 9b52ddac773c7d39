/**
 * The one interning helper: distinct strings get small dense ids in the order they are first
 * seen (0, 1, 2…), and an id gives its string back.
 * @module
 */

/**
 * Dense ids for distinct strings.
 *
 * @example
 * ```ts
 * const ids = new Interner();
 * [ids.idOf('ecg'), ids.idOf('niv'), ids.idOf('ecg')]; // [0, 1, 0]
 * ids.values[1]; // 'niv'
 * ```
 */
export class Interner {
  /** The strings by id. */
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `value`, registering it as the next id when new. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or `undefined` when it was never registered. */
  get(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** How many distinct strings have ids. */
  get size(): number {
    return this.values.length;
  }
}
