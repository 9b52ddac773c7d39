/**
 * Structural checks of Open Badges / CLR documents: `@context`, `type`, required fields and
 * validity dates. No signature is verified, and a proof never counts as evidence of identity.
 * @module
 */
import { type ItemContext, warn } from '../adapter-collector.js';
import { asList, isObject, isoDay, type JsonObject, str } from '../loose-json.js';

const VC_CONTEXTS = [
  'https://www.w3.org/2018/credentials/v1',
  'https://www.w3.org/ns/credentials/v2',
];

/**
 * Problems with a VC-based (OB 3.0 / CLR 2.0) credential's `@context`, or `undefined` when fine.
 * The first context must be a W3C VC context; an Open Badges 3.0 or CLR 2.0 context must follow.
 *
 * @example
 * ```ts
 * vcContextProblem({ '@context': ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] }); // 'bad @context: …'
 * ```
 */
export function vcContextProblem(node: JsonObject): string | undefined {
  const contexts = asList(node['@context']).filter((c): c is string => typeof c === 'string');
  if (contexts.length === 0) return 'bad @context: it is missing';
  if (!VC_CONTEXTS.includes(contexts[0] ?? '')) {
    return `bad @context: the first entry must be ${VC_CONTEXTS.join(' or ')}, got ${JSON.stringify(contexts[0])}`;
  }
  if (!contexts.some((c) => /imsglobal\.org\/spec\/(ob\/v3p0|clr\/v2p0)|1edtech/i.test(c))) {
    return 'bad @context: it has no Open Badges 3.0 or CLR 2.0 context';
  }
  return undefined;
}

/** Validity dates of a credential or assertion. */
export interface Validity {
  readonly validFrom?: string;
  readonly validUntil?: string;
}

/**
 * Reads `validFrom`/`issuanceDate`/`issuedOn` and `validUntil`/`expirationDate`/`expires`.
 *
 * @example
 * ```ts
 * validityOf({ validUntil: '2030-01-01T00:00:00Z' }).validUntil; // '2030-01-01'
 * ```
 */
export function validityOf(node: JsonObject): Validity {
  const from = isoDay(node.validFrom ?? node.issuanceDate ?? node.issuedOn);
  const until = isoDay(node.validUntil ?? node.expirationDate ?? node.expires);
  return {
    ...(from === undefined ? {} : { validFrom: from }),
    ...(until === undefined ? {} : { validUntil: until }),
  };
}

/**
 * Checks expiry: returns an error reason when expired as of `asOf`; without `asOf`, warns that
 * the date was kept but not checked.
 *
 * @example
 * ```ts
 * expiryProblem({ validUntil: '2010-01-01' }, '2025-01-01', ctx); // 'it expired on 2010-01-01 (as of 2025-01-01)'
 * ```
 */
export function expiryProblem(
  validity: Validity,
  asOf: string | undefined,
  ctx: ItemContext,
): string | undefined {
  if (validity.validUntil === undefined) return undefined;
  if (asOf === undefined) {
    warn(
      ctx,
      ['validUntil'],
      `the credential is valid until ${validity.validUntil}; expiry was not checked because no as-of date was given`,
    );
    return undefined;
  }
  if (validity.validUntil < asOf) return `it expired on ${validity.validUntil} (as of ${asOf})`;
  if (validity.validFrom !== undefined && validity.validFrom > asOf) {
    warn(
      ctx,
      ['validFrom'],
      `the credential is not valid before ${validity.validFrom} (as of ${asOf})`,
    );
  }
  return undefined;
}

/**
 * Whether the issuer field is present at all (a string or an object with an id or a name).
 *
 * @example
 * ```ts
 * hasIssuer({ issuer: 'https://x.example/i' }); // true
 * ```
 */
export function hasIssuer(node: JsonObject): boolean {
  const issuer = node.issuer;
  if (typeof issuer === 'string') return issuer.trim() !== '';
  return isObject(issuer) && (str(issuer.id) !== undefined || str(issuer.name) !== undefined);
}
