/**
 * Side-by-side comparison rows, ready to render as a comparison table on a web page.
 * @module
 */
import { resolveClaims } from '../credibility/claims.js';
import { createContext } from '../credibility/context.js';
import { DEFAULT_POLICY } from '../credibility/defaults.js';
import { evaluateCatalog } from '../credibility/evaluate.js';
import { partnerIdentity, providerIdentity } from '../credibility/identity.js';
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
  /** Recognised bodies and credit, e.g. "ACCME: 16 AMA PRA Category 1 Credit". */
  readonly accreditation: readonly string[];
  /**
   * The university behind the course — its provider or a partner — only when confirmed (by web
   * domain or a curated platform, as the credibility evaluation confirms one); a name alone
   * never confirms a university.
   */
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
 * Comparison rows for the given courses, in the order given, evaluated under `options.policy`
 * (default: the bundled policy).
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
  const context = createContext({ asOf: options.asOf, policy, reference }, true);
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
          : `: ${c.amount} ${c.credit?.name ?? c.claim.unit ?? ''}`.trimEnd();
      return c.status === 'recognised'
        ? `${c.accreditor?.abbreviations[0] ?? c.accreditor?.name ?? c.claim.body}${amount}`
        : `${c.claim.body} (${c.status})`;
    });
    const university = verifiedUniversity(context, course);
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

/** The confirmed university behind a course: its provider, else a partner; or undefined. */
function verifiedUniversity(
  context: ReturnType<typeof createContext>,
  course: Course,
): string | undefined {
  const own = providerIdentity(context, course);
  if (own.verifiedUniversity) return own.organisation?.name ?? course.provider.name;
  for (const partner of course.partners ?? []) {
    const identity = partnerIdentity(context, partner);
    if (identity.verifiedUniversity) return identity.organisation?.name ?? partner.name;
  }
  return undefined;
}
