/**
 * Red flags read from what an offering says about itself: qualification words on short
 * courses (NZQA rule, DOMAIN.md §1.3), "certified" with no assessment, accreditation asserted in
 * free text without a body, and industry provision without independent accreditation.
 * @module
 */
import type { Course } from '../model/course.js';
import type { Flag } from '../model/report.js';
import type { ResolvedClaim } from './claims.js';
import type { EvaluationContext } from './context.js';
import { flag } from './flags.js';
import type { Identity } from './identity.js';

const QUALIFICATION_WORDS =
  /\b(diploma|degree|bachelor'?s?|master'?s?|master certificate|mba|msc|ma|phd|doctorate|board[- ]certified|board certification|fellowship)\b/i;
const CERTIFIED = /\b(certified|certification|certificate)\b/i;
/** Free-text claims of accreditation (checked only when no accrediting body is named). */
export const ACCREDITED_TEXT =
  /\b(accredited|accreditation|cpd[- ]certified|cme[- ]approved|ce[- ]approved)\b/i;
/**
 * Any word the three patterns above look for, in one pass: most titles contain none, and then
 * one scan replaces three.
 */
const ANY_TITLE_WORD = new RegExp(
  `${QUALIFICATION_WORDS.source}|${CERTIFIED.source}|${ACCREDITED_TEXT.source}`,
  'i',
);

/** Content rules, one bit each (see {@link contentFlagBits}). */
const QUALIFICATION_WORD = 1;
const CERTIFIED_WITHOUT_ASSESSMENT = 2;
const INDUSTRY_WITHOUT_ACCREDITATION = 4;
const UNSUBSTANTIATED_CLAIM = 8;

/** The qualification word in a title, if any. */
const qualificationWord = (title: string): string | undefined =>
  QUALIFICATION_WORDS.exec(title)?.[1];

/**
 * Which content rules an offering breaks, one bit each: reading the text and claims is the only
 * per-offering work; the flags themselves are built once per combination ({@link contentFlagKey},
 * {@link contentFlagsFor}).
 *
 * @example
 * ```ts
 * const diploma = { ...course, title: 'Diploma in wound care', durationHours: 3 };
 * const bits = contentFlagBits(context, diploma, [], identity);
 * contentFlagsFor(diploma, bits).map((f) => f.code); // ['qualification-word-on-short-course']
 * ```
 */
export function contentFlagBits(
  context: EvaluationContext,
  course: Course,
  claims: readonly ResolvedClaim[],
  provider: Identity,
): number {
  let bits = 0;
  const titled = ANY_TITLE_WORD.test(course.title);
  if (
    titled &&
    course.durationHours !== undefined &&
    course.durationHours < context.policy.thresholds.qualificationWordMinHours &&
    !course.academicCredit &&
    qualificationWord(course.title) !== undefined
  ) {
    bits |= QUALIFICATION_WORD;
  }
  const claimsCertification =
    (titled && CERTIFIED.test(course.title)) ||
    course.credential?.type === 'micro-credential' ||
    course.credential?.type === 'certificate';
  if (claimsCertification && course.assessment?.type === 'none') {
    bits |= CERTIFIED_WITHOUT_ASSESSMENT;
  }
  if (provider.type === 'industry') {
    let recognised = false;
    for (let i = 0; i < claims.length && !recognised; i++) {
      const c = claims[i] as ResolvedClaim;
      recognised = c.status === 'recognised' && c.accreditor?.kind !== 'generic-cpd-accreditor';
    }
    if (!recognised) bits |= INDUSTRY_WITHOUT_ACCREDITATION;
  }
  if (
    claims.length === 0 &&
    ((titled && ACCREDITED_TEXT.test(course.title)) ||
      ACCREDITED_TEXT.test((course.description ?? '').slice(0, 5_000)))
  ) {
    bits |= UNSUBSTANTIATED_CLAIM;
  }
  return bits;
}

/**
 * What decides the flags of {@link contentFlagBits}' answer: the bits alone, or, when the
 * qualification-word flag is raised, the bits with the word and hours its message quotes.
 *
 * @example
 * ```ts
 * contentFlagKey(course, 2); // 2
 * contentFlagKey({ ...course, title: 'Diploma in wound care', durationHours: 3 }, 1); // '1\u0001Diploma\u00013'
 * ```
 */
export function contentFlagKey(course: Course, bits: number): number | string {
  return (bits & QUALIFICATION_WORD) === 0
    ? bits
    : `${bits}\u0001${qualificationWord(course.title)}\u0001${course.durationHours}`;
}

/** The flags of the content rules in `bits` for this offering (see {@link contentFlagBits}). */
export function contentFlagsFor(course: Course, bits: number): Flag[] {
  const flags: Flag[] = [];
  if ((bits & QUALIFICATION_WORD) !== 0) {
    flags.push(
      flag(
        'qualification-word-on-short-course',
        'warning',
        `The title uses "${qualificationWord(course.title)}" for ${course.durationHours} hours of learning; qualifications such as diplomas and degrees take far longer (NZQA bars such words on micro-credentials).`,
      ),
    );
  }
  if ((bits & CERTIFIED_WITHOUT_ASSESSMENT) !== 0) {
    flags.push(
      flag(
        'certified-without-assessment',
        'warning',
        'It awards a certificate or certification, but nothing is assessed.',
      ),
    );
  }
  if ((bits & INDUSTRY_WITHOUT_ACCREDITATION) !== 0) {
    flags.push(
      flag(
        'industry-without-independent-accreditation',
        'warning',
        'The provider makes or sells health products and no recognised healthcare accreditor has reviewed this offering for independence from commercial interest.',
      ),
    );
  }
  if ((bits & UNSUBSTANTIATED_CLAIM) !== 0) {
    flags.push(
      flag(
        'unsubstantiated-accreditation-claim',
        'warning',
        'It describes itself as accredited or certified but names no accrediting body, so the claim cannot be checked.',
      ),
    );
  }
  return flags;
}
