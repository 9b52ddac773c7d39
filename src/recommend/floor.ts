/**
 * The trust floor: by default an offering with a critical red flag or grade E is held back
 * from recommendations and plans. `minGrade` and `includeFlagged` move the floor on purpose;
 * what the floor holds back is listed with its reasons, never dropped silently.
 * @module
 */
import type { Grade } from '../model/enums.js';
import type { Policy } from '../model/policy.js';
import type { CredibilitySummary } from '../model/report.js';
import { DEFAULT_MIN_GRADE, GRADE_ORDER } from './defaults.js';

/** A grade the floor can be set at. */
export type FloorGrade = (typeof GRADE_ORDER)[number];

/** Where the floor is for one request. */
export interface TrustFloor {
  /** Lowest grade shown (default D: grade E is held back). */
  readonly minGrade: FloorGrade;
  /** Show offerings with a critical red flag (default: the policy's `excludeCritical` negated). */
  readonly includeFlagged: boolean;
}

/** The options that move the floor. */
export interface FloorOptions {
  readonly minGrade?: FloorGrade;
  readonly includeFlagged?: boolean;
}

/** The floor for a request: its options over the defaults and the policy. */
export function trustFloor(options: FloorOptions, policy: Policy): TrustFloor {
  return {
    minGrade: options.minGrade ?? DEFAULT_MIN_GRADE,
    includeFlagged: options.includeFlagged ?? !policy.ranking.excludeCritical,
  };
}

/** Whether the floor differs from the default, and how (for the notes a request returns). */
export function floorNote(floor: TrustFloor, policy: Policy): string | undefined {
  const moved: string[] = [];
  if (floor.minGrade !== DEFAULT_MIN_GRADE) moved.push(`minimum grade ${floor.minGrade}`);
  if (floor.includeFlagged && policy.ranking.excludeCritical) {
    moved.push('offerings with critical red flags included');
  }
  if (!floor.includeFlagged && !policy.ranking.excludeCritical) {
    moved.push('offerings with critical red flags held back');
  }
  return moved.length === 0 ? undefined : `Trust floor changed on request: ${moved.join('; ')}`;
}

/** A flag code as words ("lookalike-accreditor" → "look-alike accreditor"). */
export const flagWords = (code: string): string =>
  code
    .replace(/-/g, ' ')
    .replace(/\blookalike\b/g, 'look-alike')
    .replace(/\bcpd\b/g, 'CPD');

/**
 * Whether the floor holds back an offering of this grade rank (0 = A … 4 = E, 5 = U) with or
 * without a critical flag: the fast test behind {@link heldBackBy}.
 */
export function heldBackAt(floor: TrustFloor, gradeRank: number, critical: boolean): boolean {
  const limit = GRADE_ORDER.indexOf(floor.minGrade);
  const unrated = gradeRank >= GRADE_ORDER.length;
  if (unrated ? limit < GRADE_ORDER.indexOf('D') : gradeRank > limit) return true;
  return critical && !floor.includeFlagged;
}

/**
 * Why the floor holds an offering back (empty when it does not): its grade, its critical
 * flags. An unrated offering (U) passes a floor of D or E: too little known is not bad.
 *
 * @example
 * ```ts
 * heldBackBy({ grade: 'E', flags: [] }, { minGrade: 'D', includeFlagged: false }); // ['grade E']
 * ```
 */
export function heldBackBy(
  report: Pick<CredibilitySummary, 'grade' | 'flags'> | undefined,
  floor: TrustFloor,
): string[] {
  if (!report) return [];
  const out: string[] = [];
  const limit = GRADE_ORDER.indexOf(floor.minGrade);
  const grade = report.grade as Grade;
  if (grade === 'U') {
    if (limit < GRADE_ORDER.indexOf('D'))
      out.push(`unrated (too little known to show grade ${floor.minGrade} or better)`);
  } else if (GRADE_ORDER.indexOf(grade as FloorGrade) > limit) {
    out.push(`grade ${grade}`);
  }
  if (!floor.includeFlagged) {
    for (const f of report.flags) {
      if (f.severity === 'critical') out.push(`critical flag: ${flagWords(f.code)}`);
    }
  }
  return [...new Set(out)];
}
