/**
 * "Keep the offering, drop the cell": one catalogue record is read into a contract `Course`.
 * Only a missing or unreadable title or provider name rejects it. A value that cannot be read in
 * any other field is left out with a warning naming the field and the value (and, for a
 * spreadsheet, the row and column); `null`, blank text and empty objects and lists mean "not
 * stated" and are dropped silently; a missing id is generated ({@link stableId}).
 * @module
 */
import type * as z from 'zod/mini';
import { type Course, CourseSchema } from './course.js';
import { stableId } from './ids.js';
import {
  describeZodIssue,
  formatPath,
  type IssuePlace,
  issueAt,
  type RecordIssue,
} from './issues.js';
import { NO_CURRENCY } from './primitives.js';
import { isPlainObject, sanitizeJson } from './sanitize.js';
import { droppablePrefix, patternOf, shapeOf } from './schema-shape.js';

/** Where a value of a record came from: the column and the text as written (spreadsheets). */
export interface ValueOrigin {
  readonly column?: string;
  readonly value?: string;
}

/** What {@link readCourse} needs besides the record. */
export interface ReadContext {
  /** The record's place (index, row, source); its id is added once known. */
  readonly place: IssuePlace;
  /**
   * Receives every issue; `kind` groups notes that repeat across records. A function is built
   * only if the issue will be listed (see `IssueLog.add`).
   */
  readonly report: (issue: RecordIssue | (() => RecordIssue), kind?: string) => void;
  /** The column and text behind a field path, when the record came from a spreadsheet. */
  readonly originOf?: ((path: readonly PropertyKey[]) => ValueOrigin | undefined) | undefined;
  /** Say so (warning) when an id is generated; off when the whole file has no id column. */
  readonly noteGeneratedId?: boolean | undefined;
  /**
   * The record was built by credence itself from vetted keys (a CSV row): it holds only plain
   * objects, lists and strings, no reserved key and no deep nesting, so it is used as it is
   * instead of copied. Over-long text is still caught by validation.
   */
  readonly built?: boolean | undefined;
  /**
   * Reads loosely written values into contract form (`"£35 + VAT"` → an amount and a currency)
   * on a sanitised copy of the record, before validation; `ingest/` supplies it.
   */
  readonly prepare?:
    | ((
        record: Record<string, unknown>,
        place: IssuePlace,
        report: (issue: RecordIssue | (() => RecordIssue), kind?: string) => void,
      ) => void)
    | undefined;
}

/** The outcome of reading one record. */
export interface ReadOutcome {
  /** The course, unless the record was rejected. */
  readonly course?: Course;
  /** The record's id as given or generated, when known. */
  readonly id?: string;
  /** Why the record was rejected (the first error), when it was. */
  readonly rejected?: string;
}

/** Rounds of "drop what failed, validate again"; dropping never creates a new failure. */
const MAX_ROUNDS = 3;

/** Removes `null`, blank strings, and objects and lists left empty; `undefined` if nothing is left. */
function stripEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const v = stripEmpty(item);
      if (v !== undefined) out.push(v);
    }
    return out.length === 0 ? undefined : out;
  }
  if (isPlainObject(value)) {
    let kept = 0;
    for (const key of Object.keys(value)) {
      const v = stripEmpty(value[key]);
      if (v === undefined) delete value[key];
      else {
        value[key] = v;
        kept++;
      }
    }
    return kept === 0 ? undefined : value;
  }
  return value;
}

const REMOVED = Symbol('removed');

/** Marks the value at `path` for removal (list entries are marked, then compacted). */
function markRemoved(root: Record<string, unknown>, path: readonly PropertyKey[]): void {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
  }
  if (node === null || typeof node !== 'object') return;
  const last = path[path.length - 1] as PropertyKey;
  if (Array.isArray(node) && typeof last === 'number') node[last] = REMOVED;
  else delete (node as Record<PropertyKey, unknown>)[last];
}

function compactRemoved(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = value.filter((v) => v !== REMOVED).map(compactRemoved);
    return out;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = compactRemoved(value[key]);
  }
  return value;
}

/** A usable text value: a trimmed, non-empty string (a finite number as its digits). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** One value to leave out, with what is wrong with it. */
interface Drop {
  readonly target: readonly PropertyKey[];
  readonly path: readonly PropertyKey[];
  readonly detail: string;
}

/**
 * Reads one record leniently (see the module comment). Issues go to `ctx.report`.
 *
 * @example
 * ```ts
 * readCourse({ title: 'ECG', provider: { name: 'RCN' }, format: 'podcast' }, ctx).course;
 * // { id: 'ecg-…', title: 'ECG', provider: { name: 'RCN', type: 'unknown' } } and a warning about format
 * ```
 */
export function readCourse(raw: unknown, ctx: ReadContext): ReadOutcome {
  const shape = shapeOf('course');
  let place: IssuePlace = ctx.place;
  const extraOf = (path: readonly PropertyKey[]) => ctx.originOf?.(path) ?? {};
  // A spreadsheet message shows the cell as written, so zod's ", got …" would repeat it.
  const said = (path: readonly PropertyKey[], detail: string): string =>
    extraOf(path).value === undefined ? detail : withoutGot(detail);
  const reject = (path: readonly PropertyKey[], detail: string): ReadOutcome => {
    ctx.report(issueAt(place, path, said(path, detail), 'error', extraOf(path)));
    const field = formatPath(path);
    // The reason kept with the rejected record is the problem alone, without the consequence.
    const short = detail.replace(/, so the offering was not read.*$/s, '');
    return {
      ...(place.id === undefined ? {} : { id: place.id }),
      rejected: field === '' ? short : `${field} ${short}`,
    };
  };
  if (!isPlainObject(raw)) {
    const what = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a ${typeof raw}`;
    return reject([], `is ${what}, not an offering (an object with a title and a provider)`);
  }
  const givenId = textOf(raw.id);
  if (givenId !== undefined && givenId.length <= 500) place = { ...place, id: givenId };

  // 1. Hostile shapes: reserved keys, oversize text, nesting and objects.
  const { value: clean, problems } = ctx.built ? { value: raw, problems: [] } : sanitizeJson(raw);
  const record = (isPlainObject(clean) ? clean : {}) as Record<string, unknown>;
  let removed = false;
  for (const problem of problems) {
    if (problem.severity === 'warning') {
      ctx.report(issueAt(place, problem.path, problem.message, 'warning', extraOf(problem.path)));
      continue;
    }
    const target = droppablePrefix(shape, problem.path);
    if (target === undefined) return reject(problem.path, problem.message);
    markRemoved(record, target);
    removed = true;
    ctx.report(
      issueAt(
        place,
        problem.path,
        leftOut(problem.message, problem.path, target),
        'warning',
        extraOf(problem.path),
      ),
    );
  }
  if (removed) compactRemoved(record);

  // 2. "Not stated": null, blank text, empty objects and lists; then loosely written values.
  stripEmpty(record);
  if (ctx.prepare) {
    ctx.prepare(record, place, ctx.report);
    stripEmpty(record);
  }

  // 3. The id: as given (a number becomes its digits), else made from title and provider.
  const title = textOf(record.title);
  const providerName = isPlainObject(record.provider) ? textOf(record.provider.name) : undefined;
  if (givenId !== undefined && givenId.length <= 500) record.id = givenId;
  else if (title !== undefined && providerName !== undefined) {
    const made = stableId(title, providerName);
    if (record.id !== undefined || ctx.noteGeneratedId !== false) {
      const why =
        record.id === undefined ? 'has no id' : `has an unusable id (${describeShort(record.id)})`;
      ctx.report(
        issueAt(
          place,
          [],
          `${why}; it was given the id ${JSON.stringify(made)}, made from its title and provider`,
          'warning',
          extraOf(['id']),
        ),
        'generated-id',
      );
    }
    record.id = made;
    place = { ...place, id: made };
  } else delete record.id;

  // 4. A free offering without a currency: ISO 4217 "no currency".
  const cost = record.cost;
  if (isPlainObject(cost) && cost.currency === undefined && Number(cost.amount) === 0) {
    cost.currency = NO_CURRENCY;
  }

  // 5. Validate; leave out what fails, as long as title and provider hold.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = CourseSchema.safeParse(record, { reportInput: true });
    if (parsed.success) return { course: parsed.data as Course, id: place.id ?? parsed.data.id };
    const drops: Drop[] = [];
    const fatal: z.core.$ZodIssue[] = [];
    for (const issue of parsed.error.issues) {
      const target = droppablePrefix(shape, issue.path);
      if (target === undefined) {
        // A missing id only matters once title and provider are there (they make one).
        if (!(issue.path.length === 1 && issue.path[0] === 'id' && record.id === undefined)) {
          fatal.push(issue);
        }
      } else drops.push({ target, path: issue.path, detail: describeZodIssue(issue) });
    }
    const first = fatal[0];
    if (first !== undefined) {
      for (const issue of fatal.slice(1)) {
        ctx.report(
          issueAt(
            place,
            issue.path,
            said(issue.path, describeZodIssue(issue)),
            'error',
            extraOf(issue.path),
          ),
        );
      }
      return reject(first.path, rejection(first));
    }
    reportDrops(drops, place, ctx, extraOf);
    for (const drop of drops) markRemoved(record, drop.target);
    compactRemoved(record);
    stripEmpty(record);
  }
  return reject([], 'could not be read');
}

/** Why a record is not read, said plainly when a title or provider is simply missing. */
function rejection(issue: z.core.$ZodIssue): string {
  const missing =
    (issue as { input?: unknown }).input === undefined && issue.code === 'invalid_type';
  const field = issue.path.join('.');
  if (missing && (field === 'title' || field === 'provider' || field === 'provider.name')) {
    return `is missing, so the offering was not read (an offering needs a title and a provider)`;
  }
  return `${describeZodIssue(issue)}, so the offering was not read`;
}

/** A zod detail without its `, got …` part (kept: a `; did you mean …?`). */
function withoutGot(detail: string): string {
  return detail.replace(/, got (?:"(?:[^"\\]|\\.)*"|[^;]*)/, '');
}

function describeShort(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  return Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
}

/** `…; cost was left out` (or `…; it was left out` when the value itself is what goes). */
function leftOut(
  detail: string,
  path: readonly PropertyKey[],
  target: readonly PropertyKey[],
): string {
  const what = target.length === path.length ? 'it' : formatPath(target);
  return `${detail}; ${what} was left out`;
}

/**
 * Reports the values left out. Entries of one list left out for the same reason are reported
 * once, with a count: 2,000 accreditations without a body make one warning, not 2,000.
 */
function reportDrops(
  drops: readonly Drop[],
  place: IssuePlace,
  ctx: ReadContext,
  extraOf: (path: readonly PropertyKey[]) => ValueOrigin,
): void {
  const groups = new Map<string, Drop[]>();
  const seen = new Set<string>();
  for (const drop of drops) {
    // One value can fail several checks (eqfLevel 9e15: too big, not a safe integer): say it once.
    const target = formatPath(drop.target);
    if (seen.has(target)) continue;
    seen.add(target);
    const inList = typeof drop.target[drop.target.length - 1] === 'number';
    const key = inList
      ? `${formatPath(drop.target.slice(0, -1))}\u0000${patternOf(drop.path)}\u0000${drop.detail.replace(/, got .*$/s, '')}`
      : `${formatPath(drop.target)}\u0000${formatPath(drop.path)}`;
    const group = groups.get(key);
    if (group) group.push(drop);
    else groups.set(key, [drop]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const kind = `${patternOf(first.path)}: ${first.detail.replace(/, got .*$/s, '')}`;
    const inList = typeof first.target[first.target.length - 1] === 'number';
    if (group.length === 1 || !inList) {
      const extra = extraOf(first.path);
      const detail = extra.value === undefined ? first.detail : withoutGot(first.detail);
      ctx.report(
        issueAt(place, first.path, leftOut(detail, first.path, first.target), 'warning', extra),
        kind,
      );
      continue;
    }
    const list = first.target.slice(0, -1);
    const shown = group
      .slice(0, 5)
      .map((d) => Number(d.target[d.target.length - 1]) + 1)
      .join(', ');
    const more = group.length > 5 ? ', …' : '';
    ctx.report(
      issueAt(
        place,
        list,
        `${group.length.toLocaleString('en-GB')} entries were left out (entries ${shown}${more}): ${
          patternOf(first.path)
            .split('.')
            .slice(list.length + 1)
            .join('.') || 'the entry'
        } ${first.detail.replace(/, got .*$/s, '')}`,
        'warning',
      ),
      kind,
    );
  }
}
