/**
 * What claimed credit stands for in hours of learning, and whether the offering's duration allows
 * it. Checked for every claim that states an amount, whoever makes it: an invented council's
 * "8 CPD credits" for a 2-hour video is as implausible as a recognised body's.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import type { CreditType } from '../reference/schemas.js';

/**
 * Minutes per unit of credit when the credit type gives no rule: a credit, point or hour is read
 * as one hour (the common CPD convention: AMA PRA, the Federation of Royal Colleges, CPD points
 * of generic services), a CEU as 10 contact hours (IACET), an ECTS credit as 25 hours (the lower
 * bound of 25–30, the generous reading).
 */
export const MINUTES_PER_UNIT: Readonly<Record<string, number>> = {
  hours: 60,
  'contact-hours': 60,
  credits: 60,
  points: 60,
  ceu: 600,
  ects: 25 * 60,
};

/**
 * Learning hours a claimed amount stands for, by the credit type's rule, else its unit's
 * convention ({@link MINUTES_PER_UNIT}); a claim without a unit is read as credits.
 *
 * @example
 * ```ts
 * claimHours({ body: 'IACET', credits: 0.6, unit: 'ceu' }, undefined); // 6
 * ```
 */
export function claimHours(
  claim: AccreditationClaim,
  credit: CreditType | undefined,
): number | undefined {
  if (claim.credits === undefined) return undefined;
  const minutes =
    credit?.minutesPerUnit ??
    credit?.minMinutesPerUnit ??
    MINUTES_PER_UNIT[claim.unit ?? credit?.unit ?? 'credits'];
  if (minutes === undefined || minutes === null) return undefined;
  return (claim.credits * minutes) / 60 / (credit?.multiplier ?? 1);
}

/** What a duration check found about one claim. */
export interface CreditCheck {
  /** The credit stands for more hours than the offering lasts (beyond the tolerance). */
  readonly inflated: boolean;
  /** …by more than `thresholds.grosslyInflatedCredit` times. */
  readonly grosslyInflated: boolean;
  /** A one-day live activity claims more than the credit type's daily cap. */
  readonly overDailyCap: boolean;
}

/**
 * Checks a claim's hours against the offering's duration and format, or `undefined` when there
 * is nothing to check (no duration, no amount, or a credit with no hours rule).
 *
 * @example
 * ```ts
 * checkCredit({ ...course, durationHours: 2 }, 8, undefined, policy)?.grosslyInflated; // true
 * ```
 */
export function checkCredit(
  course: Pick<Course, 'durationHours' | 'format'>,
  hours: number | undefined,
  claim: Pick<AccreditationClaim, 'credits'>,
  credit: CreditType | undefined,
  policy: Policy,
): CreditCheck | undefined {
  const duration = course.durationHours;
  if (hours === undefined || duration === undefined || claim.credits === undefined)
    return undefined;
  const { creditPerHourTolerance, grosslyInflatedCredit } = policy.thresholds;
  const inflated = hours > duration * creditPerHourTolerance + 0.25;
  const cap = credit?.maxPerDay;
  const singleDay = course.format === 'in-person' || course.format === 'live-online';
  return {
    inflated,
    grosslyInflated: inflated && (duration === 0 || hours / duration > grosslyInflatedCredit),
    overDailyCap: cap !== undefined && singleDay && duration <= 8 && claim.credits > cap,
  };
}
