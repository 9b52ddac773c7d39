/**
 * The most hours an offering can last by its title's own words, where a catalogue gives no
 * duration: days ("in 2 Days", "3-Day Course", "One-Day Online Course", "Weekend Course") or
 * hours ("Online, 8 Hours"). An upper bound only, read for a qualification word on a short
 * course ("Become Board Certified in Cosmetic Laser Medicine in 2 Days": blind mills round 35).
 * For credit, where `stated-duration.ts` reads a length in hours narrowly, only the days bound is
 * read ({@link daysAtMost}): "Revalidation in a Weekend: 50 External CPD Credits (2-Day
 * Intensive)" lasts at most 24 hours (blind mills round 39).
 * @module
 */
import { statedDuration } from './stated-duration.js';

/**
 * Hours a day of teaching holds at most: a long course day with its breaks. Three such days (36)
 * are still short of the 40 hours a qualification word asks (`qualificationWordMinHours`).
 */
const HOURS_PER_DAY_MAX = 12;

/** Small numbers of days as titles write them. */
const DAY_COUNTS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, a: 1 };

/** "2 Days", "3-Day", "One-Day", "in a day": a number of days up to three. */
const DAYS = /\b(?:in\s+)?([123]|one|two|three|a)[\s-]days?\b(?!\s+(?:a|per|each|every)\b)/i;
/** A weekend: two days. */
const WEEKEND = /\b(?:in\s+a\s+|one\s+)?weekend\b/i;
/** "8 Hours" standing at the end of a title or before a comma or dash. */
const HOURS_AT_END = /\b(\d{1,2})\s*(?:hours?|hrs?)\s*(?:$|[,–—|])/i;

/**
 * The most hours the title says the offering lasts, or `undefined` when it says nothing of it.
 *
 * @example
 * ```ts
 * lengthAtMost('Become Board Certified in Cosmetic Laser Medicine in 2 Days'); // 24
 * lengthAtMost('Board Certified Wound Care Physician — Weekend Course & Exam'); // 24
 * lengthAtMost('Board Certification in Hormone Optimization — Online, 8 Hours'); // 8
 * lengthAtMost('Diploma in Tropical Medicine'); // undefined
 * ```
 */
export function lengthAtMost(title: string): number | undefined {
  const hours = statedDuration(title, undefined)?.hours ?? numberOf(HOURS_AT_END.exec(title)?.[1]);
  if (hours !== undefined) return hours;
  return daysAtMost(title)?.hours;
}

/** The most hours a title's days allow, and the words that say them. */
export interface DaysBound {
  readonly hours: number;
  /** The words the days were read from ("2-Day", "Weekend"). */
  readonly phrase: string;
  /** The hours a day is counted at, at most. */
  readonly hoursPerDay: number;
}

/**
 * The most hours the days a title states allow ("2-Day Intensive", "in a Weekend"), or
 * `undefined` when it states no days.
 *
 * @example
 * ```ts
 * daysAtMost('Revalidation in a Weekend: 50 External CPD Credits')?.hours; // 24
 * daysAtMost('Sepsis update')?.hours; // undefined
 * ```
 */
export function daysAtMost(title: string): DaysBound | undefined {
  const days = DAYS.exec(title);
  if (days?.[1] !== undefined) {
    const count = DAY_COUNTS[days[1].toLowerCase()] ?? Number(days[1]);
    return {
      hours: count * HOURS_PER_DAY_MAX,
      phrase: days[0].trim(),
      hoursPerDay: HOURS_PER_DAY_MAX,
    };
  }
  const weekend = WEEKEND.exec(title);
  return weekend
    ? { hours: 2 * HOURS_PER_DAY_MAX, phrase: weekend[0].trim(), hoursPerDay: HOURS_PER_DAY_MAX }
    : undefined;
}

const numberOf = (digits: string | undefined): number | undefined =>
  digits === undefined ? undefined : Number(digits);
