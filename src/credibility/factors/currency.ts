/**
 * Currency factor: how recently content was reviewed, relative to `asOf`. Fresh up to
 * `freshYears`, falling linearly to 0 at `staleYears` (see defaults.ts for why).
 * @module
 */
import type { Course } from '../../model/course.js';
import { dayNumber, type EvaluationContext } from '../context.js';
import { flag } from '../flags.js';
import type { FactorResult } from './types.js';
import { clamp01, round3 } from './types.js';

/** Scores how current the content is. */
export function currencyFactor(context: EvaluationContext, course: Course): FactorResult {
  const reviewed = course.lastReviewed === undefined ? undefined : dayNumber(course.lastReviewed);
  if (reviewed === undefined) {
    return {
      id: 'currency',
      score: 0,
      known: false,
      evidence: ['no review date: scores 0'],
      flags: [],
    };
  }
  const { freshYears, staleYears } = context.policy.thresholds;
  const years = (context.asOfDay - reviewed) / 365.25;
  if (years < -1 / 365.25) {
    return {
      id: 'currency',
      score: 0,
      known: false,
      evidence: [`review date ${course.lastReviewed} is after ${context.asOf}: treated as unknown`],
      flags: [
        flag(
          'review-date-in-future',
          'info',
          `The stated review date (${course.lastReviewed}) is in the future.`,
        ),
      ],
    };
  }
  const span = Math.max(staleYears - freshYears, 1e-9);
  const score = round3(years <= freshYears ? 1 : clamp01(1 - (years - freshYears) / span));
  const age = `${Math.max(0, years).toFixed(1)} years`;
  const flags =
    years > staleYears
      ? [
          flag(
            'stale-content',
            'warning',
            `Content was last reviewed ${course.lastReviewed}, ${age} ago; guidance may have changed since.`,
          ),
        ]
      : [];
  return {
    id: 'currency',
    score,
    known: true,
    evidence: [`last reviewed ${course.lastReviewed} (${age} before ${context.asOf}): ${score}`],
    flags,
  };
}
