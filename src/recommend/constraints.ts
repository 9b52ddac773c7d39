/**
 * Hard constraints (exclude, with a why-not reason) and soft fit (0–1, with notes) of one
 * course for one clinician: budget, hours, format, language, required credit, recognition.
 * @module
 */
import type { ResolvedClaim } from '../credibility/claims.js';
import type { Course } from '../model/course.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { CredibilitySummary, Money } from '../model/report.js';
import { type CreditTarget, creditToward, recognition } from './credits.js';
import { FIT } from './defaults.js';

/** Exchange rates: value of one unit of each currency in a common unit (user-supplied only). */
export type Rates = Readonly<Record<string, number>>;

/** The verdict on one course. */
export interface FitVerdict {
  /** Hard-constraint failures; non-empty means excluded. */
  readonly excluded: readonly string[];
  readonly fit: number;
  readonly notes: readonly string[];
  /** Credit granted toward the required credit (0 when none is required). */
  readonly requiredCredit: number;
}

/**
 * An amount converted into another currency, or `undefined` when that is not possible without
 * rates. Zero is zero in any currency.
 *
 * @example
 * ```ts
 * convert({ amount: 10, currency: 'USD' }, 'GBP'); // undefined
 * ```
 */
export function convert(money: Money, to: string, rates?: Rates): number | undefined {
  if (money.amount === 0 || money.currency === to) return money.amount;
  const from = rates?.[money.currency];
  const into = rates?.[to];
  return from && into ? (money.amount * from) / into : undefined;
}

/** The primary subtag of a language tag, lower-cased ("en-GB" → "en"). */
export const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Fit of a cost or duration `used` within a limit it does not exceed: 1 at nothing used (or a
 * limit of 0), falling by `slope` × the share of the limit used.
 *
 * @example
 * ```ts
 * withinLimit(50, 200, 0.5); // 0.875
 * ```
 */
export const withinLimit = (used: number, limit: number, slope: number): number =>
  limit === 0 ? 1 : 1 - slope * (used / limit);

/** Judges one course against a profile's constraints. */
export function judgeFit(
  course: Course,
  report: CredibilitySummary | undefined,
  claims: readonly ResolvedClaim[],
  profile: ClinicianProfile,
  options: { excludeCritical: boolean; target?: CreditTarget; rates?: Rates },
): FitVerdict {
  const excluded: string[] = [];
  const notes: string[] = [];
  const parts: number[] = [];
  const critical = report?.flags.filter((f) => f.severity === 'critical') ?? [];
  if (options.excludeCritical && critical.length > 0) {
    excluded.push(`critical red flag: ${critical.map((f) => f.message).join('; ')}`);
  }
  const { budget, hoursAvailable, formats, language } = profile;
  if (budget && course.cost) {
    const cost = convert(course.cost, budget.currency, options.rates);
    if (cost === undefined) {
      notes.push(
        `cost not comparable: ${course.cost.amount} ${course.cost.currency} against a budget in ${budget.currency} (no exchange rates given)`,
      );
      parts.push(FIT.costNotComparable);
    } else if (cost > budget.amount) {
      excluded.push(
        `costs ${round2(cost)} ${budget.currency}, over the budget of ${budget.amount} ${budget.currency}`,
      );
    } else {
      parts.push(withinLimit(cost, budget.amount, FIT.costSlope));
      notes.push(
        cost === 0 ? 'free' : `${course.cost.amount} ${course.cost.currency}, within budget`,
      );
    }
  } else if (budget) {
    notes.push('cost not stated');
    parts.push(FIT.unknown);
  }
  if (hoursAvailable !== undefined) {
    const hours = course.durationHours;
    if (hours === undefined) {
      notes.push('duration not stated');
      parts.push(FIT.unknown);
    } else if (hours > hoursAvailable) {
      excluded.push(`takes ${hours} h, more than the ${hoursAvailable} h available`);
    } else {
      parts.push(withinLimit(hours, hoursAvailable, FIT.hoursSlope));
      notes.push(`${hours} h of ${hoursAvailable} h available`);
    }
  }
  if (formats && formats.length > 0) {
    if (course.format === undefined) {
      notes.push('format not stated');
      parts.push(FIT.unknown);
    } else if (!formats.includes(course.format)) {
      excluded.push(`format ${course.format} is not one of ${formats.join(', ')}`);
    } else parts.push(1);
  }
  if (language && course.language && primary(language) !== primary(course.language)) {
    excluded.push(`taught in ${course.language}, not ${language}`);
  }
  let requiredCredit = 0;
  if (options.target) {
    requiredCredit = creditToward(claims, options.target);
    if (requiredCredit > 0) {
      notes.push(`grants ${requiredCredit} ${options.target.label}`);
      parts.push(1);
    } else {
      notes.push(`does not grant ${options.target.label}`);
      parts.push(FIT.missingRequiredCredit);
    }
  }
  const where = recognition(claims, profile.country);
  const recognitionFit = {
    here: FIT.recognisedHere,
    elsewhere: FIT.recognisedElsewhere,
    none: FIT.noAccreditation,
    unrecognised: FIT.unrecognisedOnly,
  }[where];
  parts.push(recognitionFit);
  if (where === 'elsewhere') notes.push(`accreditation not recognised in ${profile.country}`);
  if (where === 'unrecognised') notes.push('no recognised accreditation');
  const fit = parts.reduce((a, b) => a + b, 0) / parts.length;
  return { excluded, fit: Math.max(0, Math.min(1, fit)), notes, requiredCredit };
}
