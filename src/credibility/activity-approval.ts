/**
 * A course said to be approved by an accreditor that approves no courses: the ACCME, ADA CERP and
 * IACET accredit or recognise providers and state that they approve none of their courses or
 * activities (`approvesNoActivities` in `data/accreditors.json`), so "ADA CERP approved course",
 * "ACCME-accredited activity" or a "course approval #" in a claim naming one of them says what
 * the body says it never does (blind mills rounds 4 to 88: 29 such claims among the corpus's
 * mills, none among its legitimate offerings). Only the claim's own words are read — its body,
 * credit type and reference — as they speak for that body; a provider's accreditation
 * ("ACCME-accredited provider") is what the body does grant.
 * @module
 */
import type { AccreditationClaim } from '../model/course.js';
import type { Accreditor } from '../reference/schemas.js';

/**
 * Words that say a course or activity itself was approved ("approved course", "course
 * approval"), not its provider ("approved course provider").
 */
const ACTIVITY_APPROVED =
  /\b(?:(?:approved|accredited|certified|endorsed)[\s-]+(?:course|activity|class|webinar|module|lecture|workshop|seminar)s?|(?:course|activity)\s+approval)\b(?![\s-]+providers?\b)/i;

/**
 * The words of the claim that say `accreditor` approved the course itself, when the accreditor
 * states it approves no courses; otherwise `undefined`.
 *
 * @example
 * ```ts
 * activityApprovalClaimed(adaCerp, { body: 'ADA CERP', creditType: 'ADA CERP approved course' });
 * // 'approved course'
 * activityApprovalClaimed(adaCerp, { body: 'ADA CERP', creditType: 'ADA CERP credit' }); // undefined
 * ```
 */
export function activityApprovalClaimed(
  accreditor: Accreditor,
  claim: Pick<AccreditationClaim, 'body' | 'creditType' | 'reference'>,
): string | undefined {
  if (accreditor.approvesNoActivities === undefined) return undefined;
  const words = [claim.body, claim.creditType ?? '', claim.reference ?? ''].join('\n');
  return ACTIVITY_APPROVED.exec(words)?.[0];
}
