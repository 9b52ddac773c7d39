/**
 * A provider's name or web address written in a mix of alphabets inside one word: Latin letters
 * beside Cyrillic or Greek ones that look the same ("Pаcific Nursing Education Network" with a
 * Cyrillic "а"; the host `xn--pcificnursingce-ulm.com`, shown as "pаcificnursingce.com"). Unicode
 * names such a word a mixed-script confusable (UTS #39, "Unicode Security Mechanisms",
 * https://www.unicode.org/reports/tr39/), and browsers show such a web address as punycode rather
 * than letters (Chromium's IDN display policy,
 * https://chromium.googlesource.com/chromium/src/+/main/docs/idn.md) because its purpose is to
 * pass for another. No real organisation writes its name so, which is positive evidence even
 * where the name imitates none that the reference data lists (look-alike rule 1 reads the ones
 * that do, `lookalike.ts`).
 * A name so written is a warning: whom it would pass for is not known, and a keyboard set to
 * another alphabet can slip a letter into a name typed by hand. An address so written is
 * critical: no one registers one by a slip.
 * @module
 */
import type { Flag } from '../model/report.js';
import type { WebAddress } from '../reference/web-address.js';
import { mixedScriptWord } from '../text/disguise.js';
import { flag } from './flags.js';
import type { NamedOrganisation } from './identity-verdict.js';

/**
 * The flags for a name, and for an address (the provider's own, or the offering's page), mixing
 * alphabets in a word, unless `flags` already accuse it of imitating a known body.
 *
 * @example
 * ```ts
 * mixedScriptFlags({ name: 'P\u0430cific Nursing', type: 'unknown' }, [], [])[0]?.code; // 'lookalike-provider'
 * ```
 */
export function mixedScriptFlags(
  org: NamedOrganisation,
  addresses: readonly (WebAddress | undefined)[],
  flags: readonly Flag[],
): Flag[] {
  if (flags.some((f) => f.code.startsWith('lookalike') && f.severity !== 'info')) return [];
  const word = mixedScriptWord(org.name);
  const host = addresses.find((a) => a !== undefined && mixedScriptWord(a.displayHost));
  return [
    ...(word === undefined
      ? []
      : [
          flag(
            'lookalike-provider',
            'warning',
            `"${org.name}" writes "${word}" with Cyrillic or Greek letters among Latin ones that look the same, as names written to pass for others are; no real organisation writes its name so.`,
          ),
        ]),
    ...(host === undefined
      ? []
      : [
          flag(
            'lookalike-domain',
            'critical',
            `The web address ${host.displayHost} (${host.host}) writes a word with Cyrillic or Greek letters among Latin ones that look the same: browsers show such an address as punycode because it is made to pass for another.`,
          ),
        ]),
  ];
}
