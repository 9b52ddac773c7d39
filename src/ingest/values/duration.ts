/**
 * Durations as catalogues write them, read as hours of study: `90 mins`, `1.5h`, `1h30`,
 * `1 hour 30 minutes`, `2 days`, `½ day`, `6 weeks, 3 hrs/week`, `4–6 hours`, `PT2H30M`.
 * Interpretations (a day of study is 7.5 hours) are said in the warning; calendar lengths with
 * no hours (`6 weeks`) are not hours of study and are left out with a warning.
 * @module
 */
import { ownTable } from '../../model/sanitize.js';
import { NUMBER_WORDS, parseLooseNumber, round3 } from './numbers.js';
import { ABSENT, isAbsent, MAX_VALUE_CELL, type Reading, read, unreadable } from './reading.js';

/**
 * Hours in a day of study: a UK full-time working week of 37.5 hours (NHS Agenda for Change
 * terms, section 10.1) over five days. docs/formats.md gives the source.
 */
export const HOURS_PER_DAY = 7.5;

/** Units of time, in hours; `day` is {@link HOURS_PER_DAY}. */
const UNIT_HOURS: ReadonlyMap<string, number> = ownTable({
  m: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: HOURS_PER_DAY,
  day: HOURS_PER_DAY,
  days: HOURS_PER_DAY,
});

/** Calendar lengths: not hours of study without hours per week. */
const CALENDAR =
  /^(w|wk|wks|week|weeks|month|months|mo|mos|year|years|yr|yrs|term|terms|semester|semesters)$/;

/** A unit a column's header implies for bare numbers (`Duration (mins)`). */
export type DurationUnit = 'minutes' | 'hours' | 'days';

const HINT_HOURS: Readonly<Record<DurationUnit, number>> = {
  minutes: 1 / 60,
  hours: 1,
  days: HOURS_PER_DAY,
};

/** Cells that say the time is up to the learner. */
const NOT_FIXED =
  /^(self[\s-]?paced|flexible|varies|variable|various|ongoing|tbc|tba|tbd|own pace|at your own pace)$/i;

/** A number written with digits, a fraction sign or a word (`one`, `half`). */
function numberOf(token: string): number | undefined {
  const word = NUMBER_WORDS.get(token.toLowerCase());
  if (word !== undefined) return word;
  return parseLooseNumber(token)?.value;
}

/** ISO 8601 durations (`PT2H30M`, `P2D`), as CTDL and some exports write them. */
function isoDuration(text: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/i.exec(text);
  if (!m || text.length < 3 || /T$/i.test(text)) return undefined;
  return Number(m[1] ?? 0) * HOURS_PER_DAY + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
}

/**
 * Reads a duration cell as hours. `unit` is what the column's header implies for a bare number.
 *
 * @example
 * ```ts
 * readDuration('1h30').value; // 1.5
 * readDuration('2 days').value; // 15 (note: a day of study was read as 7.5 hours)
 * readDuration('6 weeks, 3 hrs/week').value; // 18
 * ```
 */
export function readDuration(cell: string, unit: DurationUnit = 'hours'): Reading<number> {
  let text = cell.trim();
  if (isAbsent(text)) return ABSENT;
  if (text.length > MAX_VALUE_CELL) {
    return unreadable('is too long to be a duration');
  }
  if (NOT_FIXED.test(text)) return unreadable('does not state a length of study');
  const iso = isoDuration(text);
  if (iso !== undefined) return read(round3(iso));
  const notes: string[] = [];
  text = text
    .toLowerCase()
    .replace(/(\d)\s*½/g, '$1.5')
    .replace(/½/g, '0.5')
    .replace(/¼/g, '0.25')
    .replace(/¾/g, '0.75')
    .replace(/\b(approx\.?|approximately|about|around|c\.|circa|~)\s*/g, '')
    .trim();
  if (/^(up to|max\.?|maximum|at least|min\.?|minimum)\s/.test(text)) {
    notes.push('was read as the figure it gives');
    text = text.replace(/^(up to|max\.?|maximum|at least|min\.?|minimum)\s+/, '');
  }
  // `h:mm`.
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) return read(round3(Number(clock[1]) + Number(clock[2]) / 60), notes);
  // `1h30`, `1 h 30`.
  const hm = /^(\d{1,3})\s*h\s*([0-5]?\d)$/.exec(text);
  if (hm) return read(round3(Number(hm[1]) + Number(hm[2]) / 60), notes);
  // A bare number: the column's unit.
  const bare = parseLooseNumber(text);
  if (bare !== undefined) {
    if (bare.value < 0) return unreadable('is negative');
    if (unit === 'days')
      notes.push(
        `was read as ${round3(bare.value * HOURS_PER_DAY)} hours (a day of study is taken as ${HOURS_PER_DAY} hours)`,
      );
    return read(round3(bare.value * HINT_HOURS[unit]), notes);
  }
  // `half day`, `full day`, `whole day`.
  const dayWord = /^(half|full|whole|one|1)[\s-]day$/.exec(text);
  if (dayWord) {
    const hours = dayWord[1] === 'half' ? HOURS_PER_DAY / 2 : HOURS_PER_DAY;
    notes.push(`was read as ${hours} hours (a day of study is taken as ${HOURS_PER_DAY} hours)`);
    return read(hours, notes);
  }
  // `N x M unit`: ten one-hour sessions.
  const times = /^(\d{1,4})\s*[x×*]\s*(.+)$/.exec(text);
  if (times?.[1] !== undefined && times[2] !== undefined) {
    const each = readDuration(times[2], unit);
    if (each.value !== undefined) {
      return read(round3(Number(times[1]) * each.value), [...notes, ...each.notes]);
    }
  }
  // `6 weeks, 3 hrs/week`, `3 hours per week for 6 weeks`, `3h a week x 6`.
  const perWeek =
    /(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours)\s*(?:\/|per|a|each)\s*(?:w|wk|week)\b/.exec(text);
  const weeks = /(\d+(?:[.,]\d+)?)\s*(?:w|wk|wks|week|weeks)\b(?!\s*(?:\/|per))/.exec(
    perWeek ? text.replace(perWeek[0], ' ') : text,
  );
  if (perWeek?.[1] !== undefined) {
    const h = numberOf(perWeek[1]);
    const w = weeks?.[1] === undefined ? undefined : numberOf(weeks[1]);
    if (h !== undefined && w !== undefined) {
      const total = round3(h * w);
      notes.push(`was read as ${w} weeks × ${h} hours = ${total} hours`);
      return read(total, notes);
    }
    return unreadable('gives hours per week but not for how many weeks', notes);
  }
  // Ranges: `4–6 hours`, `2-3 days`.
  const range = /^(\S+)\s*(?:–|—|-|to)\s*(\S+)\s*([a-z]+)\.?$/.exec(text);
  if (range?.[1] !== undefined && range[2] !== undefined && range[3] !== undefined) {
    const per = UNIT_HOURS.get(range[3]);
    const low = numberOf(range[1]);
    const high = numberOf(range[2]);
    if (per !== undefined && low !== undefined && high !== undefined && high >= low) {
      const mid = round3(((low + high) / 2) * per);
      notes.push(
        `was read as the middle of the range, ${mid} hours${per === HOURS_PER_DAY ? ` (a day of study is taken as ${HOURS_PER_DAY} hours)` : ''}`,
      );
      return read(mid, notes);
    }
  }
  // A sum of parts: `1 hour 30 minutes`, `2 days`, `90 mins`, `1.5h`.
  let total = 0;
  let parts = 0;
  let days = false;
  // Parts are split on commas (not a decimal comma: "4,5 h"), "and", "+" and before numbers.
  for (const part of text.split(/\s*(?:,(?!\d)|\band\b|\+)\s*|\s+(?=\d)/)) {
    const m = /^(\S+?)\s*([a-z]+)\.?$/.exec(part.trim());
    if (!m?.[1] || !m[2]) {
      if (part.trim() === '') continue;
      return unreadable('is not a duration', notes);
    }
    const n = numberOf(m[1]);
    const word = m[2];
    if (n === undefined) return unreadable('is not a duration', notes);
    if (CALENDAR.test(word)) {
      return unreadable(
        'is a length of time, not hours of study (give the hours, such as "6 weeks, 3 hrs/week")',
        notes,
      );
    }
    const per = UNIT_HOURS.get(word);
    if (per === undefined) return unreadable('is not a duration', notes);
    if (per === HOURS_PER_DAY) days = true;
    total += n * per;
    parts++;
  }
  if (parts === 0) return unreadable('is not a duration', notes);
  if (days)
    notes.push(
      `was read as ${round3(total)} hours (a day of study is taken as ${HOURS_PER_DAY} hours)`,
    );
  return read(round3(total), notes);
}
