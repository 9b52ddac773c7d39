/**
 * Resolving accreditation claims against the reference data: recognised (exact id, name,
 * abbreviation, or a registered credit type), listed as unrecognised, a look-alike of a
 * recognised body, unknown, or expired. Fuzzy matches only ever lead to 'lookalike'.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import type { Reference } from '../reference/reference.js';
import type { Accreditor, CreditType } from '../reference/schemas.js';
import { normalizeName } from '../text/normalize.js';
import { createContext, dayNumber, type EvaluationContext, memoize } from './context.js';

/** A claim and what the reference data says about it. */
export interface ResolvedClaim {
  readonly claim: AccreditationClaim;
  readonly status: 'recognised' | 'unrecognised' | 'lookalike' | 'unknown' | 'expired';
  /** The recognised body (for recognised and expired claims). */
  readonly accreditor?: Accreditor;
  /** The credit type, when the claim names one the body grants (or that the data defines). */
  readonly credit?: CreditType;
  /** How the body was identified, or which body it resembles / is listed as. */
  readonly evidence: string;
  /** Credit claimed, in the claim's unit. */
  readonly amount?: number;
  /** Learning hours the claimed credit stands for, when a conversion rule is known. */
  readonly hours?: number;
}

/** "Accredited by", "Jointly accredited by", "Approved through"… at the start of a claim. */
const LEADING_WRAPPER =
  /^(?:jointly\s+)?(?:accredited|approved|certified|endorsed|recognised|recognized|designated|provided)\s+(?:by|through)\s+/i;
/** Words that only describe the claim when they end it ("RCN accredited", "RCN Accreditation"). */
const TRAILING_WRAPPERS = new Set([
  'accredited',
  'approved',
  'certified',
  'accreditation',
  'approval',
  'endorsement',
  'endorsed',
]);
/** Longest claimed body name examined; real names are far shorter. */
const MAX_BODY_LENGTH = 300;

/** Words that may follow an accreditor's abbreviation in a claim ("CFPC Mainpro+", "RCN CPD"). */
const CLAIM_WORDS = new Set([
  'accreditation',
  'accredited',
  'approval',
  'approved',
  'endorsed',
  'certified',
  'credit',
  'credits',
  'cme',
  'cpd',
  'ce',
  'cne',
  'provider',
  'hours',
  'points',
]);

/**
 * Cleans a claimed body name: "Accredited by the RCN®" → "the RCN". Linear in the input (only the
 * first 300 characters are examined).
 *
 * @example
 * ```ts
 * cleanBodyName('RCN Accreditation'); // 'RCN'
 * ```
 */
export function cleanBodyName(body: string): string {
  const words = body
    .slice(0, MAX_BODY_LENGTH)
    .replace(/[®™©]/g, ' ')
    .replace(LEADING_WRAPPER, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && TRAILING_WRAPPERS.has(last.toLowerCase()))
    words.pop();
  return words.join(' ');
}

function parenthetical(body: string): string[] {
  if (body.length > MAX_BODY_LENGTH) return [];
  const match = /^(.*?)\s*\(([^()]{2,80})\)\s*$/.exec(body);
  return match ? [match[1]!.trim(), match[2]!.trim()] : [];
}

/** Hours per unit of credit when the credit type does not say (DOMAIN.md §5). */
function defaultMinutesPerUnit(unit: string | undefined): number | undefined {
  switch (unit) {
    case 'hours':
    case 'contact-hours':
      return 60;
    case 'ceu':
      return 600; // IACET: 1 CEU = 10 contact hours
    case 'ects':
      return 25 * 60; // ECTS: 25–30 hours of work; the lower bound is the generous reading
    default:
      return undefined;
  }
}

/** Converts a claimed amount to learning hours using the credit's rule, if one is known. */
export function claimHours(
  claim: AccreditationClaim,
  credit: CreditType | undefined,
): number | undefined {
  if (claim.credits === undefined) return undefined;
  const minutes =
    credit?.minutesPerUnit ??
    credit?.minMinutesPerUnit ??
    defaultMinutesPerUnit(claim.unit ?? credit?.unit);
  if (minutes === undefined || minutes === null) {
    // Credits and points without a stated rule are read as one per hour, the common convention.
    return claim.unit === 'credits' || claim.unit === 'points' || claim.unit === undefined
      ? claim.credits / (credit?.multiplier ?? 1)
      : undefined;
  }
  return (claim.credits * minutes) / 60 / (credit?.multiplier ?? 1);
}

function findBody(
  context: EvaluationContext,
  body: string,
): { accreditor?: Accreditor; via: string } {
  return memoize(context, 'claim-body', body, () => {
    const reference = context.reference;
    const cleaned = cleanBodyName(body);
    const candidates = [body, cleaned, ...parenthetical(cleaned)];
    if (/^jointly accredited(?: provider)?$/i.test(cleaned)) candidates.push('Joint Accreditation');
    for (const candidate of candidates) {
      const hit = reference.findAccreditor(candidate);
      if (hit && !hit.ambiguous) return { accreditor: hit.entry, via: `${hit.via} "${candidate}"` };
    }
    // "CFPC Mainpro+", "RCN CPD": a registered abbreviation followed by credit words.
    const [first, ...rest] = cleaned.split(/\s+/);
    if (first && /^[A-Z][A-Z0-9&-]{1,9}$/.test(first) && rest.length > 0) {
      const hit = reference.findAccreditor(first);
      const restText = rest.join(' ');
      const restIsCredit =
        rest.every((w) => CLAIM_WORDS.has(w.toLowerCase())) ||
        (hit !== undefined &&
          reference
            .creditsOf(hit.entry.id)
            .some((c) =>
              [c.name, ...c.aliases].some((n) =>
                normalizeName(n).startsWith(normalizeName(restText)),
              ),
            ));
      if (hit && !hit.ambiguous && restIsCredit) {
        return { accreditor: hit.entry, via: `abbreviation "${first}"` };
      }
    }
    // A registered organisation whose CPD approval runs under a recognised accreditor on the
    // same web domain ("Royal College of Nursing" → RCN Centre for Professional Accreditation).
    for (const candidate of candidates) {
      const provider = reference.findProvider(candidate);
      if (!provider || provider.ambiguous) continue;
      for (const domain of provider.entry.domains) {
        const accreditor = reference.findAccreditorByDomain(domain);
        if (accreditor) {
          return {
            accreditor,
            via: `organisation "${candidate}", whose approval scheme is ${accreditor.name}`,
          };
        }
      }
    }
    return { via: '' };
  });
}

function creditFor(
  context: EvaluationContext,
  claim: AccreditationClaim,
  accreditor: Accreditor | undefined,
  allowCreditOnly: boolean,
): { credit?: CreditType; accreditor?: Accreditor } {
  const reference = context.reference;
  if (claim.creditType !== undefined && (accreditor !== undefined || allowCreditOnly)) {
    const hit =
      reference.findCreditType(claim.creditType) ??
      reference.findCreditType(cleanBodyName(claim.creditType));
    if (hit) return { credit: hit.credit, accreditor: accreditor ?? hit.accreditor };
  }
  if (accreditor) {
    const own = reference.creditsOf(accreditor.id);
    const sameUnit = own.filter((c) => claim.unit === undefined || c.unit === claim.unit);
    if (sameUnit.length === 1) return { credit: sameUnit[0]!, accreditor };
  }
  return accreditor ? { accreditor } : {};
}

/** Resolves one claim within an evaluation context. */
export function resolveClaim(
  context: EvaluationContext,
  claim: AccreditationClaim,
  designatedBy?: string,
): ResolvedClaim {
  // Claims repeat across a catalogue: resolve each distinct one once per batch.
  // The designating provider matters only for a credit type named beside an unknown body.
  const designator = claim.creditType === undefined ? '' : (designatedBy ?? '');
  const key = `${claim.body}\u0000${claim.creditType ?? ''}\u0000${claim.credits ?? ''}\u0000${claim.unit ?? ''}\u0000${claim.validUntil ?? ''}\u0000${designator}`;
  const resolved = memoize(context, 'claim', key, () =>
    resolveClaimUncached(context, claim, designatedBy),
  );
  return resolved.claim === claim ? resolved : { ...resolved, claim };
}

function resolveClaimUncached(
  context: EvaluationContext,
  claim: AccreditationClaim,
  designatedBy?: string,
): ResolvedClaim {
  const reference = context.reference;
  const amount = claim.credits;
  const base = amount === undefined ? {} : { amount };
  const cleaned = cleanBodyName(claim.body);
  const listed = reference.findUnrecognised(claim.body) ?? reference.findUnrecognised(cleaned);
  if (listed) {
    const source = listed.entry.listings[0]?.by ?? 'a published list';
    return {
      claim,
      status: 'unrecognised',
      evidence: `"${claim.body}" is listed as unrecognised by ${source}`,
      ...base,
    };
  }
  const found = findBody(context, claim.body);
  if (found.accreditor === undefined) {
    const lookalike = memoize(context, 'lookalike', `${claim.body}`, () =>
      reference
        .lookalikes(cleaned, context.policy.thresholds.lookalikeSimilarity)
        .find((l) => l.kind === 'accreditor' || l.kind === 'provider'),
    );
    if (lookalike) {
      return {
        claim,
        status: 'lookalike',
        evidence: `"${claim.body}" resembles ${lookalike.name} (similarity ${lookalike.similarity.toFixed(2)}) but is not it`,
        ...base,
      };
    }
  }
  // A registered credit type without a recognised body counts only when the body named is the
  // course's own provider (accredited providers designate credit themselves, e.g. AMA PRA
  // Category 1); any other unknown body naming a famous credit type proves nothing.
  // A body that is itself a credit type ("AMA PRA Category 1 Credits™") is the provider's own
  // designation of that credit.
  const creditAsBody = found.accreditor ? undefined : reference.findCreditType(cleaned);
  const selfDesignated =
    creditAsBody !== undefined ||
    (designatedBy !== undefined && normalizeName(cleaned) === normalizeName(designatedBy));
  const effective =
    creditAsBody && claim.creditType === undefined ? { ...claim, creditType: cleaned } : claim;
  const { credit, accreditor } = creditFor(context, effective, found.accreditor, selfDesignated);
  if (accreditor) {
    const hours = claimHours(claim, credit);
    const withHours = hours === undefined ? base : { ...base, hours };
    const via = found.accreditor
      ? `matched by ${found.via}`
      : `credit type "${claim.creditType}" designated by the provider under ${accreditor.name}`;
    const until = claim.validUntil === undefined ? undefined : dayNumber(claim.validUntil);
    const status = until !== undefined && until < context.asOfDay ? 'expired' : 'recognised';
    return {
      claim,
      status,
      accreditor,
      ...(credit ? { credit } : {}),
      evidence: `${accreditor.name} (${via})`,
      ...withHours,
    };
  }
  return {
    claim,
    status: 'unknown',
    evidence: `"${claim.body}" is not a body in the reference data`,
    ...base,
  };
}

/**
 * Resolves every accreditation claim of a course.
 *
 * @example
 * ```ts
 * const claims = resolveClaims(course, { asOf: '2026-11-28', reference: defaultReference() });
 * claims[0]?.status; // 'recognised'
 * ```
 */
export function resolveClaims(
  course: Course,
  options: { asOf: string; reference?: Reference; context?: EvaluationContext },
): ResolvedClaim[] {
  const context = options.context ?? createContext(options);
  return (course.accreditations ?? []).map((claim) =>
    resolveClaim(context, claim, course.provider.name),
  );
}
