/**
 * Resolving accreditation claims against the reference data: what the claim's body names
 * (`named-body.ts`), what the provider making it changes (`provider-claims.ts`), then the credit
 * claimed, the hours it stands for and whether it has expired. A recognised claim loses its
 * credit when the provider's own name or web address imitates the body it names.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import type { AcademicCreditUnit } from '../model/enums.js';
import type { Reference } from '../reference/reference.js';
import { activityApprovalClaimed } from './activity-approval.js';
import { malformedActivityNumber } from './activity-number.js';
import { shared } from './batch.js';
import { claimedBodyOnAddress } from './claimed-short-name.js';
import { createContext, dayNumber, type EvaluationContext } from './context.js';
import {
  academicClaimHours,
  claimHours,
  leastClaimHours,
  mostGenerousCredit,
} from './credit-hours.js';
import { type Identity, type Imitation, providerIdentity } from './identity.js';
import { type BodyResolution, referencePending, resolveBody } from './named-body.js';
import { ACCREDITING, imitated, selfNaming } from './provider-claims.js';
import { statedExpiry } from './stated-expiry.js';

export type { ClaimStatus } from './named-body.js';

/** A claim and what the reference data says about it. */
export interface ResolvedClaim extends BodyResolution {
  readonly claim: AccreditationClaim;
  /** How the provider imitates the body it names (impersonated claims). */
  readonly imitation?: Imitation['basis'];
  /** Credit claimed, in the claim's unit. */
  readonly amount?: number;
  /** Learning hours the claimed credit stands for (by the credit's rule or the unit's convention). */
  readonly hours?: number;
  /** The same under the most generous scheme known, when the unit is read by convention. */
  readonly leastHours?: number;
  /** The academic credit unit the hours were read by, when the claim names academic credit. */
  readonly academicUnit?: AcademicCreditUnit;
  /**
   * The activity number the claim gives under its accreditor's name for it, when it is not in
   * the form the accreditor gives every activity (`activity-number.ts`).
   */
  readonly malformedNumber?: string;
  /** The claim's words saying a body that approves no courses approved this one ("approved course"). */
  readonly activityApproval?: string;
  /**
   * When an expired claim's approval ended: its `validUntil`, else the date its reference states,
   * else the one its own words state.
   */
  readonly expiresOn?: string;
  /** Which of the claim's words state that end, when its `validUntil` does not. */
  readonly expiryStatedBy?: 'reference' | 'claim';
}

/**
 * When a recognised body's approval ends: the claim's own date, else the one its reference states
 * ("approval period 04/02/2019 - 04/02/2022", blind mills rounds 83 and 85), else the one its own
 * words state ("ANCC, accreditation term 2017–2021", blind mills round 109); no other claim is
 * read for an end.
 */
function approvalEnd(
  claim: AccreditationClaim,
): { readonly on: string; readonly statedBy?: 'reference' | 'claim' } | undefined {
  if (claim.validUntil !== undefined) return { on: claim.validUntil };
  const byReference = statedExpiry(claim.reference);
  if (byReference !== undefined) return { on: byReference, statedBy: 'reference' };
  const byClaim = statedExpiry(claim.body);
  return byClaim === undefined ? undefined : { on: byClaim, statedBy: 'claim' };
}

/**
 * Resolves a claim: its body (shared by every claim with the same body, credit type, unit and
 * designating provider), then its amount, the hours it stands for, and its expiry.
 */
function resolveClaimFields(
  context: EvaluationContext,
  claim: AccreditationClaim,
  designatedBy: string | undefined,
): ResolvedClaim {
  const body = shared(
    context.batch,
    'claim-body',
    () =>
      `${claim.body}\u0000${claim.creditType ?? ''}\u0000${claim.unit ?? ''}\u0000${designatedBy ?? ''}\u0000${referencePending(claim)}`,
    () => resolveBody(context, claim, designatedBy),
  );
  const end = body.status === 'recognised' ? approvalEnd(claim) : undefined;
  const until = end === undefined ? undefined : dayNumber(end.on);
  const expired = until !== undefined && until < context.asOfDay;
  // A recognised body's claim that does not say which of its credits is read by its most
  // generous one.
  const rule =
    body.credit ??
    (body.accreditor === undefined
      ? undefined
      : mostGenerousCredit(context.reference.creditsOf(body.accreditor.id), claim.unit));
  // Academic credit a claim names is read by its own rule, with no more generous reading.
  const academic = academicClaimHours(
    claim,
    rule,
    context.policy.thresholds.academicCreditContactShare,
  );
  const hours = academic?.hours ?? claimHours(claim, rule, body.accreditor !== undefined);
  // A recognised accreditor's own rules on how its claims are written.
  const accreditor = body.status === 'recognised' ? body.accreditor : undefined;
  const malformed =
    accreditor === undefined ? undefined : malformedActivityNumber(accreditor, claim.reference);
  const activityApproval =
    accreditor === undefined ? undefined : activityApprovalClaimed(accreditor, claim);
  const leastHours = academic?.hours ?? leastClaimHours(claim, rule);
  return {
    ...body,
    claim,
    ...(expired
      ? { status: 'expired' as const, expiresOn: end?.on, expiryStatedBy: end?.statedBy }
      : {}),
    ...(claim.credits === undefined ? {} : { amount: claim.credits }),
    ...(hours === undefined ? {} : { hours }),
    ...(leastHours === undefined ? {} : { leastHours }),
    ...(academic === undefined ? {} : { academicUnit: academic.unit }),
    ...(malformed === undefined ? {} : { malformedNumber: malformed }),
    ...(activityApproval === undefined ? {} : { activityApproval }),
  };
}

/**
 * Resolves one claim within an evaluation context, given the provider's identity: a recognised
 * body the provider's name or a web address the offering gives imitates is "impersonated" and
 * earns nothing.
 */
export function resolveClaim(
  context: EvaluationContext,
  claim: AccreditationClaim,
  provider: { readonly name: string },
  identity: Identity,
): ResolvedClaim {
  // The provider's name matters only for a credit type named beside an unknown body.
  const designator = claim.creditType === undefined ? '' : provider.name;
  // Every field the resolution and the accreditation factor read: claims with equal keys share
  // one resolved object (whose `claim` is the first of them, equal in every field read).
  const resolved = shared(
    context.batch,
    'claim',
    () =>
      `${claim.body}\u0000${claim.creditType ?? ''}\u0000${claim.credits ?? ''}\u0000${claim.unit ?? ''}\u0000${claim.validUntil ?? ''}\u0000${claim.reference ?? ''}\u0000${(claim as { retroactive?: unknown }).retroactive === true}\u0000${designator}`,
    () => resolveClaimFields(context, claim, designator === '' ? undefined : designator),
  );
  // A public body naming a public authority (an NHS trust naming the NHS, WHO naming itself) is
  // not a mill borrowing its name.
  if (resolved.status === 'non-accreditor' && identity.publicBody) {
    return {
      ...resolved,
      status: 'unknown',
      evidence: `"${claim.body}" names ${resolved.nonAccreditor?.name}, which accredits no courses, from a public body: not an accreditation`,
    };
  }
  // A regulator naming itself: its own continuing-education activity (the OIIQ's own activities
  // count as accredited hours), not a third party presented as its approver.
  if (
    resolved.status === 'regulator' &&
    identity.status !== 'claimed' &&
    identity.organisation?.id === resolved.regulator?.id
  ) {
    return {
      ...resolved,
      status: 'own-activity',
      evidence: `"${claim.body}" names the provider itself, ${resolved.regulator?.name}: its own activity, not another body's approval`,
    };
  }
  // The same named with no address of its own, only a page elsewhere (a news report of the GMC's
  // own workshop, blind round 32): whether it is the regulator is not known, so neither is the
  // claim, as with a known body's own claim from such a page.
  if (
    resolved.status === 'regulator' &&
    identity.imitates.some(
      (i) => i.basis === 'page-only' && i.organisation.id === resolved.regulator?.id,
    )
  ) {
    return {
      ...resolved,
      status: 'unknown',
      evidence: `"${claim.body}" names the provider's own name, ${resolved.regulator?.name}, given only with a page elsewhere: its own activity if it is that regulator, not checked`,
    };
  }
  if (resolved.status === 'unknown' && ACCREDITING.test(claim.body)) {
    const naming = selfNaming(context, claim.body, provider.name);
    // The provider itself or its own committee ("NVvH Commissie Accreditatie", "Verenso
    // (accreditatie via GAIA)"): a professional body approving its own specialty's CPD, as
    // national systems let it, not a separate accreditor under its name.
    if (naming?.own) {
      return {
        ...resolved,
        status: 'own-activity',
        evidence: `"${claim.body}" names the provider itself: its own approval, not another body's`,
      };
    }
    if (naming !== undefined) {
      return {
        ...resolved,
        status: 'self-named',
        evidence: `"${claim.body}" is named after the provider itself ("${naming.brand}"): an accreditor that bears the provider's own name is not independent of it`,
      };
    }
  }
  if (resolved.status !== 'recognised' || resolved.accreditor === undefined) return resolved;
  const accreditor = resolved.accreditor;
  const imitation = imitated(identity, accreditor, resolved.credit);
  if (imitation === undefined) {
    // The accreditor's own short name on an address the offering gives (`claimed-short-name.ts`).
    const body =
      identity.imitableAddresses.length === 0
        ? undefined
        : context.reference.directory.byEntry('accreditor', accreditor.id);
    const found =
      body === undefined || body === identity.organisation
        ? undefined
        : claimedBodyOnAddress(context, body, identity.imitableAddresses);
    return found === undefined
      ? resolved
      : {
          ...resolved,
          status: 'impersonated',
          imitation: 'evidence',
          evidence: `${accreditor.name} is named, but ${found.evidence}`,
        };
  }
  return {
    ...resolved,
    status: 'impersonated',
    imitation: imitation.basis,
    evidence:
      imitation.basis === 'evidence'
        ? `${accreditor.name} is named, but the provider's name or a web address the offering gives imitates ${imitation.organisation.name}`
        : `${accreditor.name} is named by a provider calling itself ${imitation.organisation.name} from a web address that is none of its known sites`,
  };
}

/**
 * Resolves every accreditation claim of a course.
 *
 * @example
 * ```ts
 * const claims = resolveClaims(course, { asOf: '2026-11-28' });
 * claims[0]?.status; // 'recognised'
 * ```
 */
export function resolveClaims(
  course: Course,
  options: { asOf: string; reference?: Reference; context?: EvaluationContext },
): ResolvedClaim[] {
  const context = options.context ?? createContext(options);
  const identity = providerIdentity(context, course);
  return (course.accreditations ?? []).map((claim) =>
    resolveClaim(context, claim, course.provider, identity),
  );
}
