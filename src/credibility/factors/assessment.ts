/**
 * Assessment factor: none < self-assessment < quiz < exam/practical/portfolio/observed practice;
 * supervision and identity verification add to it (EU Annex I optional elements).
 * @module
 */
import type { Course } from '../../model/course.js';
import { ASSESSMENT_SCORES } from '../defaults.js';
import type { FactorResult } from './types.js';
import { clamp01, round3 } from './types.js';

/** Scores how learning is assessed. */
export function assessmentFactor(course: Course): FactorResult {
  const a = course.assessment;
  if (a === undefined) {
    return {
      id: 'assessment',
      score: 0,
      known: false,
      evidence: ['no assessment information: scores 0'],
      flags: [],
    };
  }
  const base = ASSESSMENT_SCORES[a.type] ?? 0;
  let score = base;
  const evidence = [`assessment: ${a.type} (${base})`];
  if (a.type !== 'none' && a.supervised === true) {
    score += 0.1;
    evidence.push('supervised assessment (+0.1)');
  }
  if (a.type !== 'none' && a.identityVerified === true) {
    score += 0.05;
    evidence.push("learner's identity verified (+0.05)");
  }
  return { id: 'assessment', score: round3(clamp01(score)), known: true, evidence, flags: [] };
}
