/**
 * Turns one CSV row into a course-shaped object: dotted paths become nested objects, list
 * positions become lists (closed up, so `Accredited by 2` alone is the first claim), and each
 * field remembers the column it came from. Objects are built only from vetted path segments, so
 * no header can reach a prototype.
 * @module
 */
import { RESERVED_KEYS } from '../../model/sanitize.js';
import type { FieldKind } from '../fields.js';
import { isAbsent } from '../values/reading.js';
import type { ColumnHint } from './headers.js';

/** A resolved column. */
export interface ColumnSpec {
  /** The header as written. */
  readonly header: string;
  /** Path of the field; for a list of objects, the list position is `path[1]`. */
  readonly path: readonly (string | number)[];
  /** How its cells are read (`undefined` for extra columns, kept as text). */
  readonly kind?: FieldKind;
  readonly hint: ColumnHint;
}

/**
 * Whether any segment of a header path is reserved (`__proto__`, `constructor`, `prototype`).
 *
 * @example
 * ```ts
 * hasReservedSegment(['provider', '__proto__']); // true
 * ```
 */
export function hasReservedSegment(path: readonly (string | number)[]): boolean {
  return path.some((p) => typeof p === 'string' && RESERVED_KEYS.has(p.toLowerCase()));
}

/** Fields where the word "none" is a value (free, no assessment), not "not stated". */
const NONE_MEANS: ReadonlySet<FieldKind> = new Set([
  'money',
  'assessment',
  'credential',
  'standard',
]);

/** Contract lists of objects: their list position is the second path segment. */
const OBJECT_LISTS: ReadonlySet<string> = new Set(['accreditations', 'partners']);

type Node = Record<string | number, unknown>;

function setPath(record: Node, path: readonly (string | number)[], value: string): boolean {
  let node: Node = record;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (i === path.length - 1) {
      if (node[key] !== undefined) return false;
      node[key] = value;
      return true;
    }
    const nextIsIndex = typeof path[i + 1] === 'number';
    let child = Object.hasOwn(node, key) ? node[key] : undefined;
    if (child === undefined) {
      child = nextIsIndex ? [] : {};
      node[key] = child;
    } else if (
      typeof child !== 'object' ||
      child === null ||
      Array.isArray(child) !== nextIsIndex
    ) {
      return false;
    }
    node = child as Node;
  }
  return false;
}

/** The record of one row and, for each field path (dotted), the column it came from. */
export interface BuiltRow {
  readonly record: Record<string, unknown>;
  readonly origins: ReadonlyMap<string, number>;
  /** Columns whose value clashed with another column's path (ignored). */
  readonly clashes: readonly number[];
}

/**
 * Builds one record from a row. Cells that say "not stated" (empty, `N/A`, `-`) are left out
 * here, so list positions close up over them.
 *
 * @example
 * ```ts
 * buildRow([{ header: 'id', path: ['id'], kind: 'text', hint: {} }], ['c1']).record; // { id: 'c1' }
 * ```
 */
export function buildRow(
  columns: readonly (ColumnSpec | undefined)[],
  cells: readonly string[],
): BuiltRow {
  const record: Node = {};
  const origins = new Map<string, number>();
  const clashes: number[] = [];
  // Entries of lists of objects, by list and position, so positions can be closed up.
  const entries = new Map<string, Map<number, number[]>>();
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i];
    if (column === undefined || cell === undefined) continue;
    if (isAbsent(cell, column.kind !== undefined && NONE_MEANS.has(column.kind))) continue;
    const [list, position] = column.path;
    if (typeof list === 'string' && OBJECT_LISTS.has(list) && typeof position === 'number') {
      let byPosition = entries.get(list);
      if (!byPosition) {
        byPosition = new Map();
        entries.set(list, byPosition);
      }
      const at = byPosition.get(position);
      if (at) at.push(i);
      else byPosition.set(position, [i]);
      continue;
    }
    if (setPath(record, column.path, cell)) origins.set(column.path.join('.'), i);
    else clashes.push(i);
  }
  for (const [list, byPosition] of entries) {
    const positions = [...byPosition.keys()].sort((a, b) => a - b);
    positions.forEach((position, k) => {
      for (const i of byPosition.get(position) ?? []) {
        const column = columns[i]!;
        const path = [list, k, ...column.path.slice(2)];
        if (setPath(record, path, cells[i]!)) origins.set(path.join('.'), i);
        else clashes.push(i);
      }
    });
  }
  return { record: record as Record<string, unknown>, origins, clashes };
}
