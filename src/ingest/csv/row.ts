/**
 * Turns one CSV row into a course-shaped object: dotted paths become nested objects, indexed
 * paths become lists, and each cell is read by its column's kind. Objects are built only from
 * vetted path segments, so no header can reach a prototype.
 * @module
 */
import { RESERVED_KEYS } from '../../model/sanitize.js';
import { type ItemContext, isObject, type JsonObject, warn } from '../common.js';
import type { ColumnSpec } from './fields.js';
import { isAbsent, parseYesNo, readNumber, splitList } from './values.js';

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

/**
 * Builds one record from a row.
 *
 * @example
 * ```ts
 * buildRow([resolveColumn('id')], ['c1'], ctx); // { id: 'c1' }
 * ```
 */
export function buildRow(
  columns: readonly (ColumnSpec | undefined)[],
  cells: readonly string[],
  ctx: ItemContext,
): JsonObject {
  const record: JsonObject = {};
  let currencyFromSymbol: string | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i];
    if (column === undefined || cell === undefined) continue;
    const value = readCell(column, cell, ctx, (code) => {
      currencyFromSymbol = code;
    });
    if (value === undefined) continue;
    setPath(record, column, value, ctx);
  }
  if (currencyFromSymbol !== undefined) {
    const cost = record.cost;
    if (isObject(cost) && cost.amount !== undefined) {
      const given = typeof cost.currency === 'string' ? cost.currency.trim().toUpperCase() : '';
      if (given === '') cost.currency = currencyFromSymbol;
      else if (given !== currencyFromSymbol) {
        warn(
          ctx,
          ['cost', 'currency'],
          `is ${given} but cost.amount is written in ${currencyFromSymbol}; the cost.currency column was used`,
        );
      }
    }
  }
  return compactLists(record) as JsonObject;
}

function readCell(
  column: ColumnSpec,
  cell: string,
  ctx: ItemContext,
  onCurrency: (code: string) => void,
): unknown {
  const keepNone = column.kind === 'enum-none';
  if (isAbsent(cell, keepNone)) return undefined;
  const trimmed = cell.trim();
  switch (column.kind) {
    case 'list': {
      const list = splitList(trimmed);
      return list.length === 0 ? undefined : list;
    }
    case 'boolean': {
      const b = parseYesNo(trimmed);
      if (b === undefined) {
        warn(ctx, column.path, `is ${JSON.stringify(trimmed)}, not yes/no; it was ignored`);
      }
      return b;
    }
    case 'number':
    case 'money':
    case 'hours': {
      const read = readNumber(trimmed, { unitHours: column.kind === 'hours' });
      for (const note of read.notes) warn(ctx, column.path, note);
      if (read.value === undefined) {
        // Leave the text in place so validation reports it with the field path.
        return trimmed;
      }
      if (column.kind === 'money' && read.currency !== undefined) onCurrency(read.currency);
      return read.value;
    }
    default:
      return trimmed;
  }
}

function setPath(record: JsonObject, column: ColumnSpec, value: unknown, ctx: ItemContext): void {
  let node: JsonObject | unknown[] = record;
  const { path } = column;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    const last = i === path.length - 1;
    const container = node as Record<string | number, unknown>;
    if (last) {
      if (container[key] !== undefined) {
        warn(ctx, path, 'appears in more than one column; the first was used');
        return;
      }
      container[key] = value;
      return;
    }
    const nextIsIndex = typeof path[i + 1] === 'number';
    let child = Object.hasOwn(container, key) ? container[key] : undefined;
    if (child === undefined) {
      child = nextIsIndex ? [] : {};
      container[key] = child;
    } else if (nextIsIndex ? !Array.isArray(child) : !isObject(child)) {
      warn(
        ctx,
        path,
        `conflicts with the column ${path.slice(0, i + 1).join('.')}; it was ignored`,
      );
      return;
    }
    node = child as JsonObject | unknown[];
  }
}

/** Drops the holes of indexed lists (`partners.0`, `partners.2` → two partners). */
function compactLists(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((v) => v !== undefined).map((v) => compactLists(v));
  }
  if (!isObject(value)) return value;
  for (const key of Object.keys(value)) value[key] = compactLists(value[key]);
  return value;
}
