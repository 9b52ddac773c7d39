/**
 * Validation entry points for single records and batches of already-decoded records.
 * Format decoding (JSON text, CSV, Open Badges, CTDL) lives in `ingest/`.
 * @module
 */
import type * as z from 'zod';
import { type Course, CourseSchema } from './course.js';
import { CredenceValidationError } from './errors.js';
import { makeIssue, type RecordIssue, toRecordIssues } from './issues.js';
import { LIMITS } from './limits.js';
import { type PolicyInput, PolicyInputSchema } from './policy.js';
import { type ClinicianProfile, ClinicianProfileSchema } from './profile.js';
import { sanitizeJson } from './sanitize.js';

/** The result of validating a batch: the valid courses, and an issue for every problem. */
export interface CatalogResult {
  /** Valid, normalised courses, in input order. */
  readonly courses: readonly Course[];
  /** Every problem found; records with an `error` issue are not in `courses`. */
  readonly issues: readonly RecordIssue[];
}

/** Options for batch validation. */
export interface ValidateOptions {
  /** Throw one {@link CredenceValidationError} listing every error instead of returning them. */
  readonly strict?: boolean;
  /** Describes where each record came from (`line 5`), used in messages. */
  readonly sourceOf?: (index: number) => string | undefined;
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>).id;
  if (typeof id === 'string' && id.trim() !== '' && id.length <= 500) return id.trim();
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

function validateOne<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  index: number,
  source?: string,
): { value?: z.output<S>; issues: RecordIssue[] } {
  const id = idOf(raw);
  const { value, problems } = sanitizeJson(raw);
  const parsed = schema.safeParse(value, { reportInput: true });
  const issues = toRecordIssues(
    index,
    id,
    parsed.success ? [] : parsed.error.issues,
    problems,
    source,
  );
  const rejected = !parsed.success || issues.some((i) => i.severity === 'error');
  return rejected ? { issues } : { value: parsed.data as z.output<S>, issues };
}

/**
 * Validates and normalises one course. Throws {@link CredenceValidationError} if it is invalid.
 *
 * @example
 * ```ts
 * const course = parseCourse({ id: 'c1', title: 'Sepsis', provider: { name: 'RCN', type: 'Professional-Body' } });
 * course.provider.type; // 'professional-body'
 * ```
 */
export function parseCourse(input: unknown): Course {
  const { value, issues } = validateOne(CourseSchema, input, 0);
  if (value === undefined) throw new CredenceValidationError(issues, 'course');
  return value;
}

/**
 * Validates and normalises a clinician profile. Throws {@link CredenceValidationError} if invalid.
 *
 * @example
 * ```ts
 * const profile = parseProfile({ profession: 'nurse', gaps: ['sepsis recogntion', { skill: 'NIV', priority: 'High' }] });
 * profile.gaps[0]; // { skill: 'sepsis recogntion', priority: 'medium' }
 * ```
 */
export function parseProfile(input: unknown): ClinicianProfile {
  const { value, issues } = validateOne(ClinicianProfileSchema, input, 0);
  if (value === undefined) throw new CredenceValidationError(issues, 'profile');
  return value;
}

/**
 * Validates a user's partial policy (weights, bands, thresholds, ranking).
 * Throws {@link CredenceValidationError} if invalid. Merge it with `resolvePolicy`.
 *
 * @example
 * ```ts
 * const input = parsePolicyInput({ weights: { accreditation: 0.4 } });
 * ```
 */
export function parsePolicyInput(input: unknown): PolicyInput {
  const { value, issues } = validateOne(PolicyInputSchema, input, 0);
  if (value === undefined) throw new CredenceValidationError(issues, 'policy');
  return value;
}

/**
 * Validates an array of decoded records. Never throws on a bad record (unless `strict`): every
 * rejected record is reported with its index, id, field path and a readable message, and a
 * repeated id is rejected after its first occurrence.
 *
 * @example
 * ```ts
 * const { courses, issues } = validateCourses([{ id: 'a', title: 'ECG', provider: { name: 'X' } }, { id: 'b' }]);
 * // courses: [course a]; issues: [record 1 (id "b"): title is required, …]
 * ```
 */
export function validateCourses(
  records: readonly unknown[],
  options: ValidateOptions = {},
): CatalogResult {
  const courses: Course[] = [];
  const issues: RecordIssue[] = [];
  const firstSeen = new Map<string, number>();
  const count = Math.min(records.length, LIMITS.maxCatalogRecords);
  for (let index = 0; index < count; index++) {
    const source = options.sourceOf?.(index);
    const result = validateOne(CourseSchema, records[index], index, source);
    issues.push(...result.issues);
    if (result.value === undefined) continue;
    const id = result.value.id;
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) {
      issues.push(
        makeIssue(index, id, ['id'], `repeats the id of record ${earlier}`, 'error', source),
      );
      continue;
    }
    firstSeen.set(id, index);
    courses.push(result.value);
  }
  if (records.length > count) {
    issues.push(
      makeIssue(
        count,
        undefined,
        [],
        `and ${records.length - count} more records were not read: a catalogue holds at most ${LIMITS.maxCatalogRecords.toLocaleString('en-GB')} records`,
      ),
    );
  }
  if (options.strict && issues.some((i) => i.severity === 'error')) {
    throw new CredenceValidationError(issues, 'catalogue');
  }
  return { courses, issues };
}
