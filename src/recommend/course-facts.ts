/**
 * The facts constraints and fit read, per course, precomputed once per catalogue in typed
 * arrays (NaN / -1 when not stated): cost and currency, hours, format, language (stated or read
 * from the course's words), the country it is held in, and its credibility score, grade and
 * critical flags.
 * @module
 */
import type { CredibilitySummary } from '../model/report.js';
import type { CourseIndex } from '../relevance/course-index.js';
import { Interner } from '../structures/interner.js';
import { GRADE_ORDER } from './defaults.js';

/** Each course's facts, by position. */
export interface CourseFacts {
  readonly cost: Float64Array;
  /** Index into `currencies`, -1 without a cost. */
  readonly currency: Int16Array;
  readonly currencies: Interner;
  readonly hours: Float64Array;
  /** Index into `formats`, -1 when not stated. */
  readonly format: Int16Array;
  readonly formats: Interner;
  /** Index into `languages` (primary subtags), -1 when not known. */
  readonly language: Int16Array;
  /** 1 when the language was read from the course's words, not stated. */
  readonly languageGuessed: Uint8Array;
  readonly languages: Interner;
  /** Index into `countries`: where the provider is (where an attended course is held), -1 unknown. */
  readonly country: Int16Array;
  readonly countries: Interner;
  /** Credibility score ÷ 100. */
  readonly credibility: Float64Array;
  /** Grade rank: 0 = A … 4 = E, 5 = U (unrated). */
  readonly grade: Uint8Array;
  /** 1 when the credibility summary has a critical flag. */
  readonly critical: Uint8Array;
  /** The credibility summary of each course (grade and flags, for the trust floor's reasons). */
  readonly reports: readonly (CredibilitySummary | undefined)[];
}

/** Rank of an unrated grade (U). */
export const UNRATED = GRADE_ORDER.length;

/** A grade's rank (0 = A … 4 = E, 5 = U). */
export const gradeRank = (grade: string | undefined): number => {
  const i = GRADE_ORDER.indexOf(grade as (typeof GRADE_ORDER)[number]);
  return i < 0 ? UNRATED : i;
};

/** Precomputes {@link CourseFacts} for an indexed catalogue and its credibility summaries. */
export function courseFacts(
  index: CourseIndex,
  reports: readonly (CredibilitySummary | undefined)[],
): CourseFacts {
  const n = index.courses.length;
  const out: CourseFacts = {
    cost: new Float64Array(n).fill(Number.NaN),
    currency: new Int16Array(n).fill(-1),
    currencies: new Interner(),
    hours: new Float64Array(n).fill(Number.NaN),
    format: new Int16Array(n).fill(-1),
    formats: new Interner(),
    language: new Int16Array(n).fill(-1),
    languageGuessed: new Uint8Array(n),
    languages: new Interner(),
    country: new Int16Array(n).fill(-1),
    countries: new Interner(),
    credibility: new Float64Array(n),
    grade: new Uint8Array(n).fill(UNRATED),
    critical: new Uint8Array(n),
    reports,
  };
  for (let p = 0; p < n; p++) {
    const c = index.courses[p];
    if (!c) continue;
    if (c.cost) {
      out.cost[p] = c.cost.amount;
      out.currency[p] = out.currencies.idOf(c.cost.currency);
    }
    if (c.durationHours !== undefined) out.hours[p] = c.durationHours;
    if (c.format !== undefined) out.format[p] = out.formats.idOf(c.format);
    const language = index.languageOf(p);
    if (language) {
      out.language[p] = out.languages.idOf(language.language);
      out.languageGuessed[p] = language.guessed ? 1 : 0;
    }
    if (c.provider.country) out.country[p] = out.countries.idOf(c.provider.country);
    const report = reports[p];
    out.credibility[p] = (report?.score ?? 0) / 100;
    out.grade[p] = gradeRank(report?.grade);
    out.critical[p] = report?.flags.some((f) => f.severity === 'critical') ? 1 : 0;
  }
  return out;
}
