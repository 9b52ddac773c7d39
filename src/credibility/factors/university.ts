/**
 * University-backing factor: a verified university provides, co-issues or awards credit, and/or
 * academic credit counts toward an award. Universities are verified by web domain only.
 * @module
 */
import type { Course } from '../../model/course.js';
import { normalizeName } from '../../text/normalize.js';
import type { EvaluationContext } from '../context.js';
import { partnerIdentity, providerIdentity } from '../identity.js';
import type { FactorResult } from './types.js';
import { clamp01, round3 } from './types.js';

/** Scores university backing. */
export function universityFactor(context: EvaluationContext, course: Course): FactorResult {
  const evidence: string[] = [];
  const verifiedNames: string[] = [];
  let score = 0;
  const provider = providerIdentity(context, course);
  if (provider.verifiedUniversity) {
    score = 0.7;
    verifiedNames.push(normalizeName(course.provider.name));
    evidence.push(`provider ${course.provider.name} is a verified university (+0.7)`);
  }
  for (const partner of course.partners ?? []) {
    if (partner.type !== 'university' && !/universit/i.test(partner.name)) continue;
    const identity = partnerIdentity(context, partner);
    if (!identity.verifiedUniversity) {
      evidence.push(
        `partner ${partner.name} claims to be a university but is not verified by domain: counts 0`,
      );
      continue;
    }
    verifiedNames.push(normalizeName(partner.name));
    const value = partner.role === 'credit-awarding' || partner.role === 'co-issuer' ? 0.7 : 0.4;
    score = Math.max(score, value);
    evidence.push(
      `partner ${partner.name} (${partner.role ?? 'role not stated'}) is a verified university (${value})`,
    );
  }
  const credit = course.academicCredit;
  if (credit) {
    const awarder = credit.awardedBy === undefined ? undefined : normalizeName(credit.awardedBy);
    const verifiedAwarder =
      (awarder !== undefined && verifiedNames.includes(awarder)) ||
      (awarder === undefined && verifiedNames.length > 0);
    if (verifiedAwarder) {
      score += 0.3;
      evidence.push(
        `${credit.value} ${credit.unit} academic credit from a verified university (+0.3)`,
      );
    } else {
      evidence.push(
        `${credit.value} ${credit.unit} academic credit claimed${credit.awardedBy ? ` from ${credit.awardedBy}` : ''}, awarding university not verified: counts 0`,
      );
    }
  }
  const involved =
    course.provider.type === 'university' ||
    (course.partners?.length ?? 0) > 0 ||
    credit !== undefined;
  if (!involved && score === 0) evidence.push('no university involved');
  return { id: 'university', score: round3(clamp01(score)), known: true, evidence, flags: [] };
}
