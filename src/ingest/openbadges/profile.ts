/**
 * Open Badges issuer/creator profiles → provider; endorsements → partners; the OB 2.0 issuer
 * accreditation extension → accreditation claims. A signature (`proof`) is never read: it says
 * nothing about who the issuer is.
 * @module
 */
import { type ItemContext, warn } from '../adapter-collector.js';
import {
  asList,
  hostName,
  httpUrl,
  isObject,
  type JsonObject,
  str,
  typesOf,
} from '../loose-json.js';

/** Objects with an `id` anywhere in the document, for resolving references. */
export type IdIndex = ReadonlyMap<string, JsonObject>;

/**
 * Resolves a reference (a string id) to an object of the same document; objects pass through.
 *
 * @example
 * ```ts
 * resolveRef('https://x.example/issuer', index); // the embedded issuer, or undefined
 * ```
 */
export function resolveRef(value: unknown, index: IdIndex): JsonObject | undefined {
  if (isObject(value)) {
    const id = str(value.id);
    const keys = Object.keys(value).filter((k) => k !== 'id' && k !== 'type');
    if (keys.length === 0 && id !== undefined) return index.get(id) ?? value;
    return value;
  }
  const id = str(value);
  return id === undefined ? undefined : index.get(id);
}

/** A provider read from a profile. */
export interface ProfileProvider {
  readonly provider: JsonObject;
  readonly accreditations: JsonObject[];
}

/**
 * Reads an issuer/creator profile (embedded, referenced within the document, a URL, or — not
 * conformant but seen — a bare name) into a contract provider. `undefined` when no name can be
 * given honestly (for example a DID that the document does not describe).
 *
 * @example
 * ```ts
 * profileProvider({ id: 'https://u.example/i', name: 'U', url: 'https://u.example' }, new Map(), ctx)?.provider.name; // 'U'
 * ```
 */
export function profileProvider(
  value: unknown,
  index: IdIndex,
  ctx: ItemContext,
  field: string,
): ProfileProvider | undefined {
  const profile = resolveRef(value, index);
  if (profile === undefined) {
    const raw = str(value) ?? (isObject(value) ? str(value.id) : undefined);
    if (raw === undefined) return undefined;
    const host = hostName(raw);
    if (host !== undefined) {
      warn(
        ctx,
        [field],
        `is only referenced (${raw}); its profile is not in this document, so the provider is named by its web domain`,
      );
      return { provider: { name: host, url: httpUrl(raw)?.origin, id: raw }, accreditations: [] };
    }
    if (/^(did|urn):/i.test(raw)) return undefined;
    warn(ctx, [field], `is a bare name (${JSON.stringify(raw)}), not an issuer profile`);
    return { provider: { name: raw }, accreditations: [] };
  }
  const id = str(profile.id);
  const name = str(profile.name) ?? (id === undefined ? undefined : hostName(id));
  if (name === undefined) return undefined;
  if (str(profile.name) === undefined) {
    warn(ctx, [field, 'name'], 'is missing; the provider is named by the web domain of its id');
  }
  const url = httpUrl(profile.url)?.href ?? httpUrl(id)?.origin;
  const country = countryOf(profile.address);
  const parent = resolveRef(profile.parentOrg, index);
  return {
    provider: {
      name,
      url,
      country,
      id,
      parentOrg: parent === undefined ? undefined : str(parent.name),
    },
    accreditations: issuerAccreditations(profile),
  };
}

function countryOf(address: unknown): string | undefined {
  if (!isObject(address)) return undefined;
  const code = str(address.addressCountryCode);
  return code !== undefined && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : undefined;
}

/** The OB 2.0 issuer accreditation extension (`extensions:IssuerAccreditation`, draft). */
function issuerAccreditations(profile: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [key, value] of Object.entries(profile)) {
    if (!/issueraccreditation/i.test(key)) continue;
    for (const entry of asList(value)) {
      if (!isObject(entry)) continue;
      const body = str(entry.name);
      if (body === undefined) continue;
      out.push({
        body,
        relation: 'issuerAccreditation',
        url: httpUrl(entry.url)?.href,
        accreditationDate: str(entry.accreditationDate),
        educationSector: str(entry.educationSector ?? entry.educationalSector),
      });
    }
  }
  return out;
}

/**
 * Reads endorsements (OB 3.0 EndorsementCredentials, OB 2.0 Endorsements, or references to them
 * within the document) into partners with role `endorser`. Endorsements only referenced by URL
 * are reported, not guessed. Expired endorsements are left out when `asOf` is given.
 *
 * @example
 * ```ts
 * endorsers(achievement.endorsement, index, ctx, 'achievement', '2025-01-01');
 * ```
 */
export function endorsers(
  value: unknown,
  index: IdIndex,
  ctx: ItemContext,
  endorses: string,
  asOf: string | undefined,
): JsonObject[] {
  const out: JsonObject[] = [];
  const unresolved: string[] = [];
  for (const entry of asList(value)) {
    const endorsement = resolveRef(entry, index);
    if (endorsement === undefined) {
      const ref = str(entry);
      if (ref !== undefined) unresolved.push(ref);
      continue;
    }
    if (!typesOf(endorsement).some((t) => /Endorsement/.test(t))) continue;
    const until = str(endorsement.validUntil ?? endorsement.expirationDate ?? endorsement.expires);
    if (asOf !== undefined && until !== undefined && until.slice(0, 10) < asOf) {
      warn(
        ctx,
        ['endorsement'],
        `${str(endorsement.id) ?? ''} expired on ${until.slice(0, 10)} and was left out`.trim(),
      );
      continue;
    }
    const issuer = resolveRef(endorsement.issuer, index);
    const issuerId = str(endorsement.issuer) ?? (issuer === undefined ? undefined : str(issuer.id));
    const name = (issuer === undefined ? undefined : str(issuer.name)) ?? hostName(issuerId);
    if (name === undefined) continue;
    out.push({
      name,
      url: httpUrl(issuer?.url)?.href ?? httpUrl(issuerId)?.origin,
      role: 'endorser',
      endorses,
      comment: isObject(endorsement.credentialSubject)
        ? str(endorsement.credentialSubject.endorsementComment)
        : isObject(endorsement.claim)
          ? str(endorsement.claim.endorsementComment)
          : undefined,
    });
  }
  if (unresolved.length > 0) {
    warn(
      ctx,
      ['endorsement'],
      `${unresolved.length} endorsement${unresolved.length > 1 ? 's are' : ' is'} only referenced by URL (${unresolved[0]}${unresolved.length > 1 ? ', …' : ''}) and not in this document; not included`,
    );
  }
  return out;
}
