/**
 * An offering's length as its own words state it, when the catalogue has no duration field:
 * "3-Hour Emergency Airway Update", "Two-hour live webinar with Q&A", "a 90-minute session".
 * Scraped rows often carry the length only there, and a claim of 25 credits for a "3-Hour" update
 * is as implausible as one beside a duration column.
 *
 * The reading is deliberately narrow, because a length read too short would accuse the offering:
 * - a number (digits or a word up to twelve) joined to an hour or minute unit, followed within
 *   two words by a word naming the activity itself (webinar, course, session, update …), or in
 *   brackets right after such a word ("Evening Webinar (2 hours)"), or alone in brackets as an
 *   estimate ("(approx. 3 hrs total)", "(about 45 minutes)"), or right after credit and "in"
 *   ("All 24 Contact Hours in 90 Minutes");
 * - not when a clinical time measure follows the unit instead ("1-hour sepsis bundle", "24-hour
 *   urine", "2-hour glucose test": {@link CLINICAL_TIME_WORDS});
 * - not when the text speaks of several parts ("six 1-hour sessions", "1 hour each", "per week",
 *   "modules", "days") or of another part ("prerequisite", "pre-course", "followed by", "plus"):
 *   the length of one part is not the offering's;
 * - not when two different lengths are stated.
 * @module
 */

/** Small numbers as titles write them ("Two-hour webinar"): one to twelve, in order. */
const NUMBER_WORDS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');

/** Words that name the activity whose length is stated (each also with a plural "s"). */
export const ACTIVITY =
  /^(?:webinar|course|workshop|session|module|programme|program|lecture|seminar|masterclass|class|training|update|activity|activities|event|e-?learning|video|talk|tutorial|presentation|symposium|meeting|refresher|review|bootcamp|intensive|certificate|introduction|overview|live|online|interactive|recorded|on-?demand|virtual|self-?paced|lunch|podcast|zoom)s?$/i;

/**
 * Clinical measures of time that name what a course is about, not how long it lasts: the sepsis
 * "hour-1 bundle", 24-hour urine collections and ambulatory monitoring, timed glucose tests, the
 * stroke thrombolysis window, fasting rules, the four-hour emergency access standard.
 */
const CLINICAL_TIME_WORDS =
  /^(?:rule|bundle|window|fast|fasting|urine|urinary|monitoring|holter|ecg|ekg|blood|ambulatory|glucose|test|challenge|recall|observation|target|standard|access|wait|shift|cover|call|on-call|care|period|post|pp|plasma|level|infusion|interval|mark)s?$/i;

/** A number joined to a unit of time, and up to three words after it. */
const LENGTH = new RegExp(
  `(?<![\\w.,/×x-])(\\d{1,2}(?:\\.\\d{1,2})?|${NUMBER_WORDS.join('|')})(?:\\s|-)?(hours?|hrs?|minutes?|mins?)\\b((?:[\\s-]+[\\p{L}&-]+){0,3})`,
  'giu',
);

/** A unit of time, where a length may be stated. */
const UNIT_OF_TIME = /(?:hours?|hrs?|minutes?|mins?)\b/i;

/**
 * Words that say the stated length is one part's, not the whole offering's: several parts, or
 * another part before or beside it ("Online prerequisite education, followed by four-hour
 * instructor-led workshop": AWHONN's 5.75 contact hours cover both, blind round 91).
 */
const SEVERAL_PARTS =
  /\b(?:each|per|a\s+week|a\s+day|weekly|daily|series|modules|sessions|parts|days|weeks|months|x|×|prerequisites?|pre-?(?:course|work|reading)|followed\s+by|plus)\b|\d\s*[x×]\s*\d/i;

/** An offering's length as its words state it. */
export interface StatedDuration {
  readonly hours: number;
  /** The words it was read from ("3-Hour"). */
  readonly phrase: string;
}

/** The hours a number and unit stand for. */
function hoursOf(amount: string, unit: string): number {
  const word = NUMBER_WORDS.indexOf(amount.toLowerCase());
  const n = word < 0 ? Number(amount) : word + 1;
  return /^h/i.test(unit) ? n : n / 60;
}

/**
 * Whether the words after a length name the activity it measures (within two words), with no
 * clinical measure of time before it. A test named right before a word naming the activity is its
 * subject, not a measure ("90-minute ECG Refresher", blind mills round 79; "24-hour ECG
 * interpretation course" still measures the ECG).
 */
function measuresTheActivity(after: string): boolean {
  const words = after.split(/[\s-]+/).filter((w) => w !== '');
  for (const [i, word] of words.entries()) {
    // A certificate after a credit's word records credit ("20-Hour Nursing CPD Certificate",
    // blind mills round 101), not the length of what it certifies.
    if (CERTIFICATE.test(word) && words.slice(0, i).some((w) => CREDIT_WORD.test(w))) return false;
    if (ACTIVITY.test(word)) return true;
    if (!CLINICAL_TIME_WORDS.test(word)) continue;
    if (!(CLINICAL_SUBJECTS.test(word) && ACTIVITY.test(words[i + 1] ?? ''))) return false;
  }
  return false;
}

/** A certificate, and the words that name credit before it. */
export const CERTIFICATE = /^certificates?$/i;
const CREDIT_WORD = /^(?:cpd|cme|ce|cne|pd|ceus?)$/i;

/** Clinical measures that may also be a course's subject (an ECG refresher). */
const CLINICAL_SUBJECTS = /^(?:ecg|ekg)s?$/i;

/** A word naming the activity, then an opening bracket, just before a length ("Webinar (2 hours)"). */
const ACTIVITY_THEN_BRACKET = /([\p{L}-]+)\s*\($/u;

/**
 * Whether the length from `start` to `end` stands first in brackets right after a word naming the
 * activity, alone or before a comma: "Menopause Management Evening Webinar (2 hours)" (blind mills
 * round 29) and "Saturday Cardiology Workshop (3 hours, Zoom)" (round 133) give the activity's
 * length as "3-Hour Update" does; "Sepsis update (1 hour bundle)" does not.
 */
function bracketedAfterActivity(text: string, start: number, end: number): boolean {
  const before = ACTIVITY_THEN_BRACKET.exec(text.slice(Math.max(0, start - 40), start));
  return (
    before !== null &&
    ACTIVITY.test(before[1] as string) &&
    /^\s*(?:[,;][^()]*)?\)/.test(text.slice(end))
  );
}

/**
 * Whether the length from `start` to `end` is given alone in brackets as about so long: "30
 * Contact Hours (approx. 3 hrs total)", "20 NMBA Hours (about 45 minutes)" (blind mills rounds 102
 * and 105): an estimate of the whole, as a title puts it beside the credit it claims.
 */
function approximateInBrackets(text: string, start: number, end: number): boolean {
  return (
    /\((?:about|approx(?:\.|imately)?|ca\.|~)\s*$/i.test(
      text.slice(Math.max(0, start - 16), start),
    ) && /^(?:\s+total)?\s*\)/i.test(text.slice(end))
  );
}

/** The units of credit titles state amounts in (`stated-credit.ts` reads the amounts). */
export const CREDIT_UNITS = 'contact\\s+hours?|hours?|hrs|credits?|ceus?';

/** A unit of credit and "in" right before a length (see {@link creditEarnedIn}). */
const CREDIT_THEN_IN = new RegExp(
  `\\b(?:${CREDIT_UNITS}|points)\\s+in\\s+(?:just\\s+|only\\s+|under\\s+)?$`,
  'i',
);

/**
 * Whether the length at `start` is the time the words say the credit before it takes to earn:
 * "All 24 Contact Hours in 90 Minutes", "15 ACPE Hours in 40 Minutes" (blind mills rounds 38, 104
 * and 112; no legitimate offering of the corpus writes it).
 */
function creditEarnedIn(text: string, start: number): boolean {
  return CREDIT_THEN_IN.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The offering's length as its title or description states it, or `undefined` when the words
 * state none, or none unambiguously (see the module's rules).
 *
 * @example
 * ```ts
 * statedDuration('3-Hour Emergency Airway Update - 25 CME Credits', undefined)?.hours; // 3
 * statedDuration('Two-hour live webinar with Q&A.', undefined)?.hours; // 2
 * statedDuration('Menopause Evening Webinar (2 hours)', undefined)?.hours; // 2
 * statedDuration('The 1-Hour Sepsis Bundle: a workshop', undefined); // undefined
 * statedDuration('Six 1-hour sessions', undefined); // undefined
 * ```
 */
export function statedDuration(
  title: string,
  description: string | undefined,
): StatedDuration | undefined {
  let found: StatedDuration | undefined;
  for (const text of [title, description ?? '']) {
    // Most descriptions name no unit of time: one quick scan spares them the full pattern.
    if (!UNIT_OF_TIME.test(text) || SEVERAL_PARTS.test(text)) continue;
    for (const m of text.matchAll(LENGTH)) {
      const [whole, amount, unit, after] = m as unknown as [string, string, string, string];
      const unitEnd = m.index + whole.length - after.length;
      if (
        !measuresTheActivity(after) &&
        !bracketedAfterActivity(text, m.index, unitEnd) &&
        !approximateInBrackets(text, m.index, unitEnd) &&
        !creditEarnedIn(text, m.index)
      ) {
        continue;
      }
      const hours = hoursOf(amount, unit);
      if (!(hours > 0)) continue;
      if (found !== undefined && found.hours !== hours) return undefined;
      found ??= { hours, phrase: whole.slice(0, whole.length - after.length) };
    }
  }
  return found;
}
