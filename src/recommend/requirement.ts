/**
 * The CPD requirement a plan should also meet: the clinician's `requiredCredit`, else their
 * regulator's requirement (hours or credits, with category minimums such as NMC participatory
 * hours via `countsFormats` / `countsCreditTypes`).
 * @module
 */
import type { ResolvedClaim } from '../credibility/claims.js';
import type { Course } from '../model/course.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { Reference } from '../reference/reference.js';
import { type CreditTarget, courseHours, creditToward, requiredCreditTarget } from './credits.js';

/** One category minimum. */
export interface RequirementCategory {
  readonly label: string;
  readonly minimum: number;
  readonly formats?: ReadonlySet<string>;
  readonly creditTypes?: ReadonlySet<string>;
}

/** A requirement to meet; `needed` 0 when there is none. */
export interface Requirement {
  readonly label: string;
  readonly unit: string;
  readonly needed: number;
  readonly categories: readonly RequirementCategory[];
  /** Amount one course contributes to the total and to each category. */
  contribution(
    course: Course,
    claims: readonly ResolvedClaim[],
  ): { total: number; byCategory: number[] };
}

const NONE: Requirement = {
  label: 'none',
  unit: 'hours',
  needed: 0,
  categories: [],
  contribution: () => ({ total: 0, byCategory: [] }),
};

/**
 * The requirement for a profile.
 *
 * @example
 * ```ts
 * requirementFor(ukNurse, defaultReference()).needed; // 35 (NMC hours per 3-year cycle)
 * ```
 */
export function requirementFor(profile: ClinicianProfile, reference: Reference): Requirement {
  const target = requiredCreditTarget(profile, reference);
  if (target && profile.requiredCredit?.amount) {
    return {
      label: target.label,
      unit: 'credits',
      needed: profile.requiredCredit.amount,
      categories: [],
      contribution: (_course, claims) => ({ total: creditToward(claims, target), byCategory: [] }),
    };
  }
  if (!profile.regulator) return NONE;
  const regulator = reference.findRegulator(profile.regulator, profile.profession);
  const rule = regulator?.requirement;
  if (!regulator || !rule || (rule.kind !== 'hours' && rule.kind !== 'credits') || !rule.amount)
    return NONE;
  const accepted: CreditTarget | undefined =
    rule.acceptedCreditTypes.length > 0 || rule.acceptedAccreditors.length > 0
      ? {
          label: regulator.name,
          creditTypeIds: new Set(rule.acceptedCreditTypes),
          accreditorIds: new Set(rule.acceptedAccreditors),
        }
      : undefined;
  const categories: RequirementCategory[] = rule.categories
    .filter((c) => (c.minimum ?? 0) > 0 && (c.countsFormats || c.countsCreditTypes))
    .map((c) => ({
      label: c.label,
      minimum: c.minimum ?? 0,
      ...(c.countsFormats ? { formats: new Set<string>(c.countsFormats) } : {}),
      ...(c.countsCreditTypes ? { creditTypes: new Set(c.countsCreditTypes) } : {}),
    }));
  const amountOf = (course: Course, claims: readonly ResolvedClaim[]): number => {
    if (accepted) return creditToward(claims, accepted);
    if (rule.kind === 'credits') {
      const credited = Math.max(
        0,
        ...claims.filter((c) => c.status === 'recognised').map((c) => c.amount ?? 0),
      );
      return credited > 0 ? credited : courseHours(course, claims);
    }
    return courseHours(course, claims);
  };
  return {
    label: `${regulator.name} (${rule.amount} ${rule.unit ?? rule.kind}${rule.cycleYears ? ` per ${rule.cycleYears}-year cycle` : ''})`,
    unit: rule.unit ?? rule.kind,
    needed: rule.amount,
    categories,
    contribution: (course, claims) => {
      const total = amountOf(course, claims);
      const byCategory = categories.map((c) => {
        if (c.formats) return course.format && c.formats.has(course.format) ? total : 0;
        if (c.creditTypes) {
          return creditToward(claims, {
            label: c.label,
            creditTypeIds: c.creditTypes,
            accreditorIds: new Set(),
          });
        }
        return 0;
      });
      return { total, byCategory };
    },
  };
}
