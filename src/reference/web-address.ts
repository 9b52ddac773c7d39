/**
 * A web address read as evidence: its host, the host as a reader sees it (punycode decoded:
 * `xn--ccme-43d.org` is `аccme.org` with a Cyrillic "а"), its registrable domain and the labels
 * an organisation chose (those left of the public suffix).
 * @module
 */
import { toUnicode } from 'punycode/punycode.es6.js';
import { domainSuffixes, hostOf } from './domains.js';
import { hostParts, type PublicSuffixRules } from './public-suffix.js';

/** What a web address says about who holds it. */
export interface WebAddress {
  /** Lower-case ASCII host without `www.` (`learning.rcn.org.uk`). */
  readonly host: string;
  /** The host with punycode labels decoded, as a browser would display it. */
  readonly displayHost: string;
  /** The registrable domain (`rcn.org.uk`), or `undefined` (an IP address, a bare suffix). */
  readonly registrable: string | undefined;
  /** The public suffix (`org.uk`). */
  readonly suffix: string | undefined;
  /** Labels left of the public suffix, decoded, left to right (`['learning', 'rcn']`). */
  readonly labels: readonly string[];
  /** The host and each domain above it (`learning.rcn.org.uk`, `rcn.org.uk`, `org.uk`, `uk`). */
  readonly hostAndParents: readonly string[];
}

/**
 * The host {@link readWebAddress} reads from a web address or bare host (lower case, ASCII,
 * without `www.`), without the rest of its work: what two addresses must share to say the same.
 *
 * @example
 * ```ts
 * hostFor('https://www.RCN.org.uk/learning'); // 'rcn.org.uk'
 * hostFor('rcn.org.uk'); // 'rcn.org.uk'
 * ```
 */
export function hostFor(addressOrHost: string | undefined): string | undefined {
  if (addressOrHost === undefined) return undefined;
  const host =
    addressOrHost.includes('/') || addressOrHost.includes(':')
      ? hostOf(addressOrHost)
      : hostOf(`https://${addressOrHost}`);
  return host === '' ? undefined : host;
}

/** Punycode-decodes one label; an undecodable label is kept as it is. */
function decodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

/**
 * Reads a web address (`https://…`) or a bare host (`rcn.org.uk`) with the given suffix rules.
 *
 * @example
 * ```ts
 * readWebAddress('https://xn--ccme-43d.org/cme', rules)?.displayHost; // 'аccme.org' (Cyrillic а)
 * ```
 */
export function readWebAddress(
  addressOrHost: string | undefined,
  rules: PublicSuffixRules,
): WebAddress | undefined {
  const host = hostFor(addressOrHost);
  if (host === undefined) return undefined;
  const parts = hostParts(host, rules);
  return {
    host,
    displayHost: host.split('.').map(decodeLabel).join('.'),
    registrable: parts.registrable,
    suffix: parts.suffix,
    labels: parts.labels.map(decodeLabel),
    hostAndParents: domainSuffixes(host),
  };
}
