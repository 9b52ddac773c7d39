/**
 * Credit facts of one course for one clinician: does it grant the required credit (how much),
 * is its accreditation recognised in the clinician's country — from the credibility module's
 * claim resolution (exact matches only; fuzzy names never grant credit).
 * @module
 */
import type { ResolvedClaim } from '../credibility/claims.js';
import type { Course } from '../model/course.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { Reference } from '../reference/reference.js';
import { EU_COUNTRIES } from './defaults.js';

/** What a required credit (or a regulator's accepted list) asks for, resolved to ids. */
export interface CreditTarget {
  readonly label: string;
  readonly creditTypeIds: ReadonlySet<string>;
  readonly accreditorIds: ReadonlySet<string>;
}

/** The clinician's `requiredCredit` resolved against the reference data. */
export function requiredCreditTarget(
  profile: ClinicianProfile,
  reference: Reference,
): CreditTarget | undefined {
  const required = profile.requiredCredit;
  if (!required) return undefined;
  const types = new Set<string>();
  const bodies = new Set<string>();
  // Said by name ("AMA PRA Category 1 Credit"), however the profile wrote it (an id, a variant).
  const names: string[] = [];
  if (required.creditType) {
    const credit = reference.findCreditType(required.creditType)?.credit;
    types.add(credit?.id ?? required.creditType);
    names.push(credit?.name ?? required.creditType);
  }
  if (required.body) {
    const body = reference.findAccreditor(required.body)?.entry;
    bodies.add(body?.id ?? required.body);
    names.push(body?.name ?? required.body);
  }
  const label = names.join(' / ');
  return { label, creditTypeIds: types, accreditorIds: bodies };
}

/** Credit a course grants toward a target (recognised, unexpired claims only). */
export function creditToward(claims: readonly ResolvedClaim[], target: CreditTarget): number {
  let total = 0;
  for (const c of claims) {
    if (c.status !== 'recognised') continue;
    const typeOk =
      target.creditTypeIds.size === 0 ||
      (c.credit !== undefined && target.creditTypeIds.has(c.credit.id));
    const bodyOk =
      target.accreditorIds.size === 0 ||
      (c.accreditor !== undefined && target.accreditorIds.has(c.accreditor.id));
    if (typeOk && bodyOk) total = Math.max(total, c.amount ?? c.hours ?? 0);
  }
  return total;
}

/** Whether any recognised claim counts in a country ('EU' and 'INT' included). */
export function recognition(
  claims: readonly ResolvedClaim[],
  country: string | undefined,
): 'here' | 'elsewhere' | 'none' | 'unrecognised' {
  if (claims.length === 0) return 'none';
  const recognised = claims.filter((c) => c.status === 'recognised' && c.accreditor);
  if (recognised.length === 0) return 'unrecognised';
  if (country === undefined) return 'here';
  for (const c of recognised) {
    const a = c.accreditor;
    if (!a) continue;
    const where = new Set([a.country, ...a.recognisedIn]);
    if (where.has(country) || where.has('INT') || (EU_COUNTRIES.has(country) && where.has('EU'))) {
      return 'here';
    }
  }
  return 'elsewhere';
}

/** Hours a course stands for: its stated duration, else the hours of its recognised credit. */
export function courseHours(course: Course, claims: readonly ResolvedClaim[]): number {
  if (course.durationHours !== undefined) return course.durationHours;
  return Math.max(0, ...claims.filter((c) => c.status === 'recognised').map((c) => c.hours ?? 0));
}
