import type { Course } from './course.js';
import { CredenceInputError, CredenceValidationError } from './errors.js';
import { createIssueLog, type IssueCounts, type IssueLog } from './issue-log.js';
import { type IssuePlace, issueAt, type RecordIssue } from './issues.js';
import { type ReadContext, readCourse, type ValueOrigin } from './lenient.js';
import { LIMITS } from './limits.js';

/** What a rejected record held that could still be useful (to say which gaps it would cover). */
export interface RejectedRecord {
  /** Position in the source, from 0. */
  readonly index: number;
  /** Spreadsheet row (CSV), when it came from one. */
  readonly row?: number;
  readonly source?: string;
  readonly id?: string;
  /** Its title, if it had one (first 300 characters). */
  readonly title?: string;
  /** Its provider's name, if it had one (first 300 characters). */
  readonly provider?: string;
  /** Its description (first 1,000 characters). */
  readonly description?: string;
  /** Its skills and learning outcomes (first 50, 200 characters each). */
  readonly skills?: readonly string[];
  /** Why it was rejected. */
  readonly reason: string;
}

/** Counts for a whole catalogue, listed issues or not. */
export interface CatalogStats {
  /** Items in the input that could be offerings (rows, array entries, credentials…). */
  readonly records: number;
  /** Offerings read (in `courses`). */
  readonly accepted: number;
  /** Items rejected; an `error` issue names each. */
  readonly rejected: number;
  /** Items passed over without loss: exact repeats, repeated header rows, non-offerings. */
  readonly skipped: number;
  /** Issues by severity, listed or not, and how many were not listed (see `ISSUE_LIMITS`). */
  readonly issues: IssueCounts;
}

/** The result of validating a batch: the valid courses, and an issue for every problem. */
export interface CatalogResult {
  /** Valid, normalised courses, in input order. */
  readonly courses: readonly Course[];
  /** The problems found, capped (`ISSUE_LIMITS`); records with an `error` are not in `courses`. */
  readonly issues: readonly RecordIssue[];
  /** Counts of everything, including issues past the caps. */
  readonly stats: CatalogStats;
  /** What each rejected record held (the first 1,000 rejected records). */
  readonly rejected: readonly RejectedRecord[];
}

/** Options for batch validation. */
export interface ValidateOptions {
  /** Throw one {@link CredenceValidationError} listing every error instead of returning them. */
  readonly strict?: boolean;
  /** Describes where each record came from (`@graph[2]`), used in messages. */
  readonly sourceOf?: (index: number) => string | undefined;
  /** Where each record is in its source: position from 0, and spreadsheet row for CSV. */
  readonly placeOf?: (
    index: number,
  ) => { readonly index: number; readonly row?: number } | undefined;
  /** The spreadsheet column and text behind a field of a record, for messages. */
  readonly originOf?: (index: number, path: readonly PropertyKey[]) => ValueOrigin | undefined;
  /** Warn for each generated id (default true; off when a whole file has no id column). */
  readonly noteGeneratedIds?: boolean;
  /** An issue log to add to (lets a format adapter and validation share one set of caps). */
  readonly log?: IssueLog;
}

/** Rejected records whose contents are kept for explanations. */
const MAX_REJECTED_KEPT = 1_000;

const cut = (text: unknown, n: number): string | undefined =>
  typeof text === 'string' && text.trim() !== '' ? text.trim().slice(0, n) : undefined;

function rejectedSummary(raw: unknown, place: IssuePlace, reason: string): RejectedRecord {
  const r = (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<
    string,
    unknown
  >;
  const provider = r.provider;
  const providerName =
    typeof provider === 'string'
      ? provider
      : provider !== null && typeof provider === 'object'
        ? (provider as Record<string, unknown>).name
        : undefined;
  const texts = [r.skills, r.learningOutcomes]
    .flatMap((v) => (Array.isArray(v) ? v.slice(0, 50) : typeof v === 'string' ? [v] : []))
    .map((v) => cut(v, 200))
    .filter((v): v is string => v !== undefined)
    .slice(0, 50);
  const title = cut(r.title, 300);
  const prov = cut(providerName, 300);
  const description = cut(r.description, 1_000);
  return {
    index: place.index,
    ...(place.row === undefined ? {} : { row: place.row }),
    ...(place.source === undefined ? {} : { source: place.source }),
    ...(place.id === undefined ? {} : { id: place.id }),
    ...(title === undefined ? {} : { title }),
    ...(prov === undefined ? {} : { provider: prov }),
    ...(description === undefined ? {} : { description }),
    ...(texts.length === 0 ? {} : { skills: texts }),
    reason,
  };
}

/** Where one record is, for {@link CatalogReader.read}. */
export interface RecordPlace {
  /** Position in the source, from 0. */
  readonly index: number;
  /** Spreadsheet row (CSV). */
  readonly row?: number;
  /** `@graph[2]`, `achievement 3`… */
  readonly source?: string;
}

/** What a format adapter adds to one record's reading. */
export interface RecordExtras {
  /** The spreadsheet column and text behind a field, for messages. */
  readonly originOf?: (path: readonly PropertyKey[]) => ValueOrigin | undefined;
  /** Reads loosely written values before validation (see `ReadContext.prepare`). */
  readonly prepare?: ReadContext['prepare'];
  /** Warn when this record's id is generated (default: as the reader's option says). */
  readonly noteGeneratedId?: boolean;
  /** The record was built from vetted keys by a format adapter (see `ReadContext.built`). */
  readonly built?: boolean;
}

/**
 * Reads catalogue records one at a time (so a large file never holds more than one record's
 * working data), sharing one issue log, one set of ids and one set of counts.
 */
export interface CatalogReader {
  /** Reads one record. */
  read(raw: unknown, place: RecordPlace, extras?: RecordExtras): void;
  /** Counts an item passed over without loss (a repeated header row, a non-offering node). */
  skip(): void;
  /** Counts items a format adapter could not convert (their error issue is already logged). */
  fail(place: RecordPlace, reason: string, count?: number): void;
  /** The result so far; call once, at the end. */
  result(): CatalogResult;
}

/**
 * A {@link CatalogReader}: the batch rules of {@link validateCourses}, one record at a time.
 *
 * @example
 * ```ts
 * const reader = createCatalogReader();
 * reader.read({ title: 'ECG', provider: { name: 'RCN' } }, { index: 0 });
 * reader.result().courses.length; // 1
 * ```
 */
export function createCatalogReader(
  options: Pick<ValidateOptions, 'noteGeneratedIds' | 'log'> = {},
): CatalogReader {
  const log = options.log ?? createIssueLog();
  const courses: Course[] = [];
  const rejected: RejectedRecord[] = [];
  const firstSeen = new Map<string, number>();
  const ids = new Set<string>();
  let rejectedCount = 0;
  let skipped = 0;
  let records = 0;
  return {
    read(raw, at, extras = {}) {
      records++;
      const place: IssuePlace = { index: at.index, row: at.row, source: at.source };
      const recordKey = `${place.index}:${at.source ?? ''}`;
      const outcome = readCourse(raw, {
        place,
        report: (issue, kind) => log.add(issue, recordKey, kind),
        originOf: extras.originOf,
        prepare: extras.prepare,
        built: extras.built === true,
        noteGeneratedId: (extras.noteGeneratedId ?? options.noteGeneratedIds) !== false,
      });
      const course = outcome.course;
      if (course === undefined) {
        rejectedCount++;
        if (rejected.length < MAX_REJECTED_KEPT) {
          rejected.push(
            rejectedSummary(raw, { ...place, id: outcome.id }, outcome.rejected ?? 'rejected'),
          );
        }
        return;
      }
      const here = { ...place, id: course.id };
      const earlier = firstSeen.get(course.id);
      if (earlier !== undefined) {
        if (JSON.stringify(courses[earlier]) === JSON.stringify(course)) {
          skipped++;
          log.add(
            issueAt(here, [], 'repeats an earlier record exactly; it was skipped', 'warning'),
            recordKey,
          );
          return;
        }
        let n = 2;
        while (ids.has(`${course.id}-${n}`)) n++;
        const renamed = `${course.id}-${n}`;
        log.add(
          issueAt(
            here,
            [],
            `repeats the id of an earlier record with other content; this one was given the id ${JSON.stringify(renamed)}`,
            'warning',
          ),
          recordKey,
        );
        (course as { id: string }).id = renamed;
      }
      firstSeen.set(course.id, courses.length);
      ids.add(course.id);
      courses.push(course);
    },
    skip() {
      records++;
      skipped++;
    },
    fail(at, reason, count = 1) {
      records += count;
      rejectedCount += count;
      if (rejected.length < MAX_REJECTED_KEPT) {
        rejected.push({
          index: at.index,
          ...(at.row === undefined ? {} : { row: at.row }),
          ...(at.source === undefined ? {} : { source: at.source }),
          reason,
        });
      }
    },
    result() {
      return {
        courses,
        issues: options.log === undefined ? log.finish() : [],
        stats: {
          records,
          accepted: courses.length,
          rejected: rejectedCount,
          skipped,
          issues: log.counts(),
        },
        rejected,
      };
    },
  };
}

/**
 * Validates an array of decoded records. Never throws on a bad record (unless `strict`; input
 * that is not an array is a `CredenceInputError`): only a
 * missing or unreadable title or provider name rejects a record (an `error` issue); any other
 * value that cannot be read is left out with a `warning` naming the field and the value. A
 * missing id is generated from the title and provider (stable across runs). A record that
 * repeats an earlier one exactly is skipped (warning); one that reuses an earlier id with other
 * content is kept under the id with `-2` (`-3`, …) appended (warning).
 *
 * @example
 * ```ts
 * const { courses, issues } = validateCourses([{ id: 'a', title: 'ECG', provider: { name: 'X' }, format: 'podcast' }, { id: 'b' }]);
 * // courses: [course a, without format]; issues: a warning about format, an error for record 2
 * ```
 */
export function validateCourses(
  records: readonly unknown[],
  options: ValidateOptions = {},
): CatalogResult {
  if (!Array.isArray(records)) {
    throw new CredenceInputError(
      `validateCourses needs an array of records, got ${records === null ? 'null' : typeof records}`,
    );
  }
  const log = options.log ?? createIssueLog();
  const reader = createCatalogReader({ ...options, log });
  const count = Math.min(records.length, LIMITS.maxCatalogRecords);
  for (let i = 0; i < count; i++) {
    const at = options.placeOf?.(i);
    const source = options.sourceOf?.(i);
    reader.read(
      records[i],
      {
        index: at?.index ?? i,
        ...(at?.row === undefined ? {} : { row: at.row }),
        ...(source === undefined ? {} : { source }),
      },
      options.originOf ? { originOf: (path) => options.originOf?.(i, path) } : {},
    );
  }
  if (records.length > count) {
    const more = records.length - count;
    log.always(
      issueAt(
        { index: count },
        [],
        `and ${more.toLocaleString('en-GB')} more records were not read: a catalogue holds at most ${LIMITS.maxCatalogRecords.toLocaleString('en-GB')} records`,
      ),
    );
    reader.fail({ index: count }, 'over the catalogue size limit', more);
  }
  const { courses, stats, rejected } = reader.result();
  const issues = options.log === undefined ? log.finish() : [];
  if (options.strict && stats.rejected > 0) {
    throw new CredenceValidationError(issues, 'catalogue');
  }
  return { courses, issues, stats, rejected };
}
