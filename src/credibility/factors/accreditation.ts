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

/** A claim's credit is more than the hours allow. */
const IMPLAUSIBLE = 1;
/** A one-day live activity claims more than the body's daily cap. */
const OVER_DAILY_CAP = 2;

/**
 * The plausibility checks a claim fails, as {@link IMPLAUSIBLE} | {@link OVER_DAILY_CAP} bits,
 * or -1 when they do not apply (no duration, no amount, or a credit with no hours rule).
 * The factor's flags and the batch's sharing key both read this one function.
 */
function failedChecks(context: EvaluationContext, course: Course, r: ResolvedClaim): number {
  const hours = course.durationHours;
  const credits = r.claim.credits;
  if (r.hours === undefined || hours === undefined || credits === undefined) return -1;
  const tolerance = context.policy.thresholds.creditPerHourTolerance;
  const cap = r.credit?.maxPerDay;
  const singleDay = course.format === 'in-person' || course.format === 'live-online';
  return (
    (r.hours > hours * tolerance + 0.25 ? IMPLAUSIBLE : 0) |
    (cap !== undefined && singleDay && hours <= 8 && credits > cap ? OVER_DAILY_CAP : 0)
  );
}

function plausibility(
  context: EvaluationContext,
  course: Course,
  r: ResolvedClaim,
  flags: Flag[],
): number {
  const failed = failedChecks(context, course, r);
  if (failed <= 0) return 1;
  const { claim } = r;
  const hours = course.durationHours as number;
  if ((failed & IMPLAUSIBLE) !== 0) {
    const ratio = hours === 0 ? Number.POSITIVE_INFINITY : (r.hours as number) / hours;
    flags.push(
      flag(
        'implausible-credit',
        ratio > 2 ? 'critical' : 'warning',
        `${claim.credits} ${claim.creditType ?? claim.unit ?? 'credits'} claimed for ${hours} hours of learning: that credit stands for about ${Math.round((r.hours as number) * 10) / 10} hours.`,
      ),
    );
  }
  if ((failed & OVER_DAILY_CAP) !== 0) {
    flags.push(
      flag(
        'credit-over-daily-cap',
        'warning',
        `${claim.credits} credits claimed for a one-day activity; ${r.accreditor?.name ?? 'the body'} allows at most ${r.credit?.maxPerDay} a day.`,
      ),
    );
  }
  return 0.5;
}

/**
 * What of the course's duration and format the accreditation factor's result depends on, given
 * its resolved claims: which plausibility checks each claim fails ({@link failedChecks}). An
 * implausible claim's flag quotes the duration, so then the duration itself is part of the key.
 * Courses with equal claims and equal keys get the same result (the batch evaluator shares it).
 */
export function accreditationDurationKey(
  context: EvaluationContext,
  course: Course,
  claims: readonly ResolvedClaim[],
): string {
  let key = '';
  let quotesHours = false;
  for (const r of claims) {
    const failed = failedChecks(context, course, r);
    if (failed > 0 && (failed & IMPLAUSIBLE) !== 0) quotesHours = true;
    key += `${failed},`;
  }
  return quotesHours ? `h${course.durationHours}:${key}` : key;
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
