/**
 * Fit to the person, in two functions used by recommend, plan, why-not and every gap's answer
 * alike: {@link exclusions} — the hard constraints (the trust floor, budget, hours, format,
 * language, where an attended course is held), each with a reason a clinician can act on — and
 * {@link fitOf}, the soft fit 0–1 of what passes.
 * @module
 */
import type { ResolvedClaim } from '../credibility/claims.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { Money } from '../model/report.js';
import type { CourseFacts } from './course-facts.js';
import { type CreditTarget, creditToward, recognition } from './credits.js';
import { ATTENDED_FORMATS, EU_COUNTRIES, FIT } from './defaults.js';
import { heldBackAt, heldBackBy, type TrustFloor } from './floor.js';

/** Exchange rates: value of one unit of each currency in a common unit (user-supplied only). */
export type Rates = Readonly<Record<string, number>>;

/** What excludes a course, with the reason. */
export interface Exclusion {
  readonly kind: 'floor' | 'budget' | 'hours' | 'format' | 'language' | 'location';
  readonly message: string;
}

/** Options that decide fit beyond the profile. */
export interface FitOptions {
  /** Exchange rates for comparing costs in other currencies with the budget. */
  readonly rates?: Rates;
  /**
   * Countries (ISO codes, or "EU") where the clinician can attend in person; default: their own
   * country. In-person, blended and workplace offerings elsewhere do not fit.
   */
  readonly region?: readonly string[];
}

/** A profile's constraints, compiled once per request against a catalogue's facts. */
export interface ConstraintQuery {
  readonly facts: CourseFacts;
  readonly floor: TrustFloor;
  readonly budget: Money | undefined;
  /** By currency index: the budget's own currency, or convertible with the rates. */
  readonly rateFrom: Float64Array;
  readonly hoursAvailable: number | undefined;
  readonly formats: readonly string[] | undefined;
  readonly language: string | undefined;
  /** By country index: 1 where the clinician can attend; null when no place is known. */
  readonly attendable: Uint8Array | null;
  /** The places the clinician can attend, in words ("GB", "GB, IE"). */
  readonly where: string;
  readonly country: string | undefined;
  readonly target: CreditTarget | undefined;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The primary subtag of a language tag, lower-cased ("en-GB" → "en"). */
export const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;

/** Names of the languages a guess can give, for reasons. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
  de: 'German',
  it: 'Italian',
};

/** Compiles a profile's constraints against the catalogue's facts. */
export function constraintQuery(
  facts: CourseFacts,
  profile: ClinicianProfile,
  floor: TrustFloor,
  target: CreditTarget | undefined,
  options: FitOptions,
): ConstraintQuery {
  const { budget } = profile;
  const into = budget ? options.rates?.[budget.currency] : undefined;
  const rateFrom = Float64Array.from(facts.currencies.values, (c) => {
    if (budget && c === budget.currency) return 1;
    const from = options.rates?.[c];
    return from && into ? from / into : Number.NaN;
  });
  const region = options.region ?? (profile.country ? [profile.country] : []);
  const places = new Set(region.map((r) => r.toUpperCase()));
  const attendable =
    places.size === 0
      ? null
      : Uint8Array.from(facts.countries.values, (c) =>
          places.has(c) || (places.has('EU') && EU_COUNTRIES.has(c)) ? 1 : 0,
        );
  return {
    facts,
    floor,
    budget,
    rateFrom,
    hoursAvailable: profile.hoursAvailable,
    formats: profile.formats && profile.formats.length > 0 ? profile.formats : undefined,
    language: profile.language ? primary(profile.language) : undefined,
    attendable,
    where: [...places].join(', '),
    country: profile.country,
    target,
  };
}

/** A course's cost in the budget's currency, or `undefined` when it cannot be compared. */
export function costInBudget(q: ConstraintQuery, p: number): number | undefined {
  const amount = q.facts.cost[p] as number;
  if (Number.isNaN(amount)) return undefined;
  if (amount === 0) return 0;
  const rate = q.rateFrom[q.facts.currency[p] as number] as number;
  return Number.isNaN(rate) ? undefined : amount * rate;
}

/** Whether a course's cost is in another currency than the budget and no rate converts it. */
export function costUnknownForBudget(q: ConstraintQuery, p: number): boolean {
  return (
    q.budget !== undefined &&
    !Number.isNaN(q.facts.cost[p] as number) &&
    costInBudget(q, p) === undefined
  );
}

/** The hard constraints, as bits of {@link failedConstraints}. */
const FAILS = {
  floor: 1,
  budget: 2,
  hours: 4,
  format: 8,
  language: 16,
  location: 32,
} as const satisfies Record<Exclusion['kind'], number>;

/** What a plan has left of the budget and hours, replacing the profile's. */
export interface Left {
  readonly budget?: number;
  readonly hours?: number;
}

const formatAt = (q: ConstraintQuery, p: number): string | undefined => {
  const f = q.facts.format[p] as number;
  return f >= 0 ? q.facts.formats.values[f] : undefined;
};

/**
 * The hard constraints — the one place they are decided: the course at position `p` is held
 * back by the trust floor; costs more than the budget (a cost in another currency without rates
 * is unknown, not over); takes more than the hours; has a format not asked for; is taught in
 * another language (stated, or read from its own words); or is attended in a place the
 * clinician is not. Returns the failed ones as bits (0: it may be recommended). `left` replaces
 * the budget and hours with what a plan has left of them.
 *
 * @example
 * ```ts
 * failedConstraints(q, p) === 0; // it passes every hard constraint
 * ```
 */
export function failedConstraints(q: ConstraintQuery, p: number, left?: Left): number {
  const { facts } = q;
  let failed = 0;
  if (heldBackAt(q.floor, facts.grade[p] as number, facts.critical[p] === 1)) failed |= FAILS.floor;
  if (q.budget) {
    const cost = costInBudget(q, p);
    if (cost !== undefined && cost > (left?.budget ?? q.budget.amount) + 1e-9) {
      failed |= FAILS.budget;
    }
  }
  if (q.hoursAvailable !== undefined) {
    const hours = facts.hours[p] as number;
    if (!Number.isNaN(hours) && hours > (left?.hours ?? q.hoursAvailable) + 1e-9) {
      failed |= FAILS.hours;
    }
  }
  const format = formatAt(q, p);
  if (q.formats && format !== undefined && !q.formats.includes(format)) failed |= FAILS.format;
  const l = facts.language[p] as number;
  if (q.language && l >= 0 && facts.languages.values[l] !== q.language) failed |= FAILS.language;
  if (q.attendable && format !== undefined && ATTENDED_FORMATS.has(format)) {
    const c = facts.country[p] as number;
    if (c >= 0 && q.attendable[c] === 0) failed |= FAILS.location;
  }
  return failed;
}

/**
 * Every hard constraint the course at position `p` fails ({@link failedConstraints}), each
 * with its reason: by how much it is over the budget or the hours, which format, language or
 * place.
 *
 * @example
 * ```ts
 * exclusions(q, p)[0]?.message; // 'costs 350 EUR: 150 EUR over the budget of 200 EUR'
 * ```
 */
export function exclusions(q: ConstraintQuery, p: number, left?: Left): Exclusion[] {
  const failed = failedConstraints(q, p, left);
  if (failed === 0) return [];
  const out: Exclusion[] = [];
  const { facts } = q;
  if (failed & FAILS.floor) {
    const held = heldBackBy(facts.reports[p], q.floor);
    out.push({ kind: 'floor', message: `held back: ${held.join(', ')}` });
  }
  if (failed & FAILS.budget && q.budget) {
    const cost = costInBudget(q, p) ?? 0;
    const limit = left?.budget ?? q.budget.amount;
    const cur = q.budget.currency;
    const of =
      left?.budget !== undefined
        ? `the ${round2(limit)} ${cur} left of the budget`
        : `the budget of ${q.budget.amount} ${cur}`;
    out.push({
      kind: 'budget',
      message: `costs ${round2(cost)} ${cur}: ${round2(cost - limit)} ${cur} over ${of}`,
    });
  }
  if (failed & FAILS.hours) {
    const hours = facts.hours[p] as number;
    const limit = left?.hours ?? q.hoursAvailable ?? 0;
    out.push({
      kind: 'hours',
      message: `takes ${hours} h: ${round2(hours - limit)} h over the ${round2(limit)} h ${left?.hours !== undefined ? 'left' : 'available'}`,
    });
  }
  const format = formatAt(q, p);
  if (failed & FAILS.format) {
    out.push({
      kind: 'format',
      message: `format ${format} is not one of ${q.formats?.join(', ')}`,
    });
  }
  if (failed & FAILS.language && q.language) {
    const language = facts.languages.values[facts.language[p] as number] as string;
    out.push({
      kind: 'language',
      message:
        facts.languageGuessed[p] === 1
          ? `its words are ${LANGUAGE_NAMES[language] ?? language} (the catalogue does not say), not ${LANGUAGE_NAMES[q.language] ?? q.language}`
          : `taught in ${language}, not ${q.language}`,
    });
  }
  if (failed & FAILS.location) {
    out.push({
      kind: 'location',
      message: `${format} in ${facts.countries.values[facts.country[p] as number]}, outside ${q.where} (ask with region to include it)`,
    });
  }
  return out;
}

/**
 * The soft fit (0–1) of a course that passes the hard constraints: the mean of cost within
 * budget, hours within those available, format, where it is held, required credit and where its
 * accreditation is recognised. Without `claims` the claim-based parts are taken as 1, which
 * makes this an upper bound of the exact fit (what the best-first search needs). `notes`, when
 * given, receives a readable note per part.
 */
export function fitOf(
  q: ConstraintQuery,
  p: number,
  claims?: readonly ResolvedClaim[],
  notes?: string[],
): number {
  const { facts } = q;
  let sum = 0;
  let count = 0;
  const part = (value: number, note?: string) => {
    sum += value;
    count++;
    if (notes && note) notes.push(note);
  };
  if (q.budget) {
    const amount = facts.cost[p] as number;
    if (Number.isNaN(amount)) part(FIT.unknown, 'cost not stated');
    else {
      const cost = costInBudget(q, p);
      const money = `${amount} ${facts.currencies.values[facts.currency[p] as number]}`;
      if (cost === undefined) part(FIT.costUnknown, money);
      else
        part(
          1 - FIT.costSlope * (q.budget.amount > 0 ? cost / q.budget.amount : 0),
          cost === 0 ? 'free' : `${money}, within budget`,
        );
    }
  }
  if (q.hoursAvailable !== undefined) {
    const hours = facts.hours[p] as number;
    if (Number.isNaN(hours)) part(FIT.unknown, 'duration not stated');
    else {
      part(
        1 - FIT.hoursSlope * (q.hoursAvailable > 0 ? hours / q.hoursAvailable : 0),
        `${hours} h of ${q.hoursAvailable} h available`,
      );
    }
  }
  const f = facts.format[p] as number;
  if (q.formats) {
    if (f < 0) part(FIT.unknown, 'format not stated');
    else part(1);
  }
  if (q.attendable && f >= 0 && ATTENDED_FORMATS.has(facts.formats.values[f] as string)) {
    if ((facts.country[p] as number) < 0) part(FIT.unknown, 'where it is held not stated');
    else part(1);
  }
  if (q.target) {
    if (!claims) part(1);
    else {
      const granted = creditToward(claims, q.target);
      if (granted > 0) part(1, `grants ${granted} ${q.target.label}`);
      else part(FIT.missingRequiredCredit, `does not grant ${q.target.label}`);
    }
  }
  if (!claims) part(1);
  else {
    const where = recognition(claims, q.country);
    part(
      {
        here: FIT.recognisedHere,
        elsewhere: FIT.recognisedElsewhere,
        none: FIT.noAccreditation,
        unrecognised: FIT.unrecognisedOnly,
      }[where],
      where === 'elsewhere'
        ? `accreditation not recognised in ${q.country}`
        : where === 'unrecognised'
          ? 'no recognised accreditation'
          : undefined,
    );
  }
  return Math.max(0, Math.min(1, sum / count));
}
