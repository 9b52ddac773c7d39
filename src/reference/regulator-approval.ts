/**
 * Regulators that state they approve no CPD courses (`approvesCpd: false` in
 * `data/regulators.json`), found said to have approved something in an offering's own words: "NMC
 * Accredited CPD", "This NMC-approved course", "Approved by the GMC for your annual appraisal".
 * Exact names and abbreviations only, next to the approval word. What naming one means is the
 * content rules' to decide (`credibility/content-rules.ts`).
 * @module
 */
import { escapeRegExp } from '../text/normalize.js';
import type { Regulator } from './schemas.js';

/** Finds the regulator a text says approved it, if any. */
export type RegulatorApprovalFinder = (text: string) => Regulator | undefined;

/** The words that say a body approved something ("NMC Accredited", "approved by the GMC"). */
export const APPROVAL = 'approved|accredited|endorsed|certified|recogni[sz]ed';

/**
 * Compiles the finder.
 *
 * @example
 * ```ts
 * const find = compileRegulatorApprovals(data.regulators);
 * find('Safeguarding Adults Level 3 – NMC Accredited CPD')?.name; // 'Nursing and Midwifery Council'
 * find('Counts towards your NMC revalidation'); // undefined
 * ```
 */
export function compileRegulatorApprovals(
  regulators: readonly Regulator[],
): RegulatorApprovalFinder {
  const byForm = new Map<string, Regulator>();
  for (const regulator of regulators) {
    if (regulator.approvesCpd !== false) continue;
    for (const form of [regulator.name, ...regulator.abbreviations]) {
      byForm.set(form.toLowerCase(), regulator);
    }
  }
  if (byForm.size === 0) return () => undefined;
  const forms = [...byForm.keys()].map(escapeRegExp).join('|');
  const pattern = new RegExp(
    `\\b(?:(${forms})[\\s-]*(?:${APPROVAL})|(?:${APPROVAL})\\s+by\\s+(?:the\\s+)?(${forms}))\\b`,
    'i',
  );
  return (text) => {
    const match = pattern.exec(text);
    const form = match?.[1] ?? match?.[2];
    return form === undefined ? undefined : byForm.get(form.toLowerCase());
  };
}
