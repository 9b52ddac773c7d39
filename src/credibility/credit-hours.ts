/**
 * What claimed credit stands for in hours of learning, and whether the offering's duration allows
 * it. Checked for every claim that states an amount, whoever makes it: an invented council's
 * "8 CPD credits" for a 2-hour video is as implausible as a recognised body's.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import type { AcademicCreditUnit } from '../model/enums.js';
import type { Policy } from '../model/policy.js';
import type { CreditType } from '../reference/schemas.js';

/**
 * The fewest minutes one unit can stand for when the credit type gives no rule — the reading
 * most generous to whoever claims it, so that a claim called implausible is implausible under
 * every convention in use:
 * - an hour is an hour;
 * - a contact hour is at least 50 minutes (some US boards count 50-minute hours);
 * - a credit is an hour, as in every general CPD scheme (AMA PRA, EACCME's ECMEC, the Federation
 *   of Royal Colleges, generic CPD services); the schemes that award more an hour (RCPSC MOC
 *   Section 3, Mainpro+ Certified Assessment: 3 credits an hour) are in the reference data, and
 *   their own rule applies;
 * - a CEU is at least 40 minutes: the unit means 10 contact hours to IACET, one hour to CCCEP and
 *   40–60 minutes to NMBI;
 * - an ECTS credit is at least 25 hours (ECTS Users' Guide: 25–30).
 * Points are left out: each scheme sets its own (the RACGP awards 40 for an accredited activity);
 * see {@link UNKNOWN_SCHEME_MINUTES_PER_POINT} for points no known body awards.
 */
export const MIN_MINUTES_PER_UNIT: Readonly<Record<string, number>> = {
  hours: 60,
  'contact-hours': 50,
  credits: 60,
  ceu: 40,
  ects: 25 * 60,
};

/**
 * The fewest minutes a unit stands for under the most generous scheme the data knows, where that
 * is more generous than {@link MIN_MINUTES_PER_UNIT}'s convention: a credit, 20 minutes (three an
 * hour: RCPSC MOC Section 3 and Mainpro+ Certified Assessment; the Alberta College of Paramedics'
 * continuing-competence credits, "9 of your required continuing education CC credits (3 hours)",
 * https://abparamedics.com/continuing-competence/). A credit of a scheme the data does not know
 * is read as an hour; it is called grossly inflated (critical) only when it is beyond this too:
 * 9 credits for 3 hours is beyond the convention (a warning), 8 for 2 hours beyond every scheme.
 */
export const MOST_GENEROUS_MINUTES_PER_UNIT: Readonly<Record<string, number>> = {
  credits: 20,
};

/**
 * The minutes one unit stands for by a credit type's own rule: `null` where the data says it has
 * no time rate ("minutesPerUnit": null), `undefined` where it gives none (or there is no credit
 * type), and the unit's convention is read instead.
 */
const ownMinutes = (credit: CreditType | undefined): number | null | undefined =>
  credit?.minutesPerUnit === null ? null : (credit?.minutesPerUnit ?? credit?.minMinutesPerUnit);

/**
 * The learning hours a claimed amount stands for under the most generous scheme the data knows
 * ({@link MOST_GENEROUS_MINUTES_PER_UNIT}), when its credit type has no time rule of its own (or
 * none is known) and its unit is read by convention; `undefined` otherwise.
 *
 * @example
 * ```ts
 * leastClaimHours({ body: 'Some College', credits: 9, unit: 'credits' }, undefined); // 3
 * ```
 */
export function leastClaimHours(
  claim: AccreditationClaim,
  credit: CreditType | undefined,
): number | undefined {
  if (claim.credits === undefined || ownMinutes(credit) !== undefined) return undefined;
  const minutes = MOST_GENEROUS_MINUTES_PER_UNIT[claim.unit ?? credit?.unit ?? 'credits'];
  return minutes === undefined ? undefined : (claim.credits * minutes) / 60;
}

/**
 * The fewest minutes a point stands for when no body the data knows awards it ("50 CPD points,
 * certified by the International CPD Points Council"): 9, about six and a half points an hour.
 * That is the most generous rate of any points scheme with a time rule that we know: the RACGP's
 * 40 points for an activity that, until 2019, had to run six hours or more (its other activities
 * earned 2 an hour). The German CME point is a 45-minute unit, with at most two bonus points for
 * a small-group workshop and its test: four an hour at the very most ((Muster-)Fortbildungsordnung
 * 2024, § 10, https://www.urologenportal.de/fachbesucher/akademie/cme-kriterien.html). The
 * legitimate offerings of the real-world corpus that state points and hours from a body the data
 * does not list award at most 1.6 an hour; its mills 6 to 30 ("20 Gold CPD Points" for a one-hour
 * e-learning). Since 2020 the RACGP sets no hours for its 40-point activities
 * (https://www.racgp.org.au/education/professional-development/cpd/2022-triennium/accredited-activities):
 * a recognised body's points follow its own scheme, unchecked where the data has no rule for them.
 */
export const UNKNOWN_SCHEME_MINUTES_PER_POINT = 9;

/**
 * The learning hours a claimed amount stands for at least: by the credit type's rule, else by the
 * most generous convention ({@link MIN_MINUTES_PER_UNIT}) for the claim's unit (or the credit
 * type's); a claim without either is read as credits. Points follow their scheme's rule, else
 * {@link UNKNOWN_SCHEME_MINUTES_PER_POINT} when no recognised body stands behind them
 * (`recognisedBody` false); `undefined` when no rule applies (a recognised body's points).
 *
 * @example
 * ```ts
 * claimHours({ body: 'Some Council', credits: 6, unit: 'credits' }, undefined, false); // 6
 * claimHours({ body: 'Some Council', credits: 50, unit: 'points' }, undefined, false); // 7.5
 * ```
 */
export function claimHours(
  claim: AccreditationClaim,
  credit: CreditType | undefined,
  recognisedBody: boolean,
): number | undefined {
  if (claim.credits === undefined) return undefined;
  // A credit type the data says has no time rate ("minutesPerUnit": null: RCPSC Section 2's
  // self-learning credits, two an hour for a personal learning project, 25 for a formal course)
  // is not checked.
  const own = ownMinutes(credit);
  if (own === null) return undefined;
  // Credits named only in another script, beside no recognised body, are that scheme's own units
  // (単位, 학점, 学分), which no rule turns into hours: read as an unknown scheme's points (blind
  // round 165: the Japanese Society of Internal Medicine's 10 renewal units for a 3-hour session).
  const declared = claim.unit ?? credit?.unit ?? 'credits';
  const unit =
    declared === 'credits' &&
    !recognisedBody &&
    credit === undefined &&
    claim.creditType !== undefined &&
    !/\p{Script=Latin}/u.test(claim.creditType)
      ? 'points'
      : declared;
  const minutes =
    own ??
    MIN_MINUTES_PER_UNIT[unit] ??
    (unit === 'points' && !recognisedBody ? UNKNOWN_SCHEME_MINUTES_PER_POINT : undefined);
  if (minutes === undefined) return undefined;
  return (claim.credits * minutes) / 60 / (credit?.multiplier ?? 1);
}

/**
 * The credit, of those a recognised body grants, whose units stand for the fewest hours: how a
 * claim naming the body but not which of its credits is read, so that it is called implausible
 * only if it is under every one of them (an RCPSC claim of "credits" may be Section 3, three an
 * hour). `undefined` when none has an hours rule.
 */
export function mostGenerousCredit(
  credits: readonly CreditType[],
  unit: AccreditationClaim['unit'],
): CreditType | undefined {
  let best: CreditType | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const credit of credits) {
    if (unit !== undefined && credit.unit !== unit) continue;
    // The hours one unit stands for, by the same rule as any claim of it.
    const hours = claimHours({ body: '', credits: 1 }, credit, true);
    if (hours !== undefined && hours < fewest) {
      fewest = hours;
      best = credit;
    }
  }
  return best;
}

/**
 * The fewest notional learning hours one unit of academic credit stands for, by the rule that
 * defines it:
 * - an ECTS credit, 25 (ECTS Users' Guide 2015: 25–30 hours of work);
 * - a UK (CATS) credit, 10 (QAA, Higher education credit framework for England: ten notional
 *   hours);
 * - an NZQCF credit, 10 (NZQA: ten notional learning hours);
 * - a US credit hour, 25: the federal definition (34 CFR 600.2) is an hour of class and two of
 *   work outside it each week for a semester (about 45 hours), or the equivalent for a quarter;
 *   a quarter of ten weeks of 50-minute class hours is 25.
 * A catalogue's duration may be guided or contact time only: academic credit is checked against
 * `thresholds.academicCreditContactShare` of these hours.
 */
export const ACADEMIC_HOURS_PER_UNIT: Readonly<Record<AcademicCreditUnit, number>> = {
  ects: 25,
  'uk-credits': 10,
  'nz-credits': 10,
  'us-credit-hours': 25,
};

/**
 * Words of a claim that name academic credit, and the unit they name: "ECTS"; US "semester" or
 * "quarter" credits or hours, "graduate" or "undergraduate" credit; "CATS", an FHEQ level's
 * credits, or "academic credit" of no named system, read as UK credits (ten hours each: the
 * fewest of any system, so the most generous reading). "Credit hours" alone is how CME schemes
 * write their hours too ("CME credit hours"), so it is not read as academic.
 */
const ACADEMIC_CREDIT_WORDS: readonly (readonly [RegExp, AcademicCreditUnit])[] = [
  [/\bects\b/i, 'ects'],
  [
    /\b(?:semester|quarter)\s+(?:credit|hour)s?\b|\b(?:post|under)?graduate\s+credits?\b/i,
    'us-credit-hours',
  ],
  [/\bcats\b|\bfheq\b|\bacademic\s+credits?\b|\blevel\s+[4-8]\s+credits?\b/i, 'uk-credits'],
];

/**
 * The academic credit unit a claim's credit type (else its body) names, if any.
 *
 * @example
 * ```ts
 * academicUnitOf({ body: 'X', creditType: 'Graduate semester credit hours' }); // 'us-credit-hours'
 * academicUnitOf({ body: 'X', creditType: 'CME credit hours' }); // undefined
 * ```
 */
export function academicUnitOf(claim: AccreditationClaim): AcademicCreditUnit | undefined {
  for (const text of [claim.creditType, claim.body]) {
    if (text === undefined) continue;
    const found = ACADEMIC_CREDIT_WORDS.find(([words]) => words.test(text));
    if (found) return found[1];
  }
  return undefined;
}

/**
 * The guided hours an accreditation claim of academic credit stands for at least: a claim in
 * "credits" (or no unit) whose words name academic credit ("12 Graduate semester credit hours",
 * blind mills round 54), or in the ECTS unit (a university's 5.5 ECTS for a 43-hour lifelong
 * learning programme, blind round 106), of a credit type with no time rule of its own, is read as
 * the university factor reads academic credit — {@link ACADEMIC_HOURS_PER_UNIT} notional hours
 * each, of which `thresholds.academicCreditContactShare` may be the catalogue's guided time. The
 * hours, with the unit they were read by; `undefined` otherwise.
 *
 * @example
 * ```ts
 * academicClaimHours({ body: 'X', creditType: 'Graduate semester credit hours', credits: 12 }, undefined, 0.3);
 * // { hours: 90, unit: 'us-credit-hours' }
 * ```
 */
export function academicClaimHours(
  claim: AccreditationClaim,
  credit: CreditType | undefined,
  contactShare: number,
): { readonly hours: number; readonly unit: AcademicCreditUnit } | undefined {
  if (claim.credits === undefined || ownMinutes(credit) !== undefined) return undefined;
  // A claim in ECTS credits is academic credit whatever its words; other units are not.
  if (claim.unit !== undefined && claim.unit !== 'credits' && claim.unit !== 'ects')
    return undefined;
  const unit = claim.unit === 'ects' ? 'ects' : academicUnitOf(claim);
  return unit === undefined
    ? undefined
    : { hours: claim.credits * ACADEMIC_HOURS_PER_UNIT[unit] * contactShare, unit };
}

/** What a duration check found about one claim. */
export interface CreditCheck {
  /** The credit stands for more hours than the offering lasts (beyond the tolerance). */
  readonly inflated: boolean;
  /**
   * …by more than `thresholds.grosslyInflatedCredit` times, and, for a credit read by convention,
   * beyond the most generous scheme too ({@link leastClaimHours}).
   */
  readonly grosslyInflated: boolean;
  /** A one-day live activity claims more than the credit type's daily cap. */
  readonly overDailyCap: boolean;
  /**
   * One activity claims more than the credit type allows any activity, whatever its length or
   * format (`maxPerActivity`: the Maharashtra Medical Council's 4 points for "any CME/Symposium/
   * Conferences of any duration"). Read with or without a length.
   */
  readonly overActivityCap: boolean;
}

/**
 * A credit type that is credit for time spent in practice, not the offering's learning time: the
 * RACGP's Measuring Outcomes and Reviewing Performance hours, audit, quality or performance
 * improvement, MOC Part 4 ("bank 5 hours of Measuring Outcomes" from a 60-minute audit guide:
 * blind round 92). Only a credit type that is of that kind, not one that names it among others
 * ("CPD credits (External/Internal/Personal/Research) + audit").
 */
const PRACTICE_TIME =
  /^(?:\w+ )?(?:measuring outcomes|reviewing performance|audit|(?:quality|performance) improvement|part (?:iv|4))\b/i;

/**
 * Checks a claim's hours against the offering's duration and format, or `undefined` when there
 * is nothing to check (no duration, no amount, a credit with no hours rule, or credit for time
 * spent in practice).
 *
 * @example
 * ```ts
 * checkCredit({ ...course, durationHours: 2 }, 8, undefined, policy)?.grosslyInflated; // true
 * ```
 */
export function checkCredit(
  course: Pick<Course, 'durationHours' | 'format'>,
  hours: number | undefined,
  claim: Pick<AccreditationClaim, 'credits' | 'creditType'>,
  credit: CreditType | undefined,
  policy: Policy,
  leastHours?: number,
): CreditCheck | undefined {
  const duration = course.durationHours;
  if (claim.credits === undefined || PRACTICE_TIME.test(claim.creditType ?? '')) return undefined;
  const activityCap = credit?.maxPerActivity;
  const overActivityCap = activityCap !== undefined && claim.credits > activityCap;
  if (hours === undefined || duration === undefined) {
    return overActivityCap
      ? { inflated: false, grosslyInflated: false, overDailyCap: false, overActivityCap }
      : undefined;
  }
  const { creditPerHourTolerance, grosslyInflatedCredit } = policy.thresholds;
  // Credit awarded to the nearest step of its scheme stands for half a step less at least (IACET:
  // a 30-minute learning event is 0.1 CEU, the CDC's MMWR CE: blind round 113).
  const step = credit?.increment;
  const least =
    step === undefined ? hours : (hours * Math.max(0, claim.credits - step / 2)) / claim.credits;
  const inflated = least > duration * creditPerHourTolerance + 0.25;
  const cap = credit?.maxPerDay;
  const singleDay = course.format === 'in-person' || course.format === 'live-online';
  const beyondEveryScheme = leastHours === undefined || leastHours > duration;
  return {
    inflated,
    grosslyInflated:
      inflated && beyondEveryScheme && (duration === 0 || least / duration > grosslyInflatedCredit),
    overDailyCap: cap !== undefined && singleDay && duration <= 8 && claim.credits > cap,
    overActivityCap,
  };
}
