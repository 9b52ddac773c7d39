/**
 * The credibility evaluator: seven factors, weighted, with alternatives resolved, a grade,
 * a confidence figure and red flags.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import type { Grade } from '../model/enums.js';
import type { Policy } from '../model/policy.js';
import type { CredibilityReport, FactorReport, Flag } from '../model/report.js';
import { resolveClaim } from './claims.js';
import { contentFlags } from './content-flags.js';
import {
  createContext,
  type EvaluateOptions,
  type EvaluationContext,
  intern,
  memoize,
  memoizeNumeric,
  objectId,
} from './context.js';
import { accreditationFactor } from './factors/accreditation.js';
import { assessmentFactor } from './factors/assessment.js';
import { currencyFactor } from './factors/currency.js';
import { outcomesFactor } from './factors/outcomes.js';
import { providerFactor } from './factors/provider.js';
import { TRANSPARENCY_ELEMENTS, transparencyFactor } from './factors/transparency.js';
import type { FactorResult } from './factors/types.js';
import { round3 } from './factors/types.js';
import { universityFactor } from './factors/university.js';
import { flag, sortFlags } from './flags.js';
import { providerIdentity, providerKey } from './identity.js';

export type { EvaluateOptions } from './context.js';

/** Positions of the alternative factors in the results list (the report's factor order). */
const ACCREDITATION = 1;
const UNIVERSITY = 2;

/** Which transparency elements a course states, as a bit string (results are shared per pattern). */
function transparencyKey(course: Course): string {
  let bits = 0;
  for (let i = 0; i < TRANSPARENCY_ELEMENTS.length; i++) {
    if (TRANSPARENCY_ELEMENTS[i]!.present(course)) bits |= 1 << i;
  }
  return String(bits);
}

/**
 * Grade for a score under the policy's bands.
 *
 * @example
 * ```ts
 * gradeFor(72, DEFAULT_POLICY); // 'B'
 * ```
 */
export function gradeFor(score: number, policy: Policy): Grade {
  const b = policy.gradeBands;
  return score >= b.A ? 'A' : score >= b.B ? 'B' : score >= b.C ? 'C' : score >= b.D ? 'D' : 'E';
}

/** Weighted mean of factor scores with the factors in `omit` (a bit per position in the factor list) left out. */
function weighted(
  results: readonly FactorResult[],
  omit: number,
  policy: Policy,
): { score: number; weights: number[] } {
  let total = 0;
  for (let i = 0; i < results.length; i++) {
    if ((omit & (1 << i)) === 0) total += policy.weights[results[i]!.id];
  }
  const weights: number[] = [];
  let score = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const w = (omit & (1 << i)) !== 0 || total === 0 ? 0 : policy.weights[r.id] / total;
    weights.push(w);
    score += w * r.score;
  }
  return { score, weights };
}

/** Evaluates one course within a context (shared caches across a batch). */
export function evaluateInContext(context: EvaluationContext, course: Course): CredibilityReport {
  // Catalogues repeat providers, claims and shapes. Each part of the report is memoised on the
  // inputs that decide it, and identical parts are shared (frozen) between reports: this keeps
  // 100,000-offering batches fast and small without changing any report.
  const body = evaluateBody(context, course);
  return { id: course.id, ...body };
}

type ReportBody = Omit<CredibilityReport, 'id'>;

function claimKey(c: AccreditationClaim): string {
  return `${c.body}\u0001${c.creditType ?? ''}\u0001${c.credits ?? ''}\u0001${c.unit ?? ''}\u0001${c.validUntil ?? ''}\u0001${c.reference ?? ''}\u0001${c.retroactive === true}`;
}

function partsKey(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

function evaluateBody(context: EvaluationContext, course: Course): ReportBody {
  const a = course.assessment;
  // Long inputs (provider name and address, the claims) are interned to small numbers once, so
  // the composite memo keys below stay short and cheap to hash.
  const pid = intern(context, 'provider-key', providerKey(course));
  const identity = memoize(context, 'identity', `${pid}`, () => providerIdentity(context, course));
  const cid = intern(
    context,
    'claims-key',
    (course.accreditations ?? []).map(claimKey).join('\u0002'),
  );
  const claims = memoize(context, 'claims', `${pid}:${cid}`, () =>
    (course.accreditations ?? []).map((c) => resolveClaim(context, c, course.provider.name)),
  );
  // Content flags depend on free text, so they are computed per course and then interned:
  // identical flag lists share one frozen array.
  const computed = contentFlags(context, course, claims, identity);
  const contentKey = computed.map((f) => `${f.code}\u0001${f.message}`).join('\u0002');
  const content = memoize(context, 'content', contentKey, () => Object.freeze(computed));
  const transparency = transparencyKey(course);
  // Everything else the report depends on; equal keys give equal (shared, frozen) bodies.
  const build = (): ReportBody => {
    const selfApprover =
      identity.status === 'verified'
        ? context.reference.findAccreditorByDomain(course.provider.url ?? course.url)
        : undefined;
    const factors = [
      memoize(context, 'providerFactor', `${pid}`, () => providerFactor(context, course)),
      memoize(
        context,
        'accreditation',
        `${pid}:${cid}:${course.durationHours}:${course.format}`,
        () => accreditationFactor(context, course, claims, selfApprover),
      ),
      memoize(
        context,
        'university',
        `${pid}:${partsKey(course.partners)}:${partsKey(course.academicCredit)}`,
        () => universityFactor(context, course),
      ),
      memoize(context, 'assessment', `${a?.type}:${a?.supervised}:${a?.identityVerified}`, () =>
        assessmentFactor(course),
      ),
      memoize(context, 'transparency', transparency, () => transparencyFactor(course)),
      memoize(context, 'currency', `${course.lastReviewed}`, () => currencyFactor(context, course)),
      memoize(context, 'outcomes', `${course.outcomesLevel}`, () => outcomesFactor(course)),
    ];
    return freezeBody(combine(context, factors, content));
  };
  // Whole report bodies are shared when catalogues repeat themselves; when the first few thousand
  // lookups show they do not, building the key is wasted work and the batch stops trying.
  const stats = context.reportMemo;
  if (!stats.enabled) return build();
  const key = [
    pid,
    cid,
    objectId(context, content),
    course.durationHours,
    course.format,
    partsKey(course.partners),
    partsKey(course.academicCredit),
    a?.type,
    a?.supervised,
    a?.identityVerified,
    transparency,
    course.lastReviewed,
    course.outcomesLevel,
  ].join('|');
  stats.lookups++;
  if (context.memo.get('report')?.has(key)) stats.hits++;
  const body = memoize(context, 'report', key, build);
  if (stats.lookups === 2_000 && stats.hits < 400) stats.enabled = false;
  return body;
}

function freezeBody(body: ReportBody): ReportBody {
  for (const f of body.flags) Object.freeze(f);
  Object.freeze(body.flags);
  Object.freeze(body.factors);
  return body;
}

function combine(
  context: EvaluationContext,
  results: readonly FactorResult[],
  content: readonly Flag[],
): ReportBody {
  const { policy } = context;
  const accreditation = results[ACCREDITATION]!;
  const university = results[UNIVERSITY]!;
  // Alternatives, not additions: recognised healthcare accreditation makes university backing
  // optional, and a verified university awarding academic credit makes CPD accreditation
  // optional. An optional factor leaves the mean only when that raises the score (so adding
  // information never lowers it); missing data never makes a factor optional.
  const optional: number[] = [];
  if (university.score >= 0.9) optional.push(ACCREDITATION);
  if (accreditation.known && accreditation.score >= 0.85) optional.push(UNIVERSITY);
  let best = weighted(results, 0, policy);
  let omitted = 0;
  for (const index of optional) {
    const trial = omitted | (1 << index);
    const candidate = weighted(results, trial, policy);
    if (candidate.score > best.score + 1e-12) {
      best = candidate;
      omitted = trial;
    }
  }
  const flags: Flag[] = [];
  for (const r of results) for (const f of r.flags) flags.push(f);
  for (const f of content) flags.push(f);
  let known = 0;
  for (let i = 0; i < results.length; i++) if (results[i]!.known) known += best.weights[i]!;
  const confidence = round3(known);
  if (confidence < policy.thresholds.minConfidence) {
    flags.push(
      flag(
        'insufficient-information',
        'warning',
        `Too little information to judge: only ${Math.round(confidence * 100)}% of the evidence credence weighs is stated.`,
      ),
    );
  }
  const sorted = sortFlags(flags);
  // Red flags that signal deception multiply the weighted score down (a critical flag by
  // `penalties.critical`, each deceptive warning by `penalties.deceptiveWarning`); a critical
  // flag also caps the grade. The 'red-flags' entry in `factors` explains the multiplier.
  const penalty = flagPenalty(sorted, policy);
  let score = Math.round(best.score * penalty.multiplier * 1000) / 10;
  const critical = sorted.some((f) => f.severity === 'critical');
  let grade = gradeFor(score, policy);
  if (critical) {
    const capIndex = 'ABCDE'.indexOf(policy.criticalGradeCap);
    if ('ABCDE'.indexOf(grade) < capIndex) {
      grade = policy.criticalGradeCap;
      const bands = policy.gradeBands as Record<string, number>;
      const upper = capIndex === 0 ? 100 : (bands['ABCD'[capIndex - 1]!] ?? 100) - 0.1;
      score = Math.min(score, Math.round(upper * 10) / 10);
    }
  }
  // Factor entries depend only on the factor result and its weight: share them between reports.
  const factors: FactorReport[] = results.map((r, i) => {
    const weight = round3(best.weights[i]!);
    const omit = (omitted & (1 << i)) !== 0;
    // The weight follows from the policy and which alternatives were omitted (2 bits).
    const key = objectId(context, r) * 4 + (omitted & 0b110) / 2;
    return memoizeNumeric(context, 'factor-report', key, () =>
      Object.freeze({
        id: r.id,
        score: round3(r.score),
        weight,
        known: r.known,
        evidence: Object.freeze(
          omit
            ? [
                ...r.evidence,
                r.id === 'university'
                  ? 'not applicable: recognised accreditation stands in for university backing'
                  : 'not applicable: a verified university awarding academic credit stands in for CPD accreditation',
              ]
            : [...r.evidence],
        ) as string[],
      }),
    );
  });
  if (penalty.multiplier < 1) {
    factors.push({
      id: 'red-flags',
      score: round3(penalty.multiplier),
      weight: 0,
      known: true,
      evidence: [
        `weighted score ${Math.round(best.score * 1000) / 10} × ${round3(penalty.multiplier)} for red flags`,
        ...penalty.evidence,
      ],
    });
  }
  return { score, grade, confidence, flags: sorted, factors };
}

/** Flags that signal an attempt to look more credible than the offering is. */
const DECEPTIVE_WARNINGS: ReadonlySet<string> = new Set([
  'lookalike-provider',
  'lookalike-domain',
  'unverified-university',
  'implausible-credit',
  'credit-over-daily-cap',
  'retroactive-accreditation',
  'qualification-word-on-short-course',
  'certified-without-assessment',
  'industry-without-independent-accreditation',
  'unsubstantiated-accreditation-claim',
]);

function flagPenalty(
  flags: readonly Flag[],
  policy: Policy,
): { multiplier: number; evidence: string[] } {
  let multiplier = 1;
  const evidence: string[] = [];
  for (const f of flags) {
    if (f.severity === 'critical') {
      multiplier *= policy.penalties.critical;
      evidence.push(`critical: ${f.code} (× ${policy.penalties.critical})`);
    } else if (f.severity === 'warning' && DECEPTIVE_WARNINGS.has(f.code)) {
      multiplier *= policy.penalties.deceptiveWarning;
      evidence.push(`warning: ${f.code} (× ${policy.penalties.deceptiveWarning})`);
    }
  }
  return { multiplier: Math.max(multiplier, policy.penalties.floor), evidence };
}

/**
 * Evaluates one offering's credibility: a 0–100 score, grade A–E, confidence (0–1), red flags
 * and the evidence behind every factor. Deterministic given `asOf`.
 *
 * @example
 * ```ts
 * const report = evaluateCredibility(course, { asOf: '2026-11-28' });
 * report.grade; // 'B'
 * report.factors.find((f) => f.id === 'accreditation')?.evidence;
 * ```
 */
export function evaluateCredibility(course: Course, options: EvaluateOptions): CredibilityReport {
  return evaluateInContext(createContext(options), course);
}

/**
 * Evaluates a catalogue; same reports as one-by-one evaluation, faster (lookups are shared).
 *
 * @example
 * ```ts
 * const reports = evaluateCatalog(courses, { asOf: '2026-11-28' });
 * ```
 */
export function evaluateCatalog(
  courses: readonly Course[],
  options: EvaluateOptions,
): CredibilityReport[] {
  const context = createContext(options);
  return courses.map((course) => evaluateInContext(context, course));
}
