/**
 * A list of reference entries as the package build inlines it (`scripts/build/
 * reference-data-plugin.mjs`): each key once, then every entry's values in that order, `null`
 * where the entry has none. Written out, the same keys repeat in every entry; as a table they are
 * written once, and the bundled data gzips 2.6 KB smaller. The repository's `data/` files keep
 * the entries as objects, and this reads either form.
 * @module
 */

/** A list as a table: its keys, and one row of values per entry. */
interface Table {
  readonly keys: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

const isTable = (list: unknown): list is Table =>
  typeof list === 'object' &&
  list !== null &&
  Array.isArray((list as Table).keys) &&
  Array.isArray((list as Table).rows);

/**
 * The entries of a bundled list: the list itself, or its table's rows as entries (a `null` value
 * is a key the entry does not have).
 *
 * @example
 * ```ts
 * entriesOf({ keys: ['name', 'aliases'], rows: [['RCN', null]] }); // [{ name: 'RCN' }]
 * entriesOf([{ name: 'RCN' }]); // [{ name: 'RCN' }]
 * ```
 */
export function entriesOf(list: unknown): unknown[] {
  if (!isTable(list)) return Array.isArray(list) ? list : [];
  return list.rows.map((row) => {
    const entry: Record<string, unknown> = {};
    list.keys.forEach((key, i) => {
      if (row[i] !== null && row[i] !== undefined) entry[key] = row[i];
    });
    return entry;
  });
}
