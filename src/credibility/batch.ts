/**
 * Sharing work across a batch: the one mechanism by which offerings that read the same facts get
 * the same result computed once. A rule declares the key its result depends on; `shared` returns
 * the result computed for the first offering with that key. Nothing here knows any rule.
 * @module
 */

/** Per-batch tables of shared results, one per kind of result. */
export interface Batch {
  readonly tables: Map<string, Map<string | number, unknown>>;
}

/** Results one table keeps before it starts afresh (bounds memory on huge batches). */
const TABLE_LIMIT = 100_000;

/** A new, empty batch. */
export function createBatch(): Batch {
  return { tables: new Map() };
}

/**
 * The result of `compute()` for `key` in `kind`, computed once per batch. Without a batch it is
 * computed every time (one-by-one evaluation), which must give the same results: a rule's key
 * must hold everything its result depends on.
 *
 * @example
 * ```ts
 * const identity = shared(batch, 'identity', key, () => resolveIdentity(context, org));
 * ```
 */
export function shared<T>(
  batch: Batch | undefined,
  kind: string,
  key: string | number,
  compute: () => T,
): T {
  if (batch === undefined) return compute();
  let table = batch.tables.get(kind);
  if (table === undefined) {
    table = new Map();
    batch.tables.set(kind, table);
  }
  if (table.has(key)) return table.get(key) as T;
  const value = compute();
  if (table.size >= TABLE_LIMIT) table.clear();
  table.set(key, value);
  return value;
}
