/**
 * Validation of single records (a course, a profile, a policy), strictly: every problem is an
 * error, and an unknown key in a profile or policy gets a suggestion. Batches of records are
 * read the way a catalogue needs, in `catalog-reader.ts`; format decoding (JSON text, CSV, Open
 * Badges, CTDL) lives in `ingest/`.
 * @module
 */
import type * as z from 'zod/mini';
import { type Course, CourseSchema } from './course.js';
import { CredenceValidationError } from './errors.js';
import {
  describeZodIssue,
  formatPath,
  type IssuePlace,
  issueAt,
  type RecordIssue,
} from './issues.js';
import type { SchemaName } from './json-schema.js';
import { type PolicyInput, PolicyInputSchema } from './policy.js';
import { canonicalProfessionId } from './professions.js';
import { type ClinicianProfile, ClinicianProfileSchema } from './profile.js';
import { sanitizeJson } from './sanitize.js';
import { patternOf, shapeOf } from './schema-shape.js';
import { meantSuffix } from './suggest.js';

/** Turns the issues of one strictly validated record into messages about `the <what>`. */
function singleIssues(what: SchemaName, zodIssues: readonly z.core.$ZodIssue[]): RecordIssue[] {
  const place: IssuePlace = { index: 0, label: `the ${what}` };
  const shape = shapeOf(what);
  const out: RecordIssue[] = [];
  for (const issue of zodIssues) {
    if (issue.code === 'unrecognized_keys') {
      const known = shape.get(patternOf(issue.path))?.keys ?? new Set<string>();
      for (const key of issue.keys) {
        const at = issueAt(
          place,
          issue.path,
          `${JSON.stringify(key)} is not a ${what} field${meantSuffix(key, known)} (known: ${[...known].filter((k) => k !== '$schema').join(', ')})`,
        );
        out.push({ ...at, path: formatPath([...issue.path, key]) });
      }
    } else out.push(issueAt(place, issue.path, describeZodIssue(issue)));
  }
  return out;
}

/** Validates one record strictly against the schema of `what`; `undefined` value when invalid. */
function validateSingle<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  what: SchemaName,
): { value?: z.output<S>; issues: RecordIssue[] } {
  const place: IssuePlace = { index: 0, label: `the ${what}` };
  const { value, problems } = sanitizeJson(raw);
  const parsed = schema.safeParse(value, { reportInput: true });
  const issues = [
    ...problems.map((p) => issueAt(place, p.path, p.message, p.severity)),
    ...(parsed.success ? [] : singleIssues(what, parsed.error.issues)),
  ];
  const rejected = !parsed.success || issues.some((i) => i.severity === 'error');
  return rejected ? { issues } : { value: parsed.data as z.output<S>, issues };
}

/**
 * Validates and normalises one course, strictly (every problem is an error). Throws
 * {@link CredenceValidationError} if it is invalid. `validateCourses` and `parseCatalog` read
 * catalogues leniently instead.
 *
 * @example
 * ```ts
 * const course = parseCourse({ id: 'c1', title: 'Sepsis', provider: { name: 'RCN', type: 'Professional-Body' } });
 * course.provider.type; // 'professional-body'
 * ```
 */
export function parseCourse(input: unknown): Course {
  const { value, issues } = validateSingle(CourseSchema, input, 'course');
  if (value === undefined) throw new CredenceValidationError(issues, 'course');
  return value;
}

/**
 * Validates a clinician profile and says what it noticed: `issues` holds errors (the profile is
 * then `undefined`) and warnings, such as a profession credence does not list (kept as written).
 * Unknown keys are errors with a suggestion (`budjet` → "did you mean budget?"), and so is a
 * near-miss of a known profession (`nurze`).
 *
 * @example
 * ```ts
 * validateProfile({ profession: 'nurze', gaps: [] }).issues[0]?.message;
 * // 'the profile: profession is not a profession credence knows, got "nurze"; did you mean "nurse"?'
 * ```
 */
export function validateProfile(input: unknown): {
  profile?: ClinicianProfile;
  issues: RecordIssue[];
} {
  const { value, issues } = validateSingle(ClinicianProfileSchema, input, 'profile');
  if (value === undefined) return { issues };
  if (canonicalProfessionId(value.profession) === undefined) {
    issues.push(
      issueAt(
        { index: 0, label: 'the profile' },
        ['profession'],
        `${JSON.stringify(value.profession)} is not a profession credence lists; offerings are matched to it as written`,
        'warning',
      ),
    );
  }
  return { profile: value, issues };
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
  const { profile, issues } = validateProfile(input);
  if (profile === undefined) throw new CredenceValidationError(issues, 'profile');
  return profile;
}

/**
 * Validates a user's partial policy (weights, bands, thresholds, ranking). Unknown keys are
 * errors with a suggestion. Throws {@link CredenceValidationError} if invalid. Merge it with
 * `resolvePolicy`.
 *
 * @example
 * ```ts
 * const input = parsePolicyInput({ weights: { accreditation: 0.4 } });
 * ```
 */
export function parsePolicyInput(input: unknown): PolicyInput {
  const { value, issues } = validateSingle(PolicyInputSchema, input, 'policy');
  if (value === undefined) throw new CredenceValidationError(issues, 'policy');
  return value;
}
