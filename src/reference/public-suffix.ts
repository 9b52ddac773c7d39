/**
 * Registrable domains by the Public Suffix List: `learning.rcn.org.uk` belongs to `rcn.org.uk`
 * because `org.uk` is a public suffix; `health.govt.nz` to itself because `govt.nz` is one. The
 * algorithm is tldts-core's; the rules are the part of the list in `data/public-suffixes.json`
 * (see `scripts/data/build-public-suffixes.mjs` for what is taken and why).
 * @module
 */
import { getEmptyResult, type IPublicSuffix, parseImpl } from 'tldts-core';

/** The public-suffix rules, compiled for lookup. */
export interface PublicSuffixRules {
  /** Two-label suffixes by top-level domain: `uk` → {`co`, `org`, `ac`, …}. */
  readonly rules: ReadonlyMap<string, ReadonlySet<string>>;
  /** Top-level domains under which every second-level name is a suffix (`*.ck`). */
  readonly wildcards: ReadonlySet<string>;
  /** Exceptions to a wildcard (`!www.ck`): `ck` → {`www`}. */
  readonly exceptions: ReadonlyMap<string, ReadonlySet<string>>;
  /** tldts-core's suffix lookup over these rules. */
  readonly lookup: (host: string, options: unknown, out: IPublicSuffix) => void;
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
  const compiled = { rules, wildcards, exceptions };
  return { ...compiled, lookup: lookupOver(compiled) };
}

/** tldts-core's suffix lookup over the compiled rules (ICANN rules only). */
function lookupOver(
  rules: Omit<PublicSuffixRules, 'lookup'>,
): (host: string, options: unknown, out: IPublicSuffix) => void {
  return (host, _, out) => {
    out.isIcann = true;
    out.isPrivate = false;
    const last = host.lastIndexOf('.');
    const tld = last === -1 ? host : host.slice(last + 1);
    const before = last === -1 ? -1 : host.lastIndexOf('.', last - 1);
    const second = last === -1 ? undefined : host.slice(before + 1, last);
    if (second === undefined || rules.exceptions.get(tld)?.has(second)) {
      out.publicSuffix = tld;
    } else if (rules.wildcards.has(tld) || rules.rules.get(tld)?.has(second)) {
      out.publicSuffix = `${second}.${tld}`;
    } else {
      out.publicSuffix = tld;
    }
  };
}

/** tldts step: compute everything (hostname, suffix, domain, subdomain). */
const ALL = 5;

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
  const result = parseImpl(
    host,
    ALL,
    rules.lookup,
    { extractHostname: false, validateHostname: true, detectIp: true, mixedInputs: false },
    getEmptyResult(),
  );
  const suffix = result.publicSuffix ?? undefined;
  if (result.isIp || result.domain === null || suffix === undefined) {
    return { registrable: undefined, suffix, labels: [] };
  }
  const left = host.length > suffix.length ? host.slice(0, host.length - suffix.length - 1) : '';
  return {
    registrable: result.domain,
    suffix,
    labels: left === '' ? [] : left.split('.'),
  };
}
