/**
 * Dense ids for distinct strings: the first string seen gets 0, the next new one 1, and so on.
 * @module
 */

/**
 * The id of `value`, registering it as the next id (its index in `values`) when new.
 *
 * @example
 * ```ts
 * const values: string[] = [];
 * const ids = new Map<string, number>();
 * [denseId(values, ids, 'ecg'), denseId(values, ids, 'niv'), denseId(values, ids, 'ecg')]; // [0, 1, 0]
 * ```
 */
export function denseId(values: string[], ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = values.length;
    values.push(value);
    ids.set(value, id);
  }
  return id;
}
