/**
 * The accreditation factor's credit checks on each claim, as flags and the share of a claim's
 * value kept: credit the offering's length cannot hold (critical beyond twice it, a warning on a
 * length read from its words, only noted for a conference whose words name optional parts its
 * credit may count), above a credit type's daily cap, or above its cap for any one activity.
 * @module
 */
import type { Course } from '../../model/course.js';
import { ACADEMIC_CREDIT_UNIT_NAMES, CREDIT_UNIT_NAMES } from '../../model/enums.js';
import type { Flag } from '../../model/report.js';
import type { ResolvedClaim } from '../claims.js';
import type { EvaluationContext } from '../context.js';
import { ACADEMIC_HOURS_PER_UNIT, type CreditCheck } from '../credit-hours.js';
import { flag } from '../flags.js';
import { daysAtMost } from '../stated-days.js';
import { statedDuration } from '../stated-duration.js';

/** What the credit checks read of the offering beside each claim's check. */
export interface CreditFacts {
  /**
   * The offering's duration (an implausible-credit flag states it): the catalogue's, else the
   * length its title or description states (`stated-duration.ts`).
   */
  readonly durationHours: number | undefined;
  /** The words the duration was read from, when the catalogue gives none ("3-Hour"). */
  readonly durationStated: string | undefined;
  /**
   * The duration is the most the days a title states allow ("2-Day Intensive": 24 hours), counting
   * this many hours a day; `undefined` when it is a length itself.
   */
  readonly durationBoundPerDay: number | undefined;
  /**
   * A conference's words naming optional parts its length may not cover ("67 hours across 20
   * accompanying workshops"), which its credit may count: an excess is then only noted.
   */
  readonly optionalParts: string | undefined;
}

/**
 * The length credit is held against: the catalogue's duration, else the length the offering's
 * title or description states (`stated-duration.ts`), else the most the days its title states
 * allow (`stated-days.ts`), with the words it was read from.
 *
 * @example
 * ```ts
 * creditLength({ title: 'Revalidation in a Day: 35 CPD hours' });
 * // { durationHours: 12, durationStated: 'in a Day', durationBoundPerDay: 12 }
 * ```
 */
export function creditLength(
  course: Pick<Course, 'title' | 'description' | 'durationHours'>,
): Pick<CreditFacts, 'durationHours' | 'durationStated' | 'durationBoundPerDay'> {
  if (course.durationHours !== undefined) {
    return {
      durationHours: course.durationHours,
      durationStated: undefined,
      durationBoundPerDay: undefined,
    };
  }
  const stated = statedDuration(course.title, course.description);
  if (stated !== undefined) {
    return {
      durationHours: stated.hours,
      durationStated: stated.phrase,
      durationBoundPerDay: undefined,
    };
  }
  const bound = daysAtMost(course.title);
  return {
    durationHours: bound?.hours,
    durationStated: bound?.phrase,
    durationBoundPerDay: bound?.hoursPerDay,
  };
}

/** The credit checks on one claim: flags, and the share of its value kept. */
export function creditPlausibility(
  context: EvaluationContext,
  facts: CreditFacts,
  r: Pick<ResolvedClaim, 'claim' | 'credit' | 'hours' | 'academicUnit' | 'accreditor'>,
  check: CreditCheck | undefined,
  flags: Flag[],
): number {
  if (check === undefined || (!check.inflated && !check.overDailyCap && !check.overActivityCap)) {
    return 1;
  }
  const { claim } = r;
  // The credit as people write it: the credit type's name when the data knows it, else the
  // catalogue's own words, else the unit's name.
  const credit =
    r.credit !== undefined
      ? `× ${r.credit.name}`
      : (claim.creditType ?? (claim.unit ? CREDIT_UNIT_NAMES[claim.unit] : 'credits'));
  if (check.inflated) {
    // A length read from the offering's words is weaker evidence than a stated duration: a
    // warning, however far the credit exceeds it.
    const stated = facts.durationStated;
    // Academic credit is read by its system's notional hours, of which a share may be guided.
    const unit = r.academicUnit;
    const share = context.policy.thresholds.academicCreditContactShare;
    const hours = Math.round((r.hours as number) * 10) / 10;
    const standsFor =
      unit === undefined
        ? `about ${hours} hours`
        : `at least ${hours} hours of guided study (academic credit in ${ACADEMIC_CREDIT_UNIT_NAMES[unit]}: ${ACADEMIC_HOURS_PER_UNIT[unit]} hours of study each, ${Math.round(share * 100)} % of them guided)`;
    flags.push(
      flag(
        'implausible-credit',
        // Optional parts the credit may count leave the excess unproven: noted, the claim still
        // halved.
        facts.optionalParts !== undefined
          ? 'info'
          : check.grosslyInflated && stated === undefined
            ? 'critical'
            : 'warning',
        `${claim.credits} ${credit} claimed for ${facts.durationBoundPerDay === undefined ? '' : 'at most '}${facts.durationHours} hour${facts.durationHours === 1 ? '' : 's'} of learning${stated === undefined ? '' : ` (as its own words say: "${stated}"${facts.durationBoundPerDay === undefined ? '' : `, a day counted at ${facts.durationBoundPerDay} hours at most`})`}: that credit stands for ${standsFor}${facts.optionalParts === undefined ? '' : `, unless it counts the optional parts its words name ("${facts.optionalParts}"), which the stated length may not cover: check what the main programme earns`}.`,
      ),
    );
  }
  if (check.overDailyCap) {
    flags.push(
      flag(
        'credit-over-daily-cap',
        'warning',
        `${claim.credits} ${credit} claimed for a one-day activity; ${r.accreditor?.name ?? 'the body'} allows at most ${r.credit?.maxPerDay} a day.`,
      ),
    );
  }
  if (check.overActivityCap) {
    flags.push(
      flag(
        'implausible-credit',
        'warning',
        `${claim.credits} ${credit} claimed for one activity; ${r.accreditor?.name ?? 'the body'} awards at most ${r.credit?.maxPerActivity} for any one activity, whatever its length.`,
      ),
    );
  }
  return context.policy.scores.implausibleCreditShare;
}

/** A title naming a conference or a meeting like one. */
const CONFERENCE = /\b(?:conference|congress|symposium|summit|convention|annual meeting)\b/i;
/**
 * Optional parts of a conference beside its main programme, which conferences count in the
 * credit they advertise (the Saudi Commission's 90 CME hours for a patient-safety conference: "23
 * hours for the scientific programme plus 67 hours across 20 accompanying workshops", blind round
 * 114; "20 side workshops", with the workshops' credit as a claim of its own, round 150).
 */
const OPTIONAL_PARTS =
  /\b(?:\d+\s+)?(?:pre-?(?:conference|congress)|post-?(?:conference|congress)|accompanying|satellite|optional|side)\s+(?:workshops?|courses?|symposia|sessions)\b/i;

/**
 * The words naming a conference's optional parts, if any (see {@link OPTIONAL_PARTS}), in its
 * description or its claims' credit types ("CME hours – accompanying workshops").
 */
export function optionalPartsOf(title: string, texts: readonly string[]): string | undefined {
  if (!CONFERENCE.test(title)) return undefined;
  for (const text of texts) {
    const found = OPTIONAL_PARTS.exec(text.slice(0, 5_000))?.[0];
    if (found !== undefined) return found;
  }
  return undefined;
}
