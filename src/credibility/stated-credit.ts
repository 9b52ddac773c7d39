/**
 * Credit an offering's title claims in its own words, where no claim of the catalogue states an
 * amount, checked against the length its words or the catalogue give: "Revalidation in a Day: 35
 * CPD hours", "Get All 20 Credits for Licence Renewal in One Webinar" with "2-hour Zoom" in its
 * description, "Complete 75-Hour Enhanced CPD Cycle in One Day" (blind mills rounds 41 to 85:
 * scraped rows whose only credit is in their title). The issue's own example, "8 credits for a
 * 2-hour video", is as implausible in a title as in a claim.
 *
 * The reading is deliberately narrow, because a requirement read as a claim would accuse the
 * offering:
 * - a number, then up to three words of a credit's name (CPD, CME, CE, PD, an acronym,
 *   "verifiable", "external" …), then a unit of credit: hours, contact hours, credits or CEUs;
 *   hours count only with a credit's word before them ("35 CPD hours"; "35 hours" may be a length);
 * - or a number of hours joined to a credit's word ("75-Hour Enhanced CPD Cycle", "20-Hour
 *   Nursing CPD Certificate"), unless a word naming the activity follows, which makes it a length
 *   ("40-hour CPD course"); a certificate records credit, not a length;
 * - not after "up to", "of the", "all of", "toward(s)", "out of", "need" or "require(s)", nor
 *   after a word that makes the number part of a credit's name ("Category 1"), nor before
 *   "requirement", "required", "needed", "you need", "per", "a year", "each", "every" or
 *   "annually": those state what a scheme asks, or a range;
 * - points are left out: each scheme sets what a point is worth (`credit-hours.ts`).
 * @module
 */
import { type AcademicCreditUnit, CREDIT_UNIT_NAMES, type CreditUnit } from '../model/enums.js';
import type { Flag } from '../model/report.js';
import type { EvaluationContext } from './context.js';
import {
  checkCredit,
  MIN_MINUTES_PER_UNIT,
  MOST_GENEROUS_MINUTES_PER_UNIT,
} from './credit-hours.js';
import { creditLength, creditPlausibility } from './factors/accreditation-credit.js';
import type { Offering } from './factors/types.js';
import { ACTIVITY, CERTIFICATE, CREDIT_UNITS } from './stated-duration.js';

/** Credit a title states. */
export interface StatedCredit {
  readonly credits: number;
  readonly unit: Exclude<CreditUnit, 'points' | AcademicCreditUnit>;
  /** The words it was read from ("35 CPD hours"). */
  readonly phrase: string;
}

/** Words of a credit's name, besides acronyms ("NMC", "AMA"). */
const CREDIT_WORDS = new Set(
  'cpd cme ce cne pd ceu verifiable enhanced external participatory accredited approved continuing education medical nursing professional development'.split(
    ' ',
  ),
);
/** An acronym: two to eight capitals or digits, starting with a capital. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
/** A credit's own word (not an acronym): with one, hours are credit, not a length. */
const SCHEME_WORDS = new Set('cpd cme ce cne pd ceu verifiable enhanced participatory'.split(' '));

/** A number, up to three words, a unit of credit (the words are checked apart). */
const AMOUNT_THEN_UNIT = new RegExp(
  `(?<![\\w.,/-])(\\d{1,3}(?:\\.\\d{1,2})?)\\s+((?:[\\p{L}\\d&-]+\\s+){0,3}?)(${CREDIT_UNITS})\\b`,
  'giu',
);

/** A number of hours joined to a credit's word ("75-Hour Enhanced CPD Cycle"), and what follows. */
const HOURS_OF_CREDIT =
  /(?<![\w.,/-])(\d{1,3})[\s-]hours?\s+((?:[\p{L}-]+\s+)?(?:cpd|cme|ce|pd)\b)((?:\s+[\p{L}-]+){0,2})/giu;

/** Words before the amount that make it a scheme's requirement or a range. */
const REQUIREMENT_BEFORE = /\b(?:up\s+to|of\s+the|towards?|out\s+of|need|requires?|all\s+of)\s*$/i;
/** Words before a number that make it part of a credit's name ("AMA PRA Category 1 Credits"). */
const NAME_NUMBER_BEFORE =
  /\b(?:category|cat\.?|section|level|group|part|class|tier|phase|grade)\s*$/i;
/** Words after the unit that make it a scheme's requirement or a rate. */
const REQUIREMENT_AFTER =
  /^\s*(?:requirements?|required|needed|you\s+need|per\b|a\s+year|each|every|annually|yearly)/i;

/** The words between amount and unit, if each is a credit's word or an acronym, and whether one is a scheme's. */
function creditWords(words: string): { scheme: boolean } | undefined {
  let scheme = false;
  for (const word of words.split(/[\s-]+/)) {
    if (word === '') continue;
    const lower = word.toLowerCase();
    if (ACRONYM.test(word) || SCHEME_WORDS.has(lower)) scheme = true;
    else if (!CREDIT_WORDS.has(lower)) return undefined;
  }
  return { scheme };
}

/** The unit a title's word names. */
function unitOf(word: string): StatedCredit['unit'] {
  const w = word.toLowerCase();
  if (w.startsWith('contact')) return 'contact-hours';
  if (w.startsWith('ceu')) return 'ceu';
  if (w.startsWith('credit')) return 'credits';
  return 'hours';
}

/**
 * The credit a title claims, or `undefined` when it states none, or none unambiguously (two
 * different amounts).
 *
 * @example
 * ```ts
 * statedCredit('Revalidation in a Day: 35 CPD hours + RCN accreditation')?.credits; // 35
 * statedCredit('Get All 20 Credits for Licence Renewal in One Webinar')?.unit; // 'credits'
 * statedCredit('Complete 75-Hour Enhanced CPD Cycle in One Day')?.credits; // 75
 * statedCredit('Meet your 24 contact hours requirement'); // undefined
 * statedCredit('40-hour CPD course in wound care'); // undefined
 * ```
 */
export function statedCredit(title: string): StatedCredit | undefined {
  const found: StatedCredit[] = [];
  for (const m of title.matchAll(AMOUNT_THEN_UNIT)) {
    const [whole, amount, words, unitWord] = m as unknown as [string, string, string, string];
    const unit = unitOf(unitWord);
    const named = creditWords(words);
    if (
      named === undefined ||
      (unit !== 'credits' && unit !== 'ceu' && unit !== 'contact-hours' && !named.scheme)
    )
      continue;
    const before = title.slice(0, m.index);
    if (REQUIREMENT_BEFORE.test(before) || NAME_NUMBER_BEFORE.test(before)) continue;
    if (REQUIREMENT_AFTER.test(title.slice(m.index + whole.length))) continue;
    found.push({ credits: Number(amount), unit, phrase: whole });
  }
  for (const m of title.matchAll(HOURS_OF_CREDIT)) {
    const [whole, amount, , after] = m as unknown as [string, string, string, string];
    if (
      after.split(/\s+/).some((w) => ACTIVITY.test(w) && !CERTIFICATE.test(w)) ||
      REQUIREMENT_BEFORE.test(title.slice(0, m.index))
    )
      continue;
    found.push({
      credits: Number(amount),
      unit: 'hours',
      phrase: whole.slice(0, whole.length - after.length),
    });
  }
  const [first] = found;
  if (first === undefined || found.some((f) => f.credits !== first.credits)) return undefined;
  return first.credits > 0 ? first : undefined;
}

/**
 * The credit checks on credit the title claims beyond the length the catalogue or the offering's
 * words give, where no claim of the catalogue states an amount (the factor checks those): the
 * implausible-credit flag of a claim's credit, its credit named as the title's words.
 */
export function statedCreditFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, claims } = offering;
  if (claims.some((c) => c.claim.credits !== undefined)) return [];
  const credit = statedCredit(course.title);
  if (credit === undefined) return [];
  const length = creditLength(course);
  const { credits, unit, phrase } = credit;
  const hours = (credits * (MIN_MINUTES_PER_UNIT[unit] as number)) / 60;
  const generous = MOST_GENEROUS_MINUTES_PER_UNIT[unit];
  const claim = {
    body: '',
    credits,
    creditType: `${CREDIT_UNIT_NAMES[unit]} (as its title says: "${phrase}")`,
  };
  const check = checkCredit(
    { durationHours: length.durationHours, format: course.format },
    hours,
    claim,
    undefined,
    context.policy,
    generous === undefined ? undefined : (credits * generous) / 60,
  );
  const flags: Flag[] = [];
  creditPlausibility(
    context,
    { ...length, optionalParts: undefined },
    { claim, hours, credit: undefined, academicUnit: undefined, accreditor: undefined },
    check,
    flags,
  );
  return flags;
}
