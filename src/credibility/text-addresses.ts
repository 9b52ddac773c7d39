/**
 * Web addresses an offering's own words give: a "verify our accreditation at …" link in its
 * description that imitates the accreditor's site ("accme-cmeverify.org/provider/88214",
 * "https://аccme.org/provider/55102" with a Cyrillic "а": blind mills round 41). The address
 * look-alike rules (`lookalike.ts`) read such an address as they read the catalogue's own address
 * fields: strong evidence is critical; weak evidence only when it points at an accrediting body the
 * offering's claims name (a typosquat of the ANCC's site beside an ANCC claim), since real
 * descriptions link to partners' and events' sites of many names.
 * @module
 */
import type { Flag } from '../model/report.js';
import type { WebAddress } from '../reference/web-address.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import { addressLookalike } from './lookalike.js';

/** Longest text read for addresses. */
const TEXT_LIMIT = 5_000;
/** Most addresses read from one offering's words. */
const MAX_ADDRESSES = 5;

/**
 * An address written as one: with a scheme or "www.", or a host followed by a path. Labels may be
 * in any script ("аccme.org"); the last is letters or a punycode label. At most eight labels
 * before it, so that a hostile text ("a.a.a.a…") costs linear time, not quadratic.
 */
const ADDRESS =
  /(?:https?:\/\/(?:www\.)?|\bwww\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}(?:xn--[a-z0-9-]+|\p{L}{2,24}))(\/)?/giu;
/** Whether a text may hold an address at all (a quick test before {@link ADDRESS}). */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|\.\p{L}{2,24}\//u;

/** A quick test that lets most texts go unread: no slash and no "www.", no address. */
const mayHoldAddress = (text: string): boolean => text.includes('/') || text.includes('www.');

/** The hosts a text writes as addresses, in order, each once. */
function hostsIn(text: string): string[] {
  if (!MAY_HOLD_ADDRESS.test(text)) return [];
  const hosts: string[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const written = match[0];
    const asAddress = /^(?:https?:\/\/|www\.)/i.test(written) || match[2] === '/';
    const host = (match[1] as string).toLowerCase();
    if (asAddress && !hosts.includes(host)) hosts.push(host);
    if (hosts.length >= MAX_ADDRESSES) break;
  }
  return hosts;
}

/** The flags an offering's own words earn for the web addresses they give. */
export function textAddressFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, claims } = offering;
  const { reference } = context;
  const description = course.description ?? '';
  // Every address this reads holds a slash ("https://", a path) or "www.".
  if (!mayHoldAddress(course.title) && !mayHoldAddress(description)) return [];
  const hosts = hostsIn(`${course.title}\n${description.slice(0, TEXT_LIMIT)}`);
  if (hosts.length === 0) return [];
  // The course's and provider's addresses are read by the identity rules (a partner's address,
  // read only for strong evidence there, is read here again when the words give it too).
  const own = [course.url, course.provider.url]
    .map((u) => reference.webAddress(u)?.host)
    .filter((h): h is string => h !== undefined);
  const accreditors = claims.flatMap((c) =>
    c.status === 'recognised' && c.accreditor ? [c.accreditor] : [],
  );
  for (const host of hosts) {
    const address: WebAddress | undefined = reference.webAddress(`https://${host}`);
    if (address === undefined || own.includes(address.host)) continue;
    const found = addressLookalike(context, address);
    if (found === undefined) continue;
    const claimed = accreditors.some(
      (a) => a.id === found.target.id || found.target.domains.some((d) => a.domains.includes(d)),
    );
    if (!found.strong && !claimed) continue;
    return [
      flag(
        'lookalike-domain',
        'critical',
        `Its own words point to ${address.displayHost}: ${found.evidence}. A page dressed as ${found.target.name}'s is no evidence of its accreditation.`,
      ),
    ];
  }
  return [];
}
