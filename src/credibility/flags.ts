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
  'unknown-accreditor',
  'lookalike-provider',
  'lookalike-domain',
  'provider-domain-mismatch',
  'unverified-university',
  'implausible-credit',
  'credit-over-daily-cap',
  'expired-accreditation',
  'retroactive-accreditation',
  'generic-cpd-accreditation-only',
  'qualification-word-on-short-course',
  'certified-without-assessment',
  'industry-without-independent-accreditation',
  'unsubstantiated-accreditation-claim',
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

const SEVERITY_ORDER: Readonly<Record<Flag['severity'], number>> = {
  critical: 0,
  warning: 1,
  info: 2,
};

/** Sorts flags most severe first, then by code and message, and removes exact duplicates. */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  if (flags.length <= 1) return [...flags];
  const seen = new Set<string>();
  const unique = flags.filter((f) => {
    const key = `${f.code}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
