/**
 * Registrable domains by the Public Suffix List: `learning.rcn.org.uk` belongs to `rcn.org.uk`
 * because `org.uk` is a public suffix; `health.govt.nz` to itself because `govt.nz` is one. The
 * rules are the part of the list in `data/public-suffixes.json` (see
 * `scripts/data/build-public-suffixes.mjs` for what is taken and why); the matching is the list's
 * own algorithm (https://github.com/publicsuffix/list/wiki/Format#algorithm) over them. Hosts
 * come from the WHATWG URL parser, which has already validated them and written every IPv4
 * address as four decimal numbers and every IPv6 address in brackets.
 * @module
 */

/** The public-suffix rules, compiled for lookup. */
export interface PublicSuffixRules {
  /** Two-label suffixes by top-level domain: `uk` → {`co`, `org`, `ac`, …}. */
  readonly rules: ReadonlyMap<string, ReadonlySet<string>>;
  /** Top-level domains under which every second-level name is a suffix (`*.ck`). */
  readonly wildcards: ReadonlySet<string>;
  /** Exceptions to a wildcard (`!www.ck`): `ck` → {`www`}. */
  readonly exceptions: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The parts of a host name that the Public Suffix List distinguishes. */
export interface HostParts {
  /** The registrable domain (`rcn.org.uk`), or `undefined` for a bare suffix or an IP address. */
  readonly registrable: string | undefined;
  /** The public suffix (`org.uk`). */
  readonly suffix: string | undefined;
  /** The labels left of the public suffix, left to right (`['learning', 'rcn']`). */
  readonly labels: readonly string[];
}

/**
 * Compiles the `suffixes` object of `data/public-suffixes.json` (top-level domain → space-separated
 * second-level labels, `*` for a wildcard, `!label` for an exception).
 *
 * @example
 * ```ts
 * const rules = compilePublicSuffixes({ uk: 'ac co org' });
 * hostParts('learning.rcn.org.uk', rules).registrable; // 'rcn.org.uk'
 * ```
 */
export function compilePublicSuffixes(
  suffixes: Readonly<Record<string, string>>,
): PublicSuffixRules {
  const rules = new Map<string, Set<string>>();
  const wildcards = new Set<string>();
  const exceptions = new Map<string, Set<string>>();
  for (const [tld, list] of Object.entries(suffixes)) {
    for (const label of list.split(' ')) {
      if (label === '*') wildcards.add(tld);
      else if (label.startsWith('!')) {
        const set = exceptions.get(tld) ?? new Set<string>();
        set.add(label.slice(1));
        exceptions.set(tld, set);
      } else if (label !== '') {
        const set = rules.get(tld) ?? new Set<string>();
        set.add(label);
        rules.set(tld, set);
      }
    }
  }
  return { rules, wildcards, exceptions };
}

/**
 * The public suffix of a host: the longest matching rule, an exception taking one label off a
 * wildcard's match, and the list's default rule `*` (the top-level domain) when none matches.
 * Every rule held has at most two labels, so only the last two labels are looked at.
 */
function publicSuffixOf(labels: readonly string[], rules: PublicSuffixRules): string {
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2];
  if (second === undefined || rules.exceptions.get(tld)?.has(second)) return tld;
  if (rules.wildcards.has(tld) || rules.rules.get(tld)?.has(second)) return `${second}.${tld}`;
  return tld;
}

/** An IP address as the WHATWG URL parser writes it: dotted decimal, or IPv6 in brackets. */
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/**
 * Splits a lower-case host name (ASCII, as `new URL()` gives it) into its registrable domain,
 * public suffix and the labels left of the suffix.
 *
 * @example
 * ```ts
 * hostParts('www.health.govt.nz', rules);
 * // { registrable: 'health.govt.nz', suffix: 'govt.nz', labels: ['www', 'health'] }
 * ```
 */
export function hostParts(host: string, rules: PublicSuffixRules): HostParts {
  const all = host.split('.');
  if (IP_ADDRESS.test(host) || all.some((label) => label === '')) {
    return { registrable: undefined, suffix: undefined, labels: [] };
  }
  const suffix = publicSuffixOf(all, rules);
  const labels = all.slice(0, all.length - suffix.split('.').length);
  const owner = labels[labels.length - 1];
  return {
    registrable: owner === undefined ? undefined : `${owner}.${suffix}`,
    suffix,
    labels,
  };
}
