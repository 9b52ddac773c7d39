/**
 * Look-alike rule 13 (see `lookalike.ts`): a web address that writes a government's, the NHS's
 * or a country's academic domain suffix into its own labels, as a label pair or hyphenated parts
 * ("dha-gov-ae.com", "swrb.govt.nz.cpd-portal.co", "pcn.gov.ng.mcpd-renewal.com",
 * "cheshireroyaluniversity.ac-uk.com"). Only government bodies, or only recognised academic
 * institutions (Jisc's eligibility policy for ac.uk,
 * https://community.jisc.ac.uk/library/janet-services-documentation/eligibility-policy),
 * hold names under those suffixes, so a private address that spells one dresses itself as their
 * site, whichever body it imitates — one the reference data lists or not (fourteen mills of the
 * corpus's blind rounds 38 to 82, and eight writing an academic suffix; none of the 13,000
 * addresses of its legitimate offerings, the world universities list and the Coursera catalogue).
 * @module
 */
import type { WebAddress } from '../reference/web-address.js';

/**
 * First labels of governments', the NHS's and academic suffixes (`gov.ae`, `govt.nz`, `gob.mx`,
 * `gouv.fr`, `nhs.uk`, `ac.uk`, `edu.au`): suffixes only such bodies hold.
 */
const RESTRICTED_SUFFIX_LABELS: ReadonlySet<string> = new Set([
  'gov',
  'govt',
  'gob',
  'gouv',
  'nhs',
  'ac',
  'edu',
]);

/**
 * A generic top-level domain (com, org, online): the suffixes where {@link ACADEMIC_PART} is
 * read without a country. HEDD, the UK's degree verification service, reports "Manchester Open
 * University" at mou-ac.com, an address "designed to mimic our .ac.uk domain" (its blog's "Open
 * and Shut Case", https://heddblog.wordpress.com/); none of the 10,251 universities
 * of the world universities list has "ac" as a hyphenated part of an address under one (one has it
 * under a country's domain: hsum-ac.mn, the Health Sciences University of Mongolia).
 */
const GENERIC_SUFFIX = /^[a-z]{3,}$/;
/** The academic suffix's label, read as a hyphenated part under a generic top-level domain. */
const ACADEMIC_PART = 'ac';

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
    if (RESTRICTED_SUFFIX_LABELS.has(word) && COUNTRY_CODE.test(country))
      return `${word}.${country}`;
  }
  // "ac" as a hyphenated part of an address under a generic top-level domain ("mou-ac.com",
  // "ox-ac-cpd.com"): HEDD's reported trick (see {@link ACADEMIC_PART}).
  const own = address.labels.at(-1)?.split('-') ?? [];
  return GENERIC_SUFFIX.test(address.suffix ?? '') && own.length > 1 && own.includes(ACADEMIC_PART)
    ? ACADEMIC_PART
    : undefined;
}
