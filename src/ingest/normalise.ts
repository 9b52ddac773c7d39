/**
 * Reads a catalogue record's loosely written values into contract form, for CSV rows and native
 * JSON records alike: `£35.00 + VAT` → 35 GBP, `2 days` → 15 hours, `Online` → self-paced-online,
 * `English` → en, `01/03/2024` → 2024-03-01. Each value is read by its field's kind
 * (`fields.ts`); an interpretation is said in a warning, and a value that cannot be read is
 * left out with a warning naming it (and, for a spreadsheet, its row and column). Validation
 * against the contract follows (`model/lenient.ts`).
 * @module
 */
import type { IssuePlace, RecordIssue } from '../model/issues.js';
import { issueAt } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import { NO_CURRENCY } from '../model/primitives.js';
import { isPlainObject } from '../model/sanitize.js';
import type { ColumnHint } from './csv/headers.js';
import { FIELDS, type FieldKind } from './fields.js';
import {
  readCredits,
  readLevelNumber,
  readNumberCell,
  readYesNo,
  splitList,
} from './values/cells.js';
import { type DateOrder, readDate } from './values/dates.js';
import { readDuration } from './values/duration.js';
import { readCurrency, readPrice } from './values/money.js';
import { readCountry, readLanguage } from './values/places.js';
import { ABSENT, isAbsent, type Reading, read, unreadable } from './values/reading.js';
import { lookupWord, nearestWord, VOCABULARIES, type VocabularyName } from './vocabulary.js';

/** Where a value came from in a spreadsheet, and what its header says. */
export interface CellOrigin {
  /** The header as written. */
  readonly column: string;
  /** The cell as written. */
  readonly value: string;
  readonly hint: ColumnHint;
}

/** What {@link normaliseRecord} needs besides the record. */
export interface NormaliseContext {
  readonly place: IssuePlace;
  readonly report: (issue: RecordIssue | (() => RecordIssue), kind?: string) => void;
  /** The spreadsheet cell behind a field (CSV); `undefined` for JSON. */
  readonly cellOf?: (path: readonly PropertyKey[]) => CellOrigin | undefined;
  /** The day/month order a date column's cells show (CSV). */
  readonly dateOrder?: (path: readonly PropertyKey[]) => DateOrder | undefined;
  /**
   * Readings already made in this file, by kind, context and text: spreadsheet columns repeat
   * the same few values ("Online", "4–6 hours") thousands of times. See {@link readingMemo}.
   */
  readonly memo?: Map<string, Reading<unknown>>;
}

/** Distinct readings remembered per file: enough for every repeated value, bounded. */
const MEMO_SIZE = 20_000;

/**
 * A fresh reading memo for one file.
 *
 * @example
 * ```ts
 * const memo = readingMemo(); // pass as NormaliseContext.memo for every row of a file
 * ```
 */
export function readingMemo(): Map<string, Reading<unknown>> {
  return new Map();
}

type Node = Record<string, unknown>;

const VOCABULARY_OF: Partial<Record<FieldKind, VocabularyName>> = {
  providerType: 'providerType',
  role: 'role',
  creditUnit: 'creditUnit',
  academicUnit: 'academicUnit',
  level: 'level',
  format: 'format',
  assessment: 'assessment',
  credential: 'credential',
  standard: 'standard',
  outcomes: 'outcomes',
};

/** Fields where "none" is a value, not "not stated". */
const NONE_IS_A_VALUE: ReadonlySet<FieldKind> = new Set(['assessment', 'credential', 'standard']);

/** A note with its particular values taken out, so that the same reading groups together. */
const template = (note: string): string => note.replace(/"[^"]*"|\d+(?:[.,]\d+)*/g, '…');

/** Reads a word of a closed vocabulary. */
function readWord(name: VocabularyName, cell: string, keepNone: boolean): Reading<string> {
  if (isAbsent(cell, keepNone)) return ABSENT;
  const meaning = lookupWord(name, cell);
  if (meaning !== undefined) {
    return read(
      meaning.value,
      meaning.note ? [`was read as ${meaning.value} (${meaning.note})`] : [],
    );
  }
  const vocabulary = VOCABULARIES[name];
  const near = nearestWord(name, cell);
  const problem = unreadable(
    `is not ${vocabulary.what} credence knows (${vocabulary.values.join(', ')})`,
  );
  return near === undefined ? problem : { ...problem, suggestion: near };
}

/** Reads one string value by its field's kind. */
function readValue(
  kind: FieldKind,
  cell: string,
  hint: ColumnHint,
  record: Node,
  order: DateOrder | undefined,
): Reading<unknown> {
  const vocabulary = VOCABULARY_OF[kind];
  if (vocabulary !== undefined) return readWord(vocabulary, cell, NONE_IS_A_VALUE.has(kind));
  switch (kind) {
    case 'list': {
      const list = splitList(cell, hint.commas === true);
      if (list.length > LIMITS.maxArrayLength) {
        return read(list.slice(0, LIMITS.maxArrayLength), [
          `has ${list.length.toLocaleString('en-GB')} entries; only the first ${LIMITS.maxArrayLength.toLocaleString('en-GB')} were read`,
        ]);
      }
      if (list.length > 0) return read(list);
      // Only separators (";", " | "): something was written, nothing can be read from it.
      return isAbsent(cell) ? ABSENT : unreadable('holds no entries, only separators');
    }
    case 'country':
      return readCountry(cell);
    case 'credits':
      return readCredits(cell);
    case 'date':
    case 'expiry':
      return readDate(cell, { ...(order ? { order } : {}), end: kind === 'expiry' });
    case 'number':
      return readNumberCell(cell);
    case 'duration':
      return readDuration(cell, hint.duration);
    case 'money': {
      const provider = record.provider;
      const country =
        isPlainObject(provider) && typeof provider.country === 'string'
          ? provider.country
          : undefined;
      const cost = record.cost;
      const stated =
        isPlainObject(cost) && typeof cost.currency === 'string' ? cost.currency : undefined;
      return readPrice(cell, country, stated);
    }
    case 'currency':
      return readCurrency(cell);
    case 'yesno':
      return readYesNo(cell);
    case 'eqf':
      return readLevelNumber(cell);
    case 'language':
      return readLanguage(cell);
    default:
      // Text is kept as written: a JSON title "N/A" is a title (a CSV cell "N/A" never gets
      // here; rows leave out "not stated" cells when they are built).
      return cell.trim() === '' ? ABSENT : read(cell.trim());
  }
}

/** Kinds whose reading depends on more than the text: the row's country and currency. */
const NOT_REMEMBERED: ReadonlySet<FieldKind> = new Set(['money', 'text', 'url']);

/** {@link readValue}, through the file's memo when there is one. */
function remembered(
  memo: Map<string, Reading<unknown>> | undefined,
  kind: FieldKind,
  value: string,
  hint: ColumnHint,
  record: Node,
  order: DateOrder | undefined,
): Reading<unknown> {
  if (memo === undefined || NOT_REMEMBERED.has(kind) || value.length > 100) {
    return readValue(kind, value, hint, record, order);
  }
  const key = `${kind}\u0000${hint.duration ?? ''}${hint.commas ? ',' : ''}${order ?? ''}\u0000${value}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const reading = readValue(kind, value, hint, record, order);
  if (memo.size < MEMO_SIZE) memo.set(key, reading);
  return reading;
}

const NONE: readonly (string | number)[][] = [];

/** Every concrete path a pattern reaches in a record (list positions expanded). */
function pathsOf(
  record: Node,
  parts: readonly string[],
): readonly (readonly (string | number)[])[] {
  if (!Object.hasOwn(record, parts[0]!)) return NONE;
  if (!parts.includes('#')) {
    // Most fields: no list on the way, so the path is the pattern itself.
    let node: unknown = record;
    for (const part of parts) {
      if (!isPlainObject(node) || !Object.hasOwn(node, part)) return NONE;
      node = node[part];
    }
    return [parts];
  }
  const out: (string | number)[][] = [];
  const walk = (node: unknown, i: number, path: (string | number)[]): void => {
    if (i === parts.length) {
      out.push(path);
      return;
    }
    const part = parts[i]!;
    if (part === '#') {
      if (!Array.isArray(node)) return;
      const n = Math.min(node.length, LIMITS.maxArrayLength);
      for (let k = 0; k < n; k++) walk(node[k], i + 1, [...path, k]);
      return;
    }
    if (!isPlainObject(node) || !Object.hasOwn(node, part)) return;
    walk(node[part], i + 1, [...path, part]);
  };
  walk(record, 0, []);
  return out;
}

function getAt(record: Node, path: readonly (string | number)[]): unknown {
  let node: unknown = record;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}

function setAt(record: Node, path: readonly (string | number)[], value: unknown): void {
  const parent = getAt(record, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
    else delete (parent as Node)[last as string];
  } else (parent as Record<string | number, unknown>)[last] = value;
}

/** Loose JSON shapes read as the contract's: a provider name as a string, a list as text. */
function reshape(record: Node): void {
  if (typeof record.provider === 'string') record.provider = { name: record.provider };
  for (const [list, name] of [
    ['accreditations', 'body'],
    ['partners', 'name'],
  ] as const) {
    const v = record[list];
    if (typeof v === 'string') record[list] = splitList(v).map((s) => ({ [name]: s }));
    else if (isPlainObject(v)) record[list] = [v];
    else if (Array.isArray(v))
      record[list] = v.map((e) => (typeof e === 'string' ? { [name]: e } : e));
  }
  if (typeof record.cost === 'string' || typeof record.cost === 'number') {
    record.cost = { amount: record.cost };
  }
  if (isPlainObject(record.audience) === false && typeof record.audience === 'string') {
    record.audience = { professions: record.audience };
  }
}

/** Field patterns in reading order: country and currency first (they decide a bare `$`). */
const ORDER: readonly (readonly [string, readonly string[]])[] = [
  'provider.country',
  'cost.currency',
  ...Object.keys(FIELDS).filter((k) => k !== 'provider.country' && k !== 'cost.currency'),
].map((pattern) => [pattern, pattern.split('.')] as const);

/**
 * Reads a record's loosely written values in place (see the module comment).
 *
 * @example
 * ```ts
 * const record = { title: 'ECG', provider: { name: 'RCN' }, cost: { amount: '£35 + VAT' } };
 * normaliseRecord(record, ctx); // record.cost = { amount: 35, currency: 'GBP' }, one warning
 * ```
 */
export function normaliseRecord(record: Node, ctx: NormaliseContext): void {
  reshape(record);
  const say = (path: readonly (string | number)[], detail: string, value?: string): void => {
    const cell = ctx.cellOf?.(path);
    const where = cell
      ? `column ${JSON.stringify(cell.column)}`
      : path.map((p) => (typeof p === 'number' ? '#' : p)).join('.');
    const shown = cell?.value ?? value;
    ctx.report(
      () =>
        issueAt(ctx.place, path, detail, 'warning', {
          ...(cell ? { column: cell.column } : {}),
          ...(shown === undefined ? {} : { value: shown }),
        }),
      `${where}${shown === undefined ? '' : ' "…"'} ${template(detail)}`,
    );
  };
  let priceCurrency: string | undefined;
  let bareDollar = false;
  for (const [pattern, parts] of ORDER) {
    const kind = FIELDS[pattern]!;
    for (const path of pathsOf(record, parts)) {
      // Text and addresses are checked by validation itself; nothing to read here.
      if (kind === 'text' || kind === 'url') continue;
      const value = getAt(record, path);
      if (typeof value !== 'string') {
        if (Array.isArray(value) && kind === 'list') {
          setAt(
            record,
            path,
            value.flatMap((v) => (typeof v === 'string' ? splitList(v, false) : [v])),
          );
        }
        continue;
      }
      const hint = ctx.cellOf?.(path)?.hint ?? {};
      const order = ctx.dateOrder?.(path);
      const reading = remembered(ctx.memo, kind, value, hint, record, order);
      for (const note of reading.notes) say(path, note, value);
      if (reading.problem !== undefined) {
        const meant =
          reading.suggestion === undefined
            ? ''
            : ` (did you mean ${JSON.stringify(reading.suggestion)}?)`;
        say(path, `${reading.problem}; it was left out${meant}`, value);
        setAt(record, path, undefined);
        continue;
      }
      if (reading.value === undefined) {
        setAt(record, path, undefined);
        continue;
      }
      if (kind === 'money') {
        const price = reading.value as { amount: number; currency?: string; dollar?: boolean };
        setAt(record, path, price.amount);
        priceCurrency = price.currency ?? hint.currency;
        bareDollar = price.dollar === true && priceCurrency === undefined;
      } else if (kind === 'credits') {
        const c = reading.value as { credits: number; unit?: string; scheme?: string };
        setAt(record, path, c.credits);
        const entry = getAt(record, path.slice(0, -1)) as Node;
        const unit = c.unit ?? hint.creditUnit;
        if (unit !== undefined && entry.unit === undefined) entry.unit = unit;
        if (c.scheme !== undefined && entry.creditType === undefined) entry.creditType = c.scheme;
      } else if (kind === 'creditUnit') {
        const entry = getAt(record, path.slice(0, -1)) as Node;
        const meaning = lookupWord('creditUnit', value);
        if (meaning?.scheme && entry.creditType === undefined) entry.creditType = value.trim();
        setAt(record, path, reading.value);
      } else setAt(record, path, reading.value);
    }
  }
  finishCost(record, priceCurrency, bareDollar, say);
  finishCredits(record, ctx, say);
  const academic = record.academicCredit;
  if (isPlainObject(academic) && academic.unit === undefined) {
    const hint = ctx.cellOf?.(['academicCredit', 'value'])?.hint.academicUnit;
    if (hint !== undefined) academic.unit = hint;
  }
}

/** A price's currency: the currency column, else the price cell's sign, else the header's. */
function finishCost(
  record: Node,
  fromPrice: string | undefined,
  bareDollar: boolean,
  say: (path: readonly (string | number)[], detail: string, value?: string) => void,
): void {
  const cost = record.cost;
  if (!isPlainObject(cost)) return;
  if (cost.amount === undefined) {
    // A currency alone says nothing about the price; anything else is said before it goes.
    if (Object.keys(cost).some((k) => k !== 'currency')) {
      say(['cost'], 'has no amount, so the cost was left out');
    }
    delete record.cost;
    return;
  }
  const given = typeof cost.currency === 'string' ? cost.currency : undefined;
  if (given === undefined && fromPrice !== undefined) cost.currency = fromPrice;
  else if (given !== undefined && fromPrice !== undefined && given !== fromPrice) {
    say(
      ['cost', 'currency'],
      `differs from the price's currency (${fromPrice}); ${given} was used`,
      given,
    );
  }
  if (cost.currency === undefined && typeof cost.amount === 'number') {
    if (cost.amount === 0) cost.currency = NO_CURRENCY;
    else {
      say(
        ['cost', 'amount'],
        bareDollar
          ? 'has a "$", which several currencies use (USD, AUD, CAD, NZD…), and the row names no currency or country, so the cost was left out (write US$, A$… or add a currency column)'
          : 'has no currency, so the cost was left out (add a currency column, or write £, € or US$ in the price)',
      );
      delete record.cost;
    }
  }
}

/**
 * Credit with no accrediting body: CPD hours become the duration when none is given (CPD hours
 * are hours of learning); other credit is left out, since a claim needs a body.
 */
function finishCredits(
  record: Node,
  ctx: NormaliseContext,
  say: (path: readonly (string | number)[], detail: string, value?: string) => void,
): void {
  const list = record.accreditations;
  if (!Array.isArray(list)) return;
  const kept: unknown[] = [];
  const dropped: number[] = [];
  list.forEach((entry, i) => {
    if (!isPlainObject(entry) || entry.body !== undefined || entry.credits === undefined) {
      kept.push(entry);
      return;
    }
    const path = ['accreditations', i, 'credits'];
    if (
      (entry.unit === 'hours' || entry.unit === undefined) &&
      record.durationHours === undefined &&
      ctx.cellOf?.(path)?.hint.creditUnit === 'hours'
    ) {
      record.durationHours = entry.credits;
      say(
        path,
        'has no accrediting body beside it, so these CPD hours were read as the duration',
        String(entry.credits),
      );
      return;
    }
    dropped.push(i);
  });
  const first = dropped[0];
  if (first !== undefined && dropped.length === 1) {
    say(
      ['accreditations', first, 'credits'],
      'has no accrediting body beside it, so it was left out (add an "Accredited by" column)',
      String((list[first] as Node).credits),
    );
  } else if (first !== undefined) {
    say(
      ['accreditations'],
      `has ${dropped.length.toLocaleString('en-GB')} entries with credits but no accrediting body; they were left out (entries ${dropped
        .slice(0, 5)
        .map((i) => i + 1)
        .join(', ')}${dropped.length > 5 ? ', …' : ''})`,
    );
  }
  record.accreditations = kept;
}
