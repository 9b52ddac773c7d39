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

const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;
const round2 = (x: number): number => Math.round(x * 100) / 100;

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
      parts.push(budget.amount === 0 ? 1 : 1 - FIT.costSlope * (cost / budget.amount));
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
      parts.push(hoursAvailable === 0 ? 1 : 1 - FIT.hoursSlope * (hours / hoursAvailable));
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

/**
 * Each course's fit inputs, precomputed once per catalogue in typed arrays (NaN / -1 when not
 * stated), so the ranking can bound fit and check hard constraints without touching course
 * objects.
 */
export interface FitInputs {
  readonly cost: Float64Array;
  /** Index into `currencies`, -1 without a cost. */
  readonly currency: Int16Array;
  readonly currencies: readonly string[];
  readonly hours: Float64Array;
  /** Index into `formats`, -1 when not stated. */
  readonly format: Int16Array;
  readonly formats: readonly string[];
  /** Index into `languages` (primary subtags), -1 when not stated. */
  readonly language: Int16Array;
  readonly languages: readonly string[];
  /** 1 when the credibility report has a critical flag. */
  readonly critical: Uint8Array;
  /** Credibility score ÷ 100. */
  readonly credibility: Float64Array;
}

const indexer = (values: string[], keys: Map<string, number>) => (value: string) => {
  let i = keys.get(value);
  if (i === undefined) {
    i = values.length;
    values.push(value);
    keys.set(value, i);
  }
  return i;
};

/** Precomputes {@link FitInputs} for a catalogue and its reports (by position). */
export function fitInputs(
  courses: readonly Course[],
  reports: readonly (CredibilitySummary | undefined)[],
): FitInputs {
  const n = courses.length;
  const currencies: string[] = [];
  const formats: string[] = [];
  const languages: string[] = [];
  const currencyOf = indexer(currencies, new Map());
  const formatOf = indexer(formats, new Map());
  const languageOf = indexer(languages, new Map());
  // Language tags as written ("en-GB", "EN") → index of their primary language, read once each.
  const tagIndex = new Map<string, number>();
  const out = {
    cost: new Float64Array(n).fill(Number.NaN),
    currency: new Int16Array(n).fill(-1),
    currencies,
    hours: new Float64Array(n).fill(Number.NaN),
    format: new Int16Array(n).fill(-1),
    formats,
    language: new Int16Array(n).fill(-1),
    languages,
    critical: new Uint8Array(n),
    credibility: new Float64Array(n),
  };
  for (let p = 0; p < n; p++) {
    const c = courses[p] as Course;
    if (c.cost) {
      out.cost[p] = c.cost.amount;
      out.currency[p] = currencyOf(c.cost.currency);
    }
    if (c.durationHours !== undefined) out.hours[p] = c.durationHours;
    if (c.format !== undefined) out.format[p] = formatOf(c.format);
    if (c.language) {
      let index = tagIndex.get(c.language);
      if (index === undefined) {
        index = languageOf(primary(c.language));
        tagIndex.set(c.language, index);
      }
      out.language[p] = index;
    }
    const report = reports[p];
    if (report) {
      for (const f of report.flags) if (f.severity === 'critical') out.critical[p] = 1;
      out.credibility[p] = report.score / 100;
    }
  }
  return out;
}

/** A profile's constraints against {@link FitInputs}: built once per query. */
export interface FitQuery {
  readonly inputs: FitInputs;
  readonly excludeCritical: boolean;
  /** Budget amount, NaN without a budget (every field is always present: one object shape). */
  readonly budget: number;
  /** By currency index: 1 for the budget's own currency. */
  readonly sameCurrency: Uint8Array;
  /** By currency index: the user's rate, NaN when not comparable without rates. */
  readonly rateFrom: Float64Array;
  readonly rateInto: number;
  /** Hours available, NaN when not given. */
  readonly hoursAvailable: number;
  /** By format index: 1 acceptable, 0 not; null when any format is fine. */
  readonly formatOk: Uint8Array | null;
  /** By language index: 1 same primary language; null when no language is asked. */
  readonly languageOk: Uint8Array | null;
  /** Fit components whose value depends on resolved claims (taken as 1 in the bound). */
  readonly claimParts: number;
}

/** Prepares a {@link FitQuery} (same rules as {@link judgeFit}). */
export function fitQuery(
  inputs: FitInputs,
  profile: ClinicianProfile,
  options: { excludeCritical: boolean; target?: CreditTarget; rates?: Rates },
): FitQuery {
  const { budget, hoursAvailable, formats, language } = profile;
  const sameCurrency = new Uint8Array(inputs.currencies.length);
  const rateFrom = new Float64Array(inputs.currencies.length).fill(Number.NaN);
  const into = budget ? options.rates?.[budget.currency] : undefined;
  inputs.currencies.forEach((c, i) => {
    if (budget && c === budget.currency) sameCurrency[i] = 1;
    const from = options.rates?.[c];
    if (from && into) rateFrom[i] = from;
  });
  return {
    inputs,
    excludeCritical: options.excludeCritical,
    budget: budget ? budget.amount : Number.NaN,
    sameCurrency,
    rateFrom,
    rateInto: into ?? 0,
    hoursAvailable: hoursAvailable ?? Number.NaN,
    formatOk:
      formats && formats.length > 0
        ? Uint8Array.from(inputs.formats, (f) => (formats.includes(f as never) ? 1 : 0))
        : null,
    languageOk: language
      ? Uint8Array.from(inputs.languages, (l) => (l === primary(language) ? 1 : 0))
      : null,
    claimParts: (options.target ? 1 : 0) + 1,
  };
}

/**
 * An upper bound of {@link judgeFit}'s fit for the course at a position (claim-dependent parts
 * taken as 1), or -1 when a hard constraint excludes it — exactly when `judgeFit` would.
 */
export function fitBound(q: FitQuery, p: number): number {
  const inputs = q.inputs;
  if (q.excludeCritical && inputs.critical[p] === 1) return -1;
  let sum = 0;
  let count = 0;
  if (!Number.isNaN(q.budget)) {
    const amount = inputs.cost[p] as number;
    if (Number.isNaN(amount)) {
      sum += FIT.unknown;
      count++;
    } else {
      const c = inputs.currency[p] as number;
      const from = q.rateFrom[c] as number;
      const cost =
        amount === 0 || q.sameCurrency[c] === 1
          ? amount
          : Number.isNaN(from)
            ? undefined
            : (amount * from) / q.rateInto;
      if (cost === undefined) {
        sum += FIT.costNotComparable;
        count++;
      } else if (cost > q.budget) return -1;
      else {
        sum += q.budget === 0 ? 1 : 1 - FIT.costSlope * (cost / q.budget);
        count++;
      }
    }
  }
  if (!Number.isNaN(q.hoursAvailable)) {
    const hours = inputs.hours[p] as number;
    if (Number.isNaN(hours)) {
      sum += FIT.unknown;
      count++;
    } else if (hours > q.hoursAvailable) return -1;
    else {
      sum += q.hoursAvailable === 0 ? 1 : 1 - FIT.hoursSlope * (hours / q.hoursAvailable);
      count++;
    }
  }
  if (q.formatOk) {
    const f = inputs.format[p] as number;
    if (f < 0) {
      sum += FIT.unknown;
      count++;
    } else if (q.formatOk[f] === 0) return -1;
    else {
      sum += 1;
      count++;
    }
  }
  if (q.languageOk) {
    const l = inputs.language[p] as number;
    if (l >= 0 && q.languageOk[l] === 0) return -1;
  }
  for (let i = 0; i < q.claimParts; i++) {
    sum += 1;
    count++;
  }
  return Math.max(0, Math.min(1, sum / count));
}
