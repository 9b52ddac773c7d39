/**
 * Side-by-side comparison rows, ready to render as a comparison table on a web page.
 * @module
 */
import { resolveClaims } from '../credibility/claims.js';
import { DEFAULT_POLICY } from '../credibility/defaults.js';
import { evaluateCatalog } from '../credibility/evaluate.js';
import type { Course } from '../model/course.js';
import { parseProfile } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfileInput } from '../model/profile.js';
import type { Flag, Money } from '../model/report.js';
import { createRecommender } from '../recommend/recommender.js';
import { defaultReference, type Reference } from '../reference/reference.js';

/** One row of a comparison. */
export interface ComparisonRow {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly credibility: number;
  readonly grade: string;
  readonly flags: readonly Flag[];
  /** Recognised bodies and credit, e.g. "ACCME: 16 ama-pra-category-1". */
  readonly accreditation: readonly string[];
  /** The university behind the course, when a university runs it or awards its credit. */
  readonly university?: string;
  readonly cost?: Money;
  readonly hours?: number;
  readonly format?: string;
  readonly assessment?: string;
  /** Gaps covered (only with a profile). */
  readonly gapsCovered?: readonly string[];
}

/** Options of {@link compareCourses}. */
export interface CompareOptions {
  readonly asOf: string;
  readonly profile?: ClinicianProfileInput;
  readonly reference?: Reference;
  readonly policy?: Policy;
}

/**
 * Comparison rows for the given courses, in the order given.
 *
 * @example
 * ```ts
 * compareCourses([a, b], { asOf: '2026-11-28' }).map((r) => `${r.id} ${r.grade}`);
 * ```
 */
export function compareCourses(
  courses: readonly Course[],
  options: CompareOptions,
): ComparisonRow[] {
  const reference = options.reference ?? defaultReference();
  const policy = options.policy ?? DEFAULT_POLICY;
  // Validate the profile first, so a bad one is a CredenceValidationError, whatever its shape.
  const profile = 'profile' in options ? parseProfile(options.profile) : undefined;
  const reports = evaluateCatalog(courses, { asOf: options.asOf, policy, reference });
  const recommender = profile
    ? createRecommender(courses, { asOf: options.asOf, policy, reference })
    : undefined;
  return courses.map((course, i) => {
    const report = reports[i];
    const claims = resolveClaims(course, { asOf: options.asOf, reference });
    const accreditation = claims.map((c) => {
      const amount =
        c.amount === undefined
          ? ''
          : `: ${c.amount} ${c.credit?.id ?? c.claim.unit ?? ''}`.trimEnd();
      return c.status === 'recognised'
        ? `${c.accreditor?.abbreviations[0] ?? c.accreditor?.name ?? c.claim.body}${amount}`
        : `${c.claim.body} (${c.status})`;
    });
    const universityPartner = course.partners?.find((p) => p.type === 'university');
    const university =
      course.provider.type === 'university'
        ? course.provider.name
        : (universityPartner?.name ?? course.academicCredit?.awardedBy);
    const gaps = recommender && profile ? recommender.explain(profile, course.id)?.gaps : undefined;
    return {
      id: course.id,
      title: course.title,
      provider: course.provider.name,
      credibility: report?.score ?? 0,
      grade: report?.grade ?? 'E',
      flags: report?.flags ?? [],
      accreditation,
      ...(university ? { university } : {}),
      ...(course.cost ? { cost: course.cost } : {}),
      ...(course.durationHours !== undefined ? { hours: course.durationHours } : {}),
      ...(course.format ? { format: course.format } : {}),
      ...(course.assessment ? { assessment: course.assessment.type } : {}),
      ...(gaps ? { gapsCovered: gaps } : {}),
    };
  });
}
