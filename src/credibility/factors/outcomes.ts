/**
 * Outcomes-evidence factor: the highest Moore level the provider evaluated (Moore, Green &
 * Gallis 2009).
 * @module
 */
import type { OutcomeLevel } from '../../model/enums.js';
import { type FactorRule, unknownFactor } from './types.js';

/** Scores the evidence of effect. */
export const outcomesFactor: FactorRule<OutcomeLevel | undefined> = {
  id: 'outcomes',
  selfReported: true,
  read: ({ course }) => course.outcomesLevel,
  key: (level) => level ?? '',
  score(level, { policy }) {
    if (level === undefined)
      return unknownFactor('outcomes', 'no outcome evaluation stated: scores 0');
    const score = policy.scores.outcomeLevels[level] ?? 0;
    return {
      id: 'outcomes',
      score,
      known: true,
      evidence: [`outcomes evaluated up to Moore level "${level}" (${score})`],
      flags: [],
    };
  },
};
