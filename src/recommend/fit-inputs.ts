/**
 * The fit side of ranking at catalogue scale: each course's fit inputs precomputed once in typed
 * arrays, a profile's constraints compiled once per query, and an upper bound of a course's fit
 * (exact for the parts it can know) that the best-first search uses without touching courses.
 * @module
 */
import type { Course } from '../model/course.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { CredibilitySummary } from '../model/report.js';
import { denseId } from '../text/dense-ids.js';
import { primary, type Rates, withinLimit } from './constraints.js';
import type { CreditTarget } from './credits.js';
import { FIT } from './defaults.js';

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

const indexer = (values: string[], keys: Map<string, number>) => (value: string) =>
  denseId(values, keys, value);

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
        sum += withinLimit(cost, q.budget, FIT.costSlope);
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
      sum += withinLimit(hours, q.hoursAvailable, FIT.hoursSlope);
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
