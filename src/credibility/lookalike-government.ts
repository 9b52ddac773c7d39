/**
 * Look-alike rule 13 (see `lookalike.ts`): a web address that writes a government's or the NHS's
 * domain suffix into its own labels, as a label pair or hyphenated parts ("dha-gov-ae.com",
 * "swrb.govt.nz.cpd-portal.co", "pcn.gov.ng.mcpd-renewal.com"). Only government bodies hold
 * names under those suffixes, so a private address that spells one dresses itself as a
 * government site, whichever body it imitates — one the reference data lists or not (fourteen
 * mills of the corpus's blind rounds 38 to 82; no legitimate offering's address).
 * @module
 */
import type { WebAddress } from '../reference/web-address.js';

/**
 * First labels of governments' and the NHS's suffixes (`gov.ae`, `govt.nz`, `gob.mx`, `gouv.fr`,
 * `nhs.uk`).
 */
const GOVERNMENT_LABELS: ReadonlySet<string> = new Set(['gov', 'govt', 'gob', 'gouv', 'nhs']);

/** A country code as a suffix's second label. */
const COUNTRY_CODE = /^[a-z]{2}$/;

/**
 * The government suffix an address writes into its own labels ("gov.ae" for dha-gov-ae.com), or
 * `undefined`. An address under the suffix itself (dha.gov.ae) writes none: its own labels are
 * those left of its public suffix.
 *
 * @example
 * ```ts
 * governmentSuffixWritten(reference.webAddress('https://www.dha-gov-ae.com')!); // 'gov.ae'
 * governmentSuffixWritten(reference.webAddress('https://www.health.gov.au')!); // undefined
 * ```
 */
export function governmentSuffixWritten(address: WebAddress): string | undefined {
  const parts = address.labels.flatMap((label) => label.split('-'));
  for (let i = 0; i + 1 < parts.length; i++) {
    const word = parts[i] as string;
    const country = parts[i + 1] as string;
    if (GOVERNMENT_LABELS.has(word) && COUNTRY_CODE.test(country)) return `${word}.${country}`;
  }
  return undefined;
}
