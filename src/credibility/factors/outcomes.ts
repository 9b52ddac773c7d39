/**
 * Outcomes-evidence factor: the highest Moore level the provider evaluated (DOMAIN.md §3).
 * @module
 */
import type { Course } from '../../model/course.js';
import { OUTCOME_SCORES } from '../defaults.js';
import type { FactorResult } from './types.js';

/** Scores the evidence of effect. */
export function outcomesFactor(course: Course): FactorResult {
  const level = course.outcomesLevel;
  if (level === undefined) {
    return {
      id: 'outcomes',
      score: 0,
      known: false,
      evidence: ['no outcome evaluation stated: scores 0'],
      flags: [],
    };
  }
  const score = OUTCOME_SCORES[level] ?? 0;
  return {
    id: 'outcomes',
    score,
    known: true,
    evidence: [`outcomes evaluated up to Moore level "${level}" (${score})`],
    flags: [],
  };
}
