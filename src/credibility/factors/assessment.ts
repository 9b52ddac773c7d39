/**
 * Assessment factor: none < self-assessment < quiz < exam/practical/portfolio/observed practice;
 * supervision and identity verification add to it (EU Annex I optional elements).
 * @module
 */
import type { Assessment } from '../../model/course.js';
import { clamp01, type FactorRule, round3, unknownFactor } from './types.js';

/** Scores how learning is assessed. */
export const assessmentFactor: FactorRule<Assessment | undefined> = {
  id: 'assessment',
  selfReported: true,
  read: ({ course }) => course.assessment,
  key: (a) =>
    a === undefined ? '' : `${a.type}|${a.supervised === true}|${a.identityVerified === true}`,
  score(a, { policy }) {
    if (a === undefined) return unknownFactor('assessment', 'no assessment information: scores 0');
    const scores = policy.scores;
    const base = scores.assessmentTypes[a.type] ?? 0;
    let score = base;
    const evidence = [`assessment: ${a.type} (${base})`];
    if (a.type !== 'none' && a.supervised === true) {
      score += scores.supervisedAssessment;
      evidence.push(`supervised assessment (+${scores.supervisedAssessment})`);
    }
    if (a.type !== 'none' && a.identityVerified === true) {
      score += scores.identityVerified;
      evidence.push(`learner's identity verified (+${scores.identityVerified})`);
    }
    return { id: 'assessment', score: round3(clamp01(score)), known: true, evidence, flags: [] };
  },
};
