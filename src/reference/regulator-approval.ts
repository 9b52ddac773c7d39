/**
 * Regulators that state they approve no CPD courses (`approvesCpd: false` in
 * `data/regulators.json`), found said to have approved something in an offering's own words: "NMC
 * Accredited CPD", "This NMC-approved course", "Approved by the GMC for your annual appraisal".
 * Exact names and abbreviations only, next to the approval word. What naming one means is the
 * content rules' to decide (`credibility/content-rules.ts`): such regulators do approve education
 * programmes, curricula, training posts and trainers, so only an approval of CPD itself ("HCPC
 * Endorsed CPD", "CPD accredited by the NMC") is an approval they state they never give.
 * @module
 */
import { countryWordForms } from '../text/canonical-name.js';
import { escapeRegExp } from '../text/normalize.js';
import type { Regulator } from './schemas.js';

/** A regulator said to have approved something, and whether what it approved is named as CPD. */
export interface RegulatorApproval {
  readonly regulator: Regulator;
  /** The approval is of CPD itself ("NMC Accredited CPD"), which the regulator says it never gives. */
  readonly ofCpd: boolean;
  /**
   * The text presents the offering as serving the regulator's own CPD scheme ("This NMC-approved
   * course meets all your revalidation requirements"): a course approved for it would be CPD.
   */
  readonly forScheme: boolean;
}

/** Finds the regulator a text says approved it, if any. */
export type RegulatorApprovalFinder = (text: string) => RegulatorApproval | undefined;

/**
 * The words that say a body approved something ("NMC Accredited", "approved by the GMC",
 * "Nebraska Board of Nursing Pre-Approved": blind mills round 106).
 */
const APPROVAL = '(?:pre[\\s-]?)?approved|accredited|endorsed|certified|recogni[sz]ed';

/**
 * The pattern of a body, written as `forms` (a pattern of its names), said to have approved
 * something: "NMC Accredited", "GMC-approved", "approved by the GMC", "approved directly by the
 * Medical Council of Ireland" (blind mills round 122).
 *
 * @example
 * ```ts
 * new RegExp(approvalOf('GMC'), 'i').test('approved by the GMC'); // true
 * ```
 */
export const approvalOf = (forms: string): string =>
  `(?:${forms})[\\s-]*(?:${APPROVAL})|(?:${APPROVAL})\\s+(?:[a-z]+ly\\s+)?by\\s+(?:the\\s+)?(?:${forms})`;

/**
 * CPD named as what was approved, with the kind of CPD a regulator's scheme names before it
 * ("GDC Approved Verifiable CPD": the GDC's verifiable and enhanced CPD; blind mills round 41),
 * and as US boards' rules name it: continuing (nursing) education, CE, CNE, CEUs, contact hours.
 */
const CPD =
  '(?:(?:verifiable|enhanced)[\\s-]+)?(?:cpd|cme|continuing\\s+professional\\s+development|ce|cne|ceus?|contact\\s+hours?|continuing\\s+(?:nursing\\s+)?education)';

/**
 * The regulators' own CPD schemes, named as what an offering is for: revalidation (the NMC's,
 * GMC's and GPhC's), recertification (the Medical Council of New Zealand's), the professional
 * competence scheme (the Medical Council of Ireland's, run by training bodies it approves) and
 * the annual appraisal that feeds the GMC's revalidation. A commercial course said to be a regulator's
 * approved course for one of these is said to be approved as CPD, which these regulators state
 * they never do (each entry's `source` in `data/regulators.json`: the NMC's revalidation guidance
 * on CPD, https://revalidation.nmc.org.uk/what-you-need-to-do/continuing-professional-development/).
 * "Critical appraisal", a subject, is not the appraisal. A US board's scheme is its licence
 * renewal: the Nebraska Board of Nursing asks 20 contact hours "from an approved provider" for
 * renewal and "does not pre-approve continuing education offerings" (172 NAC 101-005.02; blind
 * mills round 107's "pre-approved by the Nebraska Board of Nursing - guaranteed for renewal").
 */
const CPD_SCHEME =
  /\b(?:revalidat\w*|recertif\w*|professional\s+competence\s+schemes?|(?:annual|your|gp|medical)\s+appraisals?|renewals?)\b/i;

/**
 * Compiles the finder.
 *
 * @example
 * ```ts
 * const find = compileRegulatorApprovals(data.regulators);
 * find('Safeguarding Adults Level 3 – NMC Accredited CPD')?.ofCpd; // true
 * find('This NMC-approved course meets all your revalidation requirements')?.forScheme; // true
 * find('Delivered to the GMC-approved curriculum')?.ofCpd; // false
 * find('Counts towards your NMC revalidation'); // undefined
 * ```
 */
export function compileRegulatorApprovals(
  regulators: readonly Regulator[],
): RegulatorApprovalFinder {
  const byForm = new Map<string, Regulator>();
  for (const regulator of regulators) {
    if (regulator.approvesCpd !== false) continue;
    // Its name as written, also with the country in one word ("Medical Council of NZ Endorsed",
    // blind mills round 26), a place in brackets said with "of" ("Medical Council of Ireland"
    // for "Medical Council (Ireland)"), its other names and its abbreviations.
    const place = /^(.+?)\s*\(([A-Z][^()]*)\)$/.exec(regulator.name);
    for (const form of [
      regulator.name,
      ...countryWordForms(regulator.name),
      ...(place ? [`${place[1]} of ${place[2]}`] : []),
      ...regulator.aliases,
      ...regulator.abbreviations,
    ]) {
      byForm.set(form.toLowerCase(), regulator);
    }
  }
  if (byForm.size === 0) return () => undefined;
  const forms = [...byForm.keys()].map(escapeRegExp).join('|');
  const approval = new RegExp(`\\b(?:${approvalOf(`(${forms})`)})\\b`, 'i');
  const ofCpd = new RegExp(
    `\\b(?:(?:${forms})[\\s-]*(?:${APPROVAL})[\\s-]+${CPD}|${CPD}\\s+(?:${APPROVAL})\\s+by\\s+(?:the\\s+)?(?:${forms}))\\b`,
    'i',
  );
  return (text) => {
    const match = approval.exec(text);
    const form = match?.[1] ?? match?.[2];
    const regulator = form === undefined ? undefined : byForm.get(form.toLowerCase());
    return regulator === undefined
      ? undefined
      : { regulator, ofCpd: ofCpd.test(text), forScheme: CPD_SCHEME.test(text) };
  };
}
