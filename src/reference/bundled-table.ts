/**
 * A list of reference entries as the package build inlines it (`scripts/build/
 * reference-data-plugin.mjs`): each key once, then every entry's values in that order, `null`
 * where the entry has none (a row may stop after its last value: the cells it leaves out are
 * none too); a field that lists other entries of the list by `id` (the skills
 * taxonomy's `related` and `broader`) as their row numbers; an id the build left out is the kebab
 * case of the entry's label or name (`entry-id.ts`). Written out, the same keys repeat in
 * every entry and ids in every reference; as a table, keys are written once and references as
 * numbers, and the bundled data gzips about 4 KB smaller. An id written as `0` is the kebab case of
 * the entry's first abbreviation ("accme"), as many accreditors' and regulators' ids are; an
 * accreditor's `recognisedIn` written as `0` is its own `country` alone, as most are, and a
 * provider's `type` written as `0` is `professional-body`, as most are; a
 * concept's abbreviation without context words is written as its text alone (`"CVD"` for
 * `{ "text": "CVD" }`). The repository's `data/` files keep the entries as objects, and this
 * reads either form.
 * @module
 */
import { idFromName } from './entry-id.js';

/** A list as a table: its keys, and one row of values per entry. */
interface Table {
  readonly keys: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  /**
   * Keys whose values list other entries of the list by row number (an entry's `related`
   * concepts), read back as those entries' `id`s.
   */
  readonly refs?: readonly string[];
}

const isTable = (list: unknown): list is Table =>
  typeof list === 'object' &&
  list !== null &&
  Array.isArray((list as Table).keys) &&
  Array.isArray((list as Table).rows);

/**
 * A cell's value as its entry holds it, the build's shorter forms read back: `0` for an id that
 * is its first abbreviation's, for an accreditor's recognition in its own country alone and for a
 * provider's type when it is the one most providers have; a concept's abbreviation written as its
 * text alone. `cell` reads another of the row's cells by key.
 */
function readCell(
  key: string,
  value: unknown,
  cell: (key: string) => unknown,
  concepts: boolean,
): unknown {
  if (value === 0) {
    if (key === 'id') return idFromName((cell('abbreviations') as string[] | undefined)?.[0] ?? '');
    if (key === 'recognisedIn') return [cell('country')];
    if (key === 'type') return 'professional-body';
  }
  if (key === 'abbreviations' && concepts) {
    return (value as unknown[] | undefined)?.map((a) => (typeof a === 'string' ? { text: a } : a));
  }
  return value;
}

/**
 * The entries of a bundled list: the list itself, or its table's rows as entries (a `null` or
 * missing value is a key the entry does not have).
 *
 * @example
 * ```ts
 * entriesOf({ keys: ['name', 'aliases'], rows: [['RCN', null]] }); // [{ name: 'RCN' }]
 * entriesOf({ keys: ['id', 'related'], rows: [['ecg', [1]], ['sepsis', []]], refs: ['related'] });
 * // [{ id: 'ecg', related: ['sepsis'] }, { id: 'sepsis', related: [] }]
 * entriesOf([{ name: 'RCN' }]); // [{ name: 'RCN' }]
 * // A row without its id, referred to by row number: the id its label gives.
 * entriesOf({ keys: ['id', 'label', 'related'], rows: [['ecg', 'ECG', [1]], [null, 'Sepsis care', []]], refs: ['related'] });
 * // [{ id: 'ecg', label: 'ECG', related: ['sepsis-care'] }, { label: 'Sepsis care', related: [] }]
 * ```
 */
export function entriesOf(list: unknown): unknown[] {
  if (!isTable(list)) return Array.isArray(list) ? list : [];
  const idAt = list.keys.indexOf('id');
  const labelAt = list.keys.indexOf('label');
  const fromAt = labelAt >= 0 ? labelAt : list.keys.indexOf('name');
  // A row whose id the build left out has the id its label (or name) gives.
  const idOfRow = (n: unknown): unknown => {
    if (typeof n !== 'number') return n;
    const row = list.rows[n];
    const from = row?.[fromAt];
    return row?.[idAt] ?? (typeof from === 'string' ? idFromName(from) : n);
  };
  return list.rows.map((row) => {
    const entry: Record<string, unknown> = {};
    const cell = (key: string): unknown => row[list.keys.indexOf(key)];
    list.keys.forEach((key, i) => {
      const value = readCell(key, row[i], cell, labelAt >= 0);
      if (value === null || value === undefined) return;
      entry[key] = list.refs?.includes(key) && Array.isArray(value) ? value.map(idOfRow) : value;
    });
    return entry;
  });
}
