/**
 * Currency factor: how recently content was reviewed, relative to `asOf`. Fresh up to
 * `freshYears`, falling linearly to 0 at `staleYears` (see defaults.ts for why).
 * @module
 */
import { dayNumber } from '../context.js';
import { flag } from '../flags.js';
import { clamp01, type FactorRule, round3, unknownFactor } from './types.js';

/** Scores how current the content is. */
export const currencyFactor: FactorRule<string | undefined> = {
  id: 'currency',
  selfReported: true,
  read: ({ course }) => course.lastReviewed,
  key: (reviewed) => reviewed ?? '',
  score(lastReviewed, context) {
    const reviewed = lastReviewed === undefined ? undefined : dayNumber(lastReviewed);
    if (reviewed === undefined) return unknownFactor('currency', 'no review date: scores 0');
    const { freshYears, staleYears } = context.policy.thresholds;
    const years = (context.asOfDay - reviewed) / 365.25;
    if (years < -1 / 365.25) {
      return {
        id: 'currency',
        score: 0,
        known: false,
        evidence: [`review date ${lastReviewed} is after ${context.asOf}: treated as unknown`],
        flags: [
          flag(
            'review-date-in-future',
            'info',
            `The stated review date (${lastReviewed}) is in the future.`,
          ),
        ],
      };
    }
    const span = Math.max(staleYears - freshYears, 1e-9);
    const score = round3(years <= freshYears ? 1 : clamp01(1 - (years - freshYears) / span));
    const age = `${Math.max(0, years).toFixed(1)} years`;
    return {
      id: 'currency',
      score,
      known: true,
      evidence: [`last reviewed ${lastReviewed} (${age} before ${context.asOf}): ${score}`],
      flags:
        years > staleYears
          ? [
              flag(
                'stale-content',
                'warning',
                `Content was last reviewed ${lastReviewed}, ${age} ago; guidance may have changed since.`,
              ),
            ]
          : [],
    };
  },
};
