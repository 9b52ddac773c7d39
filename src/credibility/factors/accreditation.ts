/**
 * Accreditation factor: each claim resolved against the reference data. A recognised healthcare
 * accreditor counts most, professional-body approval and generic CPD accreditors less,
 * unrecognised, look-alike, unknown or expired bodies nothing; implausible credit halves a claim.
 * @module
 */
import type { Course } from '../../model/course.js';
import type { Flag } from '../../model/report.js';
import type { Accreditor } from '../../reference/schemas.js';
import { type ResolvedClaim, resolveClaim } from '../claims.js';
import type { EvaluationContext } from '../context.js';
import { ACCREDITOR_KIND_SCORES } from '../defaults.js';
import { flag } from '../flags.js';
import type { FactorResult } from './types.js';
import { round3 } from './types.js';

function plausibility(
  context: EvaluationContext,
  course: Course,
  r: ResolvedClaim,
  flags: Flag[],
): number {
  const { claim } = r;
  if (r.hours === undefined || course.durationHours === undefined || claim.credits === undefined)
    return 1;
  const tolerance = context.policy.thresholds.creditPerHourTolerance;
  let factor = 1;
  if (r.hours > course.durationHours * tolerance + 0.25) {
    const ratio =
      course.durationHours === 0 ? Number.POSITIVE_INFINITY : r.hours / course.durationHours;
    flags.push(
      flag(
        'implausible-credit',
        ratio > 2 ? 'critical' : 'warning',
        `${claim.credits} ${claim.creditType ?? claim.unit ?? 'credits'} claimed for ${course.durationHours} hours of learning: that credit stands for about ${Math.round(r.hours * 10) / 10} hours.`,
      ),
    );
    factor = 0.5;
  }
  const cap = r.credit?.maxPerDay;
  const singleDay = course.format === 'in-person' || course.format === 'live-online';
  if (cap !== undefined && singleDay && course.durationHours <= 8 && claim.credits > cap) {
    flags.push(
      flag(
        'credit-over-daily-cap',
        'warning',
        `${claim.credits} credits claimed for a one-day activity; ${r.accreditor?.name ?? 'the body'} allows at most ${cap} a day.`,
      ),
    );
    factor = 0.5;
  }
  return factor;
}

/**
 * What of the course's duration and format the accreditation factor's result depends on, given
 * its resolved claims: nothing unless a claim converts to hours. A plausible claim's result does
 * not depend on the exact duration, only on whether it passes each check; an implausible one
 * quotes the duration, so then the duration itself is part of the key. Courses with equal claims
 * and equal keys get the same result (the batch evaluator shares it).
 */
export function accreditationDurationKey(
  context: EvaluationContext,
  course: Course,
  claims: readonly ResolvedClaim[],
): string {
  const hours = course.durationHours;
  if (hours === undefined) return '';
  const tolerance = context.policy.thresholds.creditPerHourTolerance;
  const singleDay = course.format === 'in-person' || course.format === 'live-online';
  let key = '';
  for (const r of claims) {
    const credits = r.claim.credits;
    if (r.hours === undefined || credits === undefined) continue;
    if (r.hours > hours * tolerance + 0.25) return `h${hours}:${singleDay && hours <= 8}`;
    const cap = r.credit?.maxPerDay;
    key += cap !== undefined && singleDay && hours <= 8 && credits > cap ? 'c' : 'o';
  }
  return key;
}

/** Scores the accreditation claims of a course. */
export function accreditationFactor(
  context: EvaluationContext,
  course: Course,
  claims: readonly ResolvedClaim[] = (course.accreditations ?? []).map((c) =>
    resolveClaim(context, c, course.provider.name),
  ),
  selfApprover?: Accreditor,
): FactorResult {
  const flags: Flag[] = [];
  const evidence: string[] = [];
  // A verified provider that is itself a recognised CPD approver (a royal college with an
  // approval scheme) provides its own quality assurance; worth less than external review.
  const selfValue =
    selfApprover && selfApprover.kind !== 'generic-cpd-accreditor'
      ? round3((ACCREDITOR_KIND_SCORES[selfApprover.kind] ?? 0) * 0.8)
      : 0;
  if (selfValue > 0) {
    evidence.push(
      `provider is itself a recognised CPD approver (${selfApprover!.name}, ${selfApprover!.kind}): ${selfValue}`,
    );
  }
  if (claims.length === 0 && selfValue > 0) {
    return { id: 'accreditation', score: selfValue, known: true, evidence, flags };
  }
  if (claims.length === 0) {
    return {
      id: 'accreditation',
      score: 0,
      known: false,
      evidence: ['no accreditation claimed: scores 0'],
      flags,
    };
  }
  let best = selfValue;
  let recognisedNonGeneric = false;
  for (const r of claims) {
    const body = r.claim.body;
    if (r.claim.retroactive === true || /retro(active|spective)/i.test(r.claim.reference ?? '')) {
      flags.push(
        flag(
          'retroactive-accreditation',
          'warning',
          `Credit from ${body} was granted after the activity; recognised bodies designate credit in advance.`,
        ),
      );
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
        evidence.push(`${r.evidence}: counts 0`);
        break;
      case 'lookalike':
        flags.push(
          flag(
            'lookalike-accreditor',
            'critical',
            `${r.evidence}: a look-alike of a recognised accreditor.`,
          ),
        );
        evidence.push(`${r.evidence}: counts 0`);
        break;
      case 'unknown':
        flags.push(
          flag(
            'unknown-accreditor',
            'info',
            `${body} is not a body credence recognises; its accreditation could not be checked.`,
          ),
        );
        evidence.push(`${r.evidence}: counts 0`);
        break;
      case 'expired':
        flags.push(
          flag(
            'expired-accreditation',
            'warning',
            `Accreditation by ${r.accreditor?.name ?? body} expired on ${r.claim.validUntil}.`,
          ),
        );
        evidence.push(`${r.evidence}: expired ${r.claim.validUntil}, counts 0`);
        break;
      default: {
        const kind = r.accreditor!.kind;
        const value = ACCREDITOR_KIND_SCORES[kind] ?? 0;
        const p = plausibility(context, course, r, flags);
        const score = value * p;
        if (kind !== 'generic-cpd-accreditor') recognisedNonGeneric = true;
        evidence.push(
          `${r.evidence}: ${kind}, ${value}${p < 1 ? ' × 0.5 (implausible credit)' : ''}${r.credit ? `; credit "${r.credit.name}"` : ''}`,
        );
        best = Math.max(best, score);
      }
    }
  }
  const anyRecognised = claims.some((r) => r.status === 'recognised');
  if (anyRecognised && !recognisedNonGeneric) {
    flags.push(
      flag(
        'generic-cpd-accreditation-only',
        'info',
        'Only a generic CPD accreditation service backs this offering; no healthcare accreditor or regulator has reviewed it.',
      ),
    );
  }
  evidence.push(`best valid claim: ${round3(best)}`);
  return { id: 'accreditation', score: round3(best), known: true, evidence, flags };
}
