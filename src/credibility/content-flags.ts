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

/** Flags from the offering's own claims and text. */
export function contentFlags(
  context: EvaluationContext,
  course: Course,
  claims: readonly ResolvedClaim[],
  provider: Identity,
): Flag[] {
  const flags: Flag[] = [];
  const minHours = context.policy.thresholds.qualificationWordMinHours;
  const titled = ANY_TITLE_WORD.test(course.title);
  const word = titled ? QUALIFICATION_WORDS.exec(course.title)?.[1] : undefined;
  if (
    word !== undefined &&
    course.durationHours !== undefined &&
    course.durationHours < minHours &&
    !course.academicCredit
  ) {
    flags.push(
      flag(
        'qualification-word-on-short-course',
        'warning',
        `The title uses "${word}" for ${course.durationHours} hours of learning; qualifications such as diplomas and degrees take far longer (NZQA bars such words on micro-credentials).`,
      ),
    );
  }
  const claimsCertification =
    (titled && CERTIFIED.test(course.title)) ||
    course.credential?.type === 'micro-credential' ||
    course.credential?.type === 'certificate';
  if (claimsCertification && course.assessment?.type === 'none') {
    flags.push(
      flag(
        'certified-without-assessment',
        'warning',
        'It awards a certificate or certification, but nothing is assessed.',
      ),
    );
  }
  const recognised = claims.some(
    (c) => c.status === 'recognised' && c.accreditor?.kind !== 'generic-cpd-accreditor',
  );
  if (provider.type === 'industry' && !recognised) {
    flags.push(
      flag(
        'industry-without-independent-accreditation',
        'warning',
        'The provider makes or sells health products and no recognised healthcare accreditor has reviewed this offering for independence from commercial interest.',
      ),
    );
  }
  if (
    claims.length === 0 &&
    ((titled && ACCREDITED_TEXT.test(course.title)) ||
      ACCREDITED_TEXT.test((course.description ?? '').slice(0, 5_000)))
  ) {
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
