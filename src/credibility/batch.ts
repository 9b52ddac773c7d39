/**
 * Sharing work across a batch: the one mechanism by which offerings that read the same facts get
 * the same result computed once. A rule declares the key its result depends on; `shared` returns
 * the result computed for the first offering with that key. Facts that are themselves shared
 * objects (a provider's identity, a resolved claim) enter keys by a small batch id (`idOf`), so
 * keys stay short. Nothing here knows any rule.
 * @module
 */

/** Per-batch tables of shared results, one per kind of result, and ids of shared objects. */
export interface Batch {
  readonly tables: Map<string, Map<string | number, unknown>>;
  readonly ids: WeakMap<object, number>;
  readonly counter: { next: number };
  /** {@link idOf} for this batch, as one function (rules' keys take it). */
  readonly idOf: (value: object) => number;
}

/** Results one table keeps before it starts afresh (bounds memory on huge batches). */
const TABLE_LIMIT = 100_000;

/** A new, empty batch. */
export function createBatch(): Batch {
  const batch: Batch = {
    tables: new Map(),
    ids: new WeakMap(),
    counter: { next: 0 },
    idOf: (value) => idOf(batch, value),
  };
  return batch;
}

/** A batch-unique number standing for a shared object (the same object, the same number). */
export function idOf(batch: Batch, value: object): number {
  let id = batch.ids.get(value);
  if (id === undefined) {
    id = batch.counter.next++;
    batch.ids.set(value, id);
  }
  return id;
}

/**
 * The result of `compute()` for the key `key(batch)` in `kind`, computed once per batch. Without
 * a batch it is computed every time (one-by-one evaluation), which must give the same results: a
 * rule's key must hold everything its result depends on.
 *
 * @example
 * ```ts
 * const identity = shared(batch, 'identity', () => key, () => resolveIdentity(context, org));
 * ```
 */
export function shared<T>(
  batch: Batch | undefined,
  kind: string,
  key: (batch: Batch) => string | number,
  compute: () => T,
): T {
  if (batch === undefined) return compute();
  return sharedAt(batch, kind, key(batch), compute);
}

/** {@link shared} with the key already known. */
export function sharedAt<T>(batch: Batch, kind: string, k: string | number, compute: () => T): T {
  let table = batch.tables.get(kind);
  if (table === undefined) {
    table = new Map();
    batch.tables.set(kind, table);
  }
  const hit = table.get(k);
  if (hit !== undefined || table.has(k)) return hit as T;
  const value = compute();
  if (table.size >= TABLE_LIMIT) table.clear();
  table.set(k, value);
  return value;
}
