/**
 * What regulators grant, said of where an offering leads: an endorsement ("scheduled medicines
 * endorsement for registered optometrists", the Optometry Board of Australia's approved programme
 * of study), prescribing rights or an annotation, return to (professional) practice or re-entry,
 * registration ("a qualification leading to registration as a pharmacist", a pre-registration
 * programme), a board's approval as a supervisor (the Psychology Board of Australia's "Board
 * Approved Supervisor" status, for which it approves the training), the authority to immunise
 * (the Ontario College of Pharmacists, which accredits no CE, approves pharmacists' injection and
 * immunization certificate programmes: blind round 32; "Immunizations and Injections Certificate
 * Program", round 155), and New Zealand nursing's competence
 * assessment programmes, nurse prescribing and employers' professional development and recognition
 * programmes (PDRPs), which the Nursing Council approves; the College of Nurses of Ontario's RN
 * prescribing education programmes ("authorized to prescribe": blind round 32); and a programme of
 * a year or more ("a two-year postgraduate training programme", the New Zealand Society of
 * Cosmetic Medicine's diploma, which the Medical Council of New Zealand recognises: blind round
 * 158), an education programme as regulators approve them. A regulator named beside such an
 * offering approved an education programme, which regulators do, not a CPD course.
 * @module
 */
const REGULATED_STATUS =
  /\b(?:endorsements?|annotations?|scheduled\s+medicines|(?:independent|non-medical|supplementary)\s+prescrib\w*|prescribing\s+(?:rights|qualification|education|programmes?|programs?)|(?:rn|registered\s+nurse)\s*[-–]?\s*prescribing|authori[sz]ed\s+to\s+prescribe|programmes?\s+of\s+study|return(?:ing)?\s+to\s+(?:professional\s+)?practi[cs]e|re-?entry|pre-?registration|lead(?:s|ing)?\s+to\s+registration|(?:board[\s-]+)?approved\s+supervisors?|eligib\w*\s+(?:for|to\s+apply\s+for)\s+registration|(?:injections?\s+and\s+)?immuni[sz]ations?(?:\s+and\s+injections?)?\s+(?:certificat\w*|training)|nurse\s+prescrib\w*|competence\s+assessment\s+programmes?|pdrp|professional\s+development\s+(?:and\s+)?recognition\s+programmes?|(?:one|two|three|four|[1-4])[\s-]+years?\s+(?:(?:postgraduate|vocational|specialist)\s+)?(?:training\s+)?program(?:me)?s?)\b/i;

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
