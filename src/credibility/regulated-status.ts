/**
 * What regulators grant, said of where an offering leads: an endorsement ("scheduled medicines
 * endorsement for registered optometrists", the Optometry Board of Australia's approved programme
 * of study), prescribing rights, return to practice, registration. A regulator named beside such
 * an offering approved an education programme, which regulators do, not a CPD course.
 * @module
 */
const REGULATED_STATUS =
  /\b(?:endorsements?|scheduled\s+medicines|(?:independent|non-medical|supplementary)\s+prescrib\w*|prescribing\s+(?:rights|qualification)|programmes?\s+of\s+study|return\s+to\s+practi[cs]e|eligib\w*\s+(?:for|to\s+apply\s+for)\s+registration)\b/i;

/**
 * Whether an offering's words say it leads to what regulators grant.
 *
 * @example
 * ```ts
 * leadsToRegulatedStatus('Independent Prescribing programme for pharmacists'); // true
 * leadsToRegulatedStatus('Wound care update'); // false
 * ```
 */
export const leadsToRegulatedStatus = (text: string): boolean => REGULATED_STATUS.test(text);
