/**
 * The credibility evaluator: seven factors, weighted, with alternatives resolved, a grade,
 * a confidence figure and red flags.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import { ASSESSMENT_TYPES } from '../model/enums.js';
import type { CredibilityReport, CredibilitySummary } from '../model/report.js';
import type { Accreditor } from '../reference/schemas.js';
import { claimId } from './claim-ids.js';
import { type ResolvedClaim, resolveClaim } from './claims.js';
import { combine, type SharedFactor, type SharedFlags, shareFactor } from './combine.js';
import { contentFlagBits, contentFlagKey, contentFlagsFor } from './content-flags.js';
import {
  createContext,
  type EvaluateOptions,
  type EvaluationContext,
  intern,
  memoize,
  memoTable,
  remember,
} from './context.js';
import { accreditationDurationKey, accreditationFactor } from './factors/accreditation.js';
import { assessmentFactor } from './factors/assessment.js';
import { currencyFactor } from './factors/currency.js';
import { outcomesFactor } from './factors/outcomes.js';
import { providerFactor } from './factors/provider.js';
import { TRANSPARENCY_ELEMENTS, transparencyFactor } from './factors/transparency.js';
import { universityFactor } from './factors/university.js';
import { type Identity, providerId, providerIdentity } from './identity.js';

export { gradeFor } from './combine.js';
export type { EvaluateOptions } from './context.js';

/** Which transparency elements a course states, one bit each (results are shared per pattern). */
function transparencyBits(course: Course): number {
  let bits = 0;
  for (let i = 0; i < TRANSPARENCY_ELEMENTS.length; i++) {
    if (TRANSPARENCY_ELEMENTS[i]!.present(course)) bits |= 1 << i;
  }
  return bits;
}

/** What a batch knows about one provider (name, type and web address). */
interface ProviderFacts {
  readonly identity: Identity;
  /** The recognised CPD approver a verified provider itself is, if any. */
  readonly selfApprover: Accreditor | undefined;
  readonly factor: SharedFactor;
  /** University backing when the course names no partners and no academic credit. */
  readonly university: SharedFactor;
  /** Interned provider name (the only provider detail claim resolution depends on). */
  readonly nameId: number;
}

function resolveProviderFacts(context: EvaluationContext, course: Course): ProviderFacts {
  const identity = providerIdentity(context, course);
  const plain: Course = { ...course, partners: undefined, academicCredit: undefined };
  return {
    identity,
    selfApprover:
      identity.status === 'verified'
        ? context.reference.findAccreditorByDomain(course.provider.url ?? course.url)
        : undefined,
    factor: shareFactor(context, providerFactor(context, course)),
    university: shareFactor(context, universityFactor(context, plain)),
    nameId: intern(context, 'provider-name', course.provider.name),
  };
}

/** A course's claims, resolved, shared by courses whose provider name and claims are equal. */
interface SharedClaims {
  readonly id: number;
  readonly list: readonly ResolvedClaim[];
}

function resolveSharedClaims(context: EvaluationContext, course: Course): SharedClaims {
  return {
    id: context.idCounter.next++,
    list: (course.accreditations ?? []).map((c) => resolveClaim(context, c, course.provider.name)),
  };
}

function sharedClaims(context: EvaluationContext, course: Course, nameId: number): SharedClaims {
  const claims = course.accreditations;
  if (claims === undefined || claims.length === 0) {
    return memoize(context, 'claims', '', resolveSharedClaims, course);
  }
  // The provider's name matters only for a credit type named beside an unknown body (see
  // resolveClaim), so other claims are shared across providers. One claim without a credit
  // type (the common case) is keyed by its id alone: a number never equals a string key.
  const first = claims[0] as AccreditationClaim;
  if (claims.length === 1 && first.creditType === undefined) {
    return memoize(context, 'claims', claimId(context, first), resolveSharedClaims, course);
  }
  let key = '';
  let creditType = false;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as AccreditationClaim;
    key += `${claimId(context, c)},`;
    creditType ||= c.creditType !== undefined;
  }
  if (creditType) key += nameId;
  return memoize(context, 'claims', key, resolveSharedClaims, course);
}

function partsKey(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

// Factor results shared between offerings, each computed from the one course that first needs it.
const sharedUniversity = (context: EvaluationContext, course: Course): SharedFactor =>
  shareFactor(context, universityFactor(context, course));
const sharedAssessment = (context: EvaluationContext, course: Course): SharedFactor =>
  shareFactor(context, assessmentFactor(course));
const sharedTransparency = (context: EvaluationContext, course: Course): SharedFactor =>
  shareFactor(context, transparencyFactor(course));
const sharedCurrency = (context: EvaluationContext, course: Course): SharedFactor =>
  shareFactor(context, currencyFactor(context, course));
const sharedOutcomes = (context: EvaluationContext, course: Course): SharedFactor =>
  shareFactor(context, outcomesFactor(course));

/**
 * Assessment type, supervision and identity checks as one small number (0: not stated); a type
 * outside the schema's list (unvalidated input) gets a string key of its own.
 */
function assessmentKey(course: Course): number | string {
  const a = course.assessment;
  if (a === undefined) return 0;
  const type = ASSESSMENT_TYPES.indexOf(a.type);
  const checks = (a.supervised ? 2 : 0) + (a.identityVerified ? 1 : 0);
  return type < 0 ? `${a.type}:${checks}` : 1 + type * 4 + checks;
}

/**
 * Evaluates one course within a context (shared caches across a batch): its full report, or its
 * summary when the context keeps no evidence.
 */
function evaluateShared(
  context: EvaluationContext,
  course: Course,
): CredibilityReport | CredibilitySummary {
  // Catalogues repeat providers, claims and shapes. Each factor result is memoised on exactly
  // the inputs that decide it and shared between offerings (see SharedFactor); whole reports
  // are memoised on the combination of results. Hot lookups pass module-level functions, not
  // closures, so a cache hit allocates nothing. This keeps 100,000-offering batches fast and
  // small without changing any report.
  const pid = providerId(context, course);
  const provider = memoize(context, 'provider-facts', pid, resolveProviderFacts, course);
  const claims = sharedClaims(context, course, provider.nameId);
  const accreditationKey = `${claims.id}:${provider.selfApprover?.id ?? ''}:${accreditationDurationKey(context, course, claims.list)}`;
  const accreditations = memoTable<string, SharedFactor>(context, 'accreditation');
  const accreditation =
    accreditations.get(accreditationKey) ??
    remember(
      accreditations,
      accreditationKey,
      shareFactor(
        context,
        accreditationFactor(context, course, claims.list, provider.selfApprover),
      ),
    );
  const university =
    course.partners === undefined && course.academicCredit === undefined
      ? provider.university
      : memoize(
          context,
          'university',
          `${provider.factor.id}:${partsKey(course.partners)}:${partsKey(course.academicCredit)}`,
          sharedUniversity,
          course,
        );
  const factors: SharedFactor[] = [
    provider.factor,
    accreditation,
    university,
    memoize(context, 'assessment', assessmentKey(course), sharedAssessment, course),
    memoize(context, 'transparency', transparencyBits(course), sharedTransparency, course),
    // Not stated is -1: a number, so it never equals a stated (string) value.
    memoize(context, 'currency', course.lastReviewed ?? -1, sharedCurrency, course),
    memoize(context, 'outcomes', course.outcomesLevel ?? -1, sharedOutcomes, course),
  ];
  // Content flags depend on free text, so the rules are checked per course; the flags are
  // built once per combination and shared as one frozen array.
  const bits = contentFlagBits(context, course, claims.list, provider.identity);
  const contentKey = contentFlagKey(course, bits);
  const contents = memoTable<number | string, SharedFlags>(context, 'content');
  const content =
    contents.get(contentKey) ??
    remember(contents, contentKey, {
      id: context.idCounter.next++,
      flags: Object.freeze(contentFlagsFor(course, bits)),
    });
  // The report depends only on the shared results; when the first few thousand offerings show
  // that combinations do not repeat, the batch stops looking them up.
  const stats = context.reportMemo;
  if (!stats.enabled) return combine(context, course.id, factors, content.flags);
  let key = `${content.id}`;
  for (const f of factors) key += `,${f.id}`;
  stats.lookups++;
  const reports = memoTable<string, CredibilityReport | CredibilitySummary>(context, 'report');
  let shared = reports.get(key);
  if (shared === undefined) {
    stats.misses++;
    shared = remember(reports, key, combine(context, course.id, factors, content.flags));
  }
  if (stats.lookups === 2_000 && stats.lookups - stats.misses < 200) stats.enabled = false;
  // A fresh object per offering: only the frozen flags and factor entries are shared.
  const { score, grade, confidence, flags } = shared;
  return 'factors' in shared
    ? { id: course.id, score, grade, confidence, flags, factors: shared.factors }
    : { id: course.id, score, grade, confidence, flags };
}

/** Evaluates one course within a context (shared caches across a batch). */
export function evaluateInContext(context: EvaluationContext, course: Course): CredibilityReport {
  if (!context.evidence) throw new Error('evaluateInContext needs a context that keeps evidence');
  return evaluateShared(context, course) as CredibilityReport;
}

/**
 * Scores a catalogue for ranking: the same scores, grades, confidence and flags as
 * {@link evaluateCatalog}, without the factor entries (the evidence stays one
 * `evaluateCredibility` call away). The recommender keeps these: they are faster to build and
 * smaller to hold.
 *
 * @example
 * ```ts
 * summarizeCatalog(courses, { asOf: '2026-11-28' })[0]?.score;
 * ```
 */
export function summarizeCatalog(
  courses: readonly Course[],
  options: EvaluateOptions,
): CredibilitySummary[] {
  const context = createContext(options, false);
  return courses.map((course) => evaluateShared(context, course));
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
