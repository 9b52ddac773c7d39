/**
 * A short course in cosmetic injections sold as a qualification, or as "fully accredited". The
 * Advertising Standards Authority upheld the Joint Council for Cosmetic Practitioners' complaints
 * against such adverts:
 * "Fully Accredited" and "FULLY QUALIFIED" for a one-day "Pathway to Aesthetics" in Botox,
 * dermal filler and B12 injections
 * (https://www.asa.org.uk/rulings/tjc---blc-aesthetics-clinic---training-academy-a23-1198894-tjc--blc-aesthetics-clinic-training-academy.html),
 * and "Qualification: Anti-Wrinkle Injections and Dermal Fillers" for a three-day course "medics
 * and non medics" (https://www.asa.org.uk/rulings/person-s-unknown-A19-561893.html). The
 * regulated qualifications in injectables (Ofqual's Level 7) take hundreds of hours.
 * @module
 */
import type { Policy } from '../model/policy.js';
import { lengthAtMost } from './stated-days.js';

/** Cosmetic injections: botulinum toxin and dermal fillers, as adverts name them. */
const INJECTABLES = /\b(?:botox|botulinum|anti-?wrinkle|(?:dermal|lip)\s+fillers?)\b/i;

/** "Fully qualified" and "fully accredited", whatever the course's length (both in A23-1198894). */
const FULLY_QUALIFIED = /\bfully\s+qualified\b/i;
const FULLY_ACCREDITED = /\bfully\s+accredited\b/i;

/** A qualification, or being qualified, held to the course's length. */
const QUALIFIED = /\bqualifi(?:ed|cations?)\b/i;

/**
 * What an offering's title and description sell a cosmetic-injection course as, when it is a
 * qualification no such course gives, or `undefined`. A length is the catalogue's, else the
 * most the title states.
 *
 * @example
 * ```ts
 * shortAestheticQualification('Botox & Dermal Filler', 'Leave FULLY QUALIFIED.', undefined, DEFAULT_POLICY);
 * // 'making its learners "fully qualified"'
 * shortAestheticQualification('3-Day Anti-Wrinkle & Dermal Fillers Qualification', '', undefined, DEFAULT_POLICY);
 * // 'a qualification in at most 36 hours'
 * shortAestheticQualification('Level 7 Certificate in Injectables', 'qualification in botulinum toxin', 277, DEFAULT_POLICY);
 * // undefined
 * ```
 */
export function shortAestheticQualification(
  title: string,
  description: string,
  durationHours: number | undefined,
  policy: Policy,
): string | undefined {
  const text = `${title}\n${description}`;
  if (!INJECTABLES.test(text)) return undefined;
  if (FULLY_QUALIFIED.test(text)) return 'making its learners "fully qualified"';
  if (FULLY_ACCREDITED.test(text)) return '"fully accredited"';
  if (!QUALIFIED.test(text)) return undefined;
  const hours = durationHours ?? lengthAtMost(title);
  return hours !== undefined && hours < policy.thresholds.qualificationWordMinHours
    ? `a qualification in at most ${hours} hours`
    : undefined;
}
