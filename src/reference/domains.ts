/**
 * Web domains as evidence: extracting a host from an address, matching it against an
 * organisation's registered domains, and deciding whether it is academic by a registry rule.
 * @module
 */

/**
 * The lower-case host of a web address (without `www.`), or `undefined` if there is none.
 *
 * @example
 * ```ts
 * hostOf('https://www.RCN.org.uk/learning'); // 'rcn.org.uk'
 * ```
 */
export function hostOf(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  try {
    const host = new URL(address).hostname.toLowerCase().replace(/\.$/, '');
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return undefined;
  }
}

/**
 * Whether `host` is `domain` or one of its sub-domains (`learning.rcn.org.uk` ⊂ `rcn.org.uk`).
 * `rcn.org.uk.evil.example` and `fakercn.org.uk` do not match.
 *
 * @example
 * ```ts
 * hostMatches('elearning.rcn.org.uk', 'rcn.org.uk'); // true
 * ```
 */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The registered domains that `host` could belong to, most specific first
 * (`a.b.ac.uk` → `a.b.ac.uk`, `b.ac.uk`, `ac.uk`, `uk`).
 */
export function domainSuffixes(host: string): string[] {
  const parts = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts.slice(i).join('.'));
  return out;
}
