/**
 * The measures the open-world credibility targets are stated in: false alarms on legitimate
 * offerings, good offerings graded D/E, mills caught, and tier order (pairwise concordance).
 */
import type { CredibilityReport } from '../../../src/model/report.js';

/** Whether a report carries a flag of this severity. */
export const hasSeverity = (report: CredibilityReport, severity: 'warning' | 'critical'): boolean =>
  report.flags.some((f) => f.severity === severity);

/** Share of items satisfying a predicate (0 for none). */
export function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(predicate).length / items.length;
}

/** A mill is caught when it is graded D or E and carries a warning or critical flag. */
export const caught = (report: CredibilityReport): boolean =>
  (report.grade === 'D' || report.grade === 'E') &&
  (hasSeverity(report, 'warning') || hasSeverity(report, 'critical'));

/**
 * Tier order: over every pair of offerings from different tiers (1 best … 4 mills), the share
 * in which the better tier has the higher score; ties count half.
 *
 * @example
 * tierOrder([{ tier: 1, score: 80 }, { tier: 4, score: 20 }]); // 1
 */
export function tierOrder(items: readonly { tier: number; score: number }[]): number {
  let pairs = 0;
  let concordant = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < items.length; j++) {
      const a = items[i] as { tier: number; score: number };
      const b = items[j] as { tier: number; score: number };
      if (a.tier >= b.tier) continue;
      pairs++;
      concordant += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
    }
  }
  return pairs === 0 ? 1 : concordant / pairs;
}
