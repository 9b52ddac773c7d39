/**
 * Red-flag codes, severities and message builders. Codes are stable: websites key icons and
 * filters on them. Messages are written for clinicians.
 * @module
 */
import type { Flag } from '../model/report.js';

/** Every red-flag code credence raises. */
export const FLAG_CODES = [
  'unrecognised-accreditor',
  'lookalike-accreditor',
  'impersonated-accreditor',
  'regulator-as-approver',
  'non-accreditor-as-approver',
  'self-named-accreditor',
  'self-hosted-accreditor',
  'unknown-accreditor',
  'unrecognised-provider',
  'unrecognised-partner',
  'lookalike-provider',
  'lookalike-domain',
  'provider-domain-mismatch',
  'unverified-university',
  'implausible-credit',
  'credit-over-daily-cap',
  'malformed-activity-number',
  'activity-approval-claim',
  'expired-accreditation',
  'retroactive-accreditation',
  'forbidden-pending-claim',
  'generic-cpd-accreditation-only',
  'qualification-word-on-short-course',
  'certified-without-assessment',
  'industry-without-independent-accreditation',
  'ineligible-company-accreditation',
  'unsubstantiated-accreditation-claim',
  'mill-indicator',
  'stale-content',
  'review-date-in-future',
  'insufficient-information',
] as const;
/** One of {@link FLAG_CODES}. */
export type FlagCode = (typeof FLAG_CODES)[number];

/** Builds a flag. */
export function flag(code: FlagCode, severity: Flag['severity'], message: string): Flag {
  return { code, severity, message };
}

/**
 * Warnings that signal an attempt to look more credible than the offering is: each multiplies
 * the score by `penalties.deceptiveWarning`, and any of them (or a critical flag) means the
 * offering is graded on its evidence, never left unrated.
 */
export const DECEPTIVE_WARNINGS: ReadonlySet<FlagCode> = new Set<FlagCode>([
  'lookalike-accreditor',
  'non-accreditor-as-approver',
  'self-named-accreditor',
  'self-hosted-accreditor',
  'impersonated-accreditor',
  'lookalike-provider',
  'lookalike-domain',
  'implausible-credit',
  'credit-over-daily-cap',
  'malformed-activity-number',
  'activity-approval-claim',
  'retroactive-accreditation',
  'forbidden-pending-claim',
  'qualification-word-on-short-course',
  'certified-without-assessment',
  'industry-without-independent-accreditation',
  'ineligible-company-accreditation',
  'unsubstantiated-accreditation-claim',
  'mill-indicator',
]);

/** Whether a flag is evidence of deception (critical, or a deceptive warning). */
export function isDeceptive(f: Flag): boolean {
  return (
    f.severity === 'critical' ||
    (f.severity === 'warning' && DECEPTIVE_WARNINGS.has(f.code as FlagCode))
  );
}

/**
 * Warnings that an accreditation claim the offering makes is false: an approver that approves
 * nothing, an accreditor named after the provider itself or living on its website, a look-alike
 * or impersonated accreditor, credit its hours cannot hold, credit granted after the event, an
 * accreditor that accredits no company of the provider's kind, a mill's own wording. (Loose wording — "certificate" with nothing assessed, a short "diploma",
 * "accredited" with no body named — and look-alike names or addresses, which honest providers
 * also produce, are not proof of a false claim.)
 */
const FALSE_CLAIM_WARNINGS: ReadonlySet<FlagCode> = new Set<FlagCode>([
  'non-accreditor-as-approver',
  'self-named-accreditor',
  'self-hosted-accreditor',
  'lookalike-accreditor',
  'impersonated-accreditor',
  'implausible-credit',
  'credit-over-daily-cap',
  'malformed-activity-number',
  'activity-approval-claim',
  'retroactive-accreditation',
  'ineligible-company-accreditation',
  'mill-indicator',
]);

/**
 * Whether a flag shows the offering's own words to be false: strong evidence of any kind
 * (critical), or a warning that one of its accreditation claims is false.
 */
export function showsDeceptiveWords(f: Flag): boolean {
  return (
    f.severity === 'critical' ||
    (f.severity === 'warning' && FALSE_CLAIM_WARNINGS.has(f.code as FlagCode))
  );
}

const SEVERITY_ORDER: Readonly<Record<Flag['severity'], number>> = {
  critical: 0,
  warning: 1,
  info: 2,
};

function compareFlags(a: Flag, b: Flag): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * Adds `f` to `sorted` (most severe first, then by code and message) unless a flag with the same
 * code and message is already there. Cheap for the few flags an offering has.
 */
function insertFlag(sorted: Flag[], f: Flag): void {
  for (let j = 0; j < sorted.length; j++) {
    if (sorted[j]!.code === f.code && sorted[j]!.message === f.message) return;
  }
  sorted.push(f);
  let at = sorted.length - 1;
  for (; at > 0 && compareFlags(sorted[at - 1]!, f) > 0; at--) sorted[at] = sorted[at - 1]!;
  sorted[at] = f;
}

/** Above this many flags, {@link sortFlags} uses a set and the built-in sort, not insertion. */
const FEW_FLAGS = 16;

/**
 * Sorts flags most severe first, then by code and message, and removes exact duplicates (the
 * same code and message; the first is kept). Returns a new array.
 *
 * @example
 * ```ts
 * sortFlags([flag('stale-content', 'info', 'Old.'), flag('unknown-accreditor', 'critical', 'X.')]);
 * // the critical flag first
 * ```
 */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  if (flags.length <= FEW_FLAGS) {
    const out: Flag[] = [];
    for (let i = 0; i < flags.length; i++) insertFlag(out, flags[i]!);
    return out;
  }
  const seen = new Set<string>();
  const unique = flags.filter((f) => {
    const key = `${f.code}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(compareFlags);
}
