/**
 * Accreditation factor: the best valid claim. A recognised healthcare accreditor or regulator
 * counts most, professional-body approval and higher-education QA less, generic CPD services
 * least; a verified provider that is itself a recognised approver counts a share of its kind, and
 * a public body's own course counts as much as a generic CPD service's review.
 * Listed mills, look-alikes, impersonated bodies, regulators named as a course's approver and
 * expired claims count nothing, with a flag; credit the duration does not allow halves a claim.
 * Claims that name only bodies credence does not know leave the factor unknown: unverified is
 * neutral, not a fault.
 * @module
 */
import type { Flag } from '../../model/report.js';
import type { Accreditor } from '../../reference/schemas.js';
import type { ResolvedClaim } from '../claims.js';
import type { EvaluationContext } from '../context.js';
import { type CreditCheck, checkCredit } from '../credit-hours.js';
import { flag } from '../flags.js';
import { leadsToRegulatedStatus } from '../regulated-status.js';
import {
  type CreditFacts,
  creditLength,
  creditPlausibility,
  optionalPartsOf,
} from './accreditation-credit.js';
import { type FactorResult, type FactorRule, round3, unknownFactor } from './types.js';

/** What the accreditation factor reads. */
export interface AccreditationFacts extends CreditFacts {
  readonly claims: readonly ResolvedClaim[];
  /** Each claim's credit checked against the offering's duration and format (same order). */
  readonly checks: readonly (CreditCheck | undefined)[];
  readonly selfApprover: Accreditor | undefined;
  /** Whether the provider is only registered by name (its self-approval then counts a share). */
  readonly providerRegistered: boolean;
  readonly providerIsVerifiedUniversity: boolean;
  /** The provider is a university the reference data lists (by web address or exact name). */
  readonly providerIsListedUniversity: boolean;
  /** The provider is a verified or registered public body (its own course counts a share). */
  readonly providerIsPublicBody: boolean;
  /**
   * The offering's words say it leads to what a regulator grants (an endorsement, prescribing
   * rights, registration): a regulator named beside it approved it as an education programme.
   */
  readonly leadsToRegulatedStatus: boolean;
}

/** A credit check in a key: unchecked, plausible, or which limits it passed. */
const checkKey = (c: CreditCheck | undefined): string =>
  c === undefined
    ? '-'
    : `${c.inflated ? 'i' : ''}${c.grosslyInflated ? 'g' : ''}${c.overDailyCap ? 'd' : ''}${c.overActivityCap ? 'a' : ''}.`;

/**
 * Whether a claim says its credit was granted after the activity, in its reference or its credit's
 * name ("retrospective CEUs", "backdated points": blind mills round 95).
 */
function retroactive(r: ResolvedClaim): boolean {
  return (
    (r.claim as { retroactive?: unknown }).retroactive === true ||
    /retro(?:active|spective)|backdated/i.test(`${r.claim.reference} ${r.claim.creditType}`)
  );
}

/** Statuses that say something checkable about the offering's accreditation. */
const INFORMATIVE: ReadonlySet<ResolvedClaim['status']> = new Set([
  'recognised',
  'expired',
  'unrecognised',
  'lookalike',
  'impersonated',
  'regulator',
  'non-accreditor',
  'self-named',
]);

/**
 * Whether a claim naming a regulator as approver is evidence against the offering: the regulator
 * states it approves no CPD courses (where the data does not know, the claim is only unchecked),
 * and the provider is neither a listed university nor a public body, which speak of a programme
 * the regulator approved (a prescribing or return-to-practice programme), not of a CPD course.
 */
const accusesRegulatorClaim = (facts: AccreditationFacts, r: ResolvedClaim): boolean =>
  r.status === 'regulator' &&
  r.regulator?.approvesCpd === false &&
  !facts.providerIsListedUniversity &&
  !facts.providerIsPublicBody &&
  !facts.leadsToRegulatedStatus;

/**
 * Whether a regulator named as approver speaks of an education programme it approved: at a
 * verified university, or for an offering that leads to what regulators grant.
 */
const approvesProgramme = (facts: AccreditationFacts): boolean =>
  facts.providerIsVerifiedUniversity || facts.leadsToRegulatedStatus;

/** A regulator's approval of an education programme, counted at `value`, with its evidence. */
function programmeApproval(
  facts: AccreditationFacts,
  r: ResolvedClaim,
  value: number,
  evidence: string[],
): number {
  evidence.push(
    `${r.evidence}; ${facts.leadsToRegulatedStatus ? 'for a programme leading to what regulators grant' : 'at a verified university'} it is the regulator's approval of an education programme: ${round3(value)}`,
  );
  return value;
}

/** One claim's value, with its evidence line and flags. */
function claimValue(
  context: EvaluationContext,
  facts: AccreditationFacts,
  i: number,
  flags: Flag[],
  evidence: string[],
): number {
  const kinds = context.policy.scores.accreditorKinds;
  const r = facts.claims[i] as ResolvedClaim;
  const body = r.claim.body;
  const number = r.accreditor?.activityNumber;
  if (r.malformedNumber !== undefined && number !== undefined) {
    // A number the accreditor never issued: the claim is not its accreditation.
    flags.push(
      flag(
        'malformed-activity-number',
        'warning',
        `"${r.malformedNumber}", given as ${r.accreditor?.name}'s ${number.names[0]}, is not in the form it gives every activity ("${number.statement}", ${number.page}): a number it did not issue.`,
      ),
    );
    evidence.push(
      `${r.evidence}: its ${number.names[0]} "${r.malformedNumber}" is not in the body's form, counts 0`,
    );
    return 0;
  }
  const p = creditPlausibility(context, facts, r, facts.checks[i], flags);
  const approvesNone = r.accreditor?.approvesNoActivities;
  if (r.activityApproval !== undefined && approvesNone !== undefined) {
    // The body states it approves no courses: the claim is not its accreditation (its credit
    // is still checked, above).
    flags.push(
      flag(
        'activity-approval-claim',
        'warning',
        `It says "${r.activityApproval}" of ${r.accreditor?.name}, which approves no courses or activities, only their providers ("${approvesNone.statement}", ${approvesNone.page}).`,
      ),
    );
    evidence.push(`${r.evidence}: "${r.activityApproval}", which the body never grants, counts 0`);
    return 0;
  }
  switch (r.status) {
    case 'unrecognised':
      flags.push(
        flag(
          'unrecognised-accreditor',
          'critical',
          `${body} is not a recognised accreditor: ${r.evidence}.`,
        ),
      );
      break;
    case 'lookalike':
      flags.push(
        flag(
          'lookalike-accreditor',
          r.lookalike?.strong ? 'critical' : 'warning',
          `${capitalise(r.evidence)}: a look-alike of a recognised body, not counted.`,
        ),
      );
      break;
    case 'impersonated':
      flags.push(
        flag(
          'impersonated-accreditor',
          r.imitation === 'evidence'
            ? 'critical'
            : r.imitation === 'name-only'
              ? 'warning'
              : 'info',
          `${capitalise(r.evidence)}: the claim is not counted.`,
        ),
      );
      break;
    case 'regulator':
      if (approvesProgramme(facts))
        return programmeApproval(facts, r, kinds.regulator * p, evidence);
      // A regulator that approves CPD providers itself (the Florida and California boards of
      // nursing): that it approved this offering is a fair claim, unchecked.
      if (r.regulator?.approvesCpd === true) {
        flags.push(flag('unknown-accreditor', 'info', `${capitalise(r.evidence)}.`));
        break;
      }
      flags.push(
        accusesRegulatorClaim(facts, r)
          ? flag(
              'regulator-as-approver',
              'critical',
              `${body} is presented as approving this offering, but ${r.regulator?.name} is a regulator that approves no CPD courses: regulators set the requirement and approve education programmes.`,
            )
          : flag(
              'regulator-as-approver',
              'info',
              r.regulator?.approvesCpd === false
                ? `${body} is named by a university or public body, or for an offering that leads to what regulators grant: read as ${r.regulator.name}'s approval of an education programme, which regulators give, not of a CPD course.`
                : `${body} is presented as approving this offering; ${r.regulator?.name ?? 'it'} is a regulator, and credence's data does not say whether it approves CPD courses.`,
            ),
      );
      break;
    case 'non-accreditor':
      flags.push(
        flag(
          'non-accreditor-as-approver',
          'warning',
          `${body} is presented as accrediting this offering, but ${r.nonAccreditor?.name ?? 'that body'} accredits no courses: ${r.nonAccreditor?.statement ?? ''}.`,
        ),
      );
      break;
    case 'self-named':
      flags.push(
        flag(
          'self-named-accreditor',
          'warning',
          `${capitalise(r.evidence)}; an accreditation it grants is no independent review.`,
        ),
      );
      break;
    case 'pending':
      if (r.pendingForbiddenBy?.forbidsPendingClaims) {
        const rule = r.pendingForbiddenBy.forbidsPendingClaims;
        flags.push(
          flag(
            'forbidden-pending-claim',
            'warning',
            `${body} is said to be pending, but ${r.pendingForbiddenBy.name} forbids saying so: "${rule.statement}" (${rule.page})`,
          ),
        );
      }
      evidence.push(`${r.evidence}: not an accreditation, counts 0`);
      return 0;
    case 'requirement-mention':
    case 'own-activity':
      evidence.push(`${r.evidence}: not an accreditation, counts 0`);
      return 0;
    case 'unknown':
      flags.push(
        flag(
          'unknown-accreditor',
          'info',
          `${body} is not a body credence recognises; its accreditation could not be checked.`,
        ),
      );
      break;
    case 'expired': {
      // Where the end came from: the claim's date, else its reference's words, else its own.
      const stated =
        r.expiryStatedBy === 'reference'
          ? ` (as its reference states: "${r.claim.reference}")`
          : r.expiryStatedBy === 'claim'
            ? ` (as the claim states: "${r.claim.body}")`
            : '';
      flags.push(
        flag(
          'expired-accreditation',
          'warning',
          `Accreditation by ${r.accreditor?.name ?? body} expired on ${r.expiresOn}${stated}.`,
        ),
      );
      evidence.push(`${r.evidence}: expired ${r.expiresOn}, counts 0`);
      return 0;
    }
    default: {
      const kind = (r.accreditor as Accreditor).kind;
      const value = kinds[kind] ?? 0;
      evidence.push(
        `${r.evidence}: ${kind}, ${value}${p < 1 ? ` × ${p} (implausible credit)` : ''}${r.credit ? `; credit "${r.credit.name}"` : ''}`,
      );
      return value * p;
    }
  }
  evidence.push(`${r.evidence}: counts 0`);
  return 0;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Scores the accreditation claims of a course. */
export const accreditationFactor: FactorRule<AccreditationFacts> = {
  id: 'accreditation',
  read: ({ course, provider, claims }, context) => {
    // The offering's words are read for a length only for claims whose credit it could check.
    const length = claims.some((r) => r.hours !== undefined)
      ? creditLength(course)
      : {
          durationHours: course.durationHours,
          durationStated: undefined,
          durationBoundPerDay: undefined,
        };
    const timed = { durationHours: length.durationHours, format: course.format };
    const checks = claims.map((r) =>
      checkCredit(timed, r.hours, r.claim, r.credit, context.policy, r.leastHours),
    );
    return {
      claims,
      checks,
      ...length,
      // Read only when some credit exceeds the length: the parts matter to that flag alone.
      optionalParts: checks.some((c) => c?.inflated)
        ? optionalPartsOf(course.title, [
            course.description ?? '',
            ...claims.map((r) => r.claim.creditType ?? ''),
          ])
        : undefined,
      selfApprover: provider.status === 'claimed' ? undefined : provider.selfApprover,
      providerRegistered: provider.status === 'registered',
      providerIsVerifiedUniversity: provider.verifiedUniversity,
      providerIsListedUniversity:
        provider.status !== 'claimed' && provider.organisation?.role === 'university',
      providerIsPublicBody: provider.publicBody,
      leadsToRegulatedStatus:
        claims.some((r) => r.status === 'regulator') &&
        leadsToRegulatedStatus(`${course.title}\n${course.description ?? ''}`),
    };
  },
  // The duration, and the words it was read from, matter only to an implausible-credit flag's
  // message and severity.
  key: (f, ids) =>
    `${f.claims.map(ids).join(',')}|${f.checks.map(checkKey).join('')}|${f.checks.some((c) => c?.inflated) ? `${f.durationHours}${f.durationStated ?? ''}${f.durationBoundPerDay ?? ''}\u0000${f.optionalParts ?? ''}` : ''}|${f.selfApprover === undefined ? '' : ids(f.selfApprover)}|${f.providerRegistered}|${f.providerIsVerifiedUniversity}|${f.providerIsListedUniversity}|${f.providerIsPublicBody}|${f.leadsToRegulatedStatus}`,
  score(facts, context): FactorResult {
    const kinds = context.policy.scores.accreditorKinds;
    const flags: Flag[] = [];
    const evidence: string[] = [];
    const self = facts.selfApprover;
    const scores = context.policy.scores;
    const selfValue =
      self && self.kind !== 'generic-cpd-accreditor'
        ? round3(
            (kinds[self.kind] ?? 0) *
              scores.selfApproverShare *
              (facts.providerRegistered ? scores.registeredShare : 1),
          )
        : 0;
    if (selfValue > 0) {
      evidence.push(
        `provider is itself a recognised CPD approver (${self?.name}, ${self?.kind}${facts.providerRegistered ? ', known by name only' : ''}): ${selfValue}`,
      );
    }
    // A public body's own course: public clinical governance, not an independent CPD review.
    const publicValue = facts.providerIsPublicBody ? scores.publicBodyOwnCourse : 0;
    if (publicValue > 0) {
      evidence.push(
        `provider is a public body: its own course, under public clinical governance but not independently accredited for CPD: ${publicValue}`,
      );
    }
    let best = Math.max(selfValue, publicValue);
    for (const [i, r] of facts.claims.entries()) {
      if (retroactive(r)) {
        flags.push(
          flag(
            'retroactive-accreditation',
            'warning',
            `Credit from ${r.claim.body} was granted after the activity; recognised bodies designate credit in advance.`,
          ),
        );
      }
      best = Math.max(best, claimValue(context, facts, i, flags, evidence));
    }
    const recognised = facts.claims.filter((r) => r.status === 'recognised');
    if (
      recognised.length > 0 &&
      recognised.every((r) => r.accreditor?.kind === 'generic-cpd-accreditor')
    ) {
      flags.push(
        flag(
          'generic-cpd-accreditation-only',
          'info',
          'Only a generic CPD accreditation service backs this offering; no healthcare accreditor or regulator has reviewed it.',
        ),
      );
    }
    // A regulator whose stance on approving CPD the data does not know says nothing either way.
    const known =
      selfValue > 0 ||
      publicValue > 0 ||
      facts.claims.some(
        (r) =>
          INFORMATIVE.has(r.status) &&
          r.imitation !== 'page-only' &&
          (r.status !== 'regulator' ||
            facts.providerIsVerifiedUniversity ||
            facts.leadsToRegulatedStatus ||
            accusesRegulatorClaim(facts, r)),
      );
    if (!known) {
      const base = unknownFactor(
        'accreditation',
        facts.claims.length === 0
          ? 'no accreditation claimed: scores 0'
          : 'no claim names a body credence can check: scores 0',
      );
      return { ...base, evidence: [...evidence, ...base.evidence], flags };
    }
    evidence.push(
      publicValue > 0 || selfValue > 0
        ? `the best of these counts: ${round3(best)}`
        : `best valid claim: ${round3(best)}`,
    );
    return { id: 'accreditation', score: round3(best), known: true, evidence, flags };
  },
};
