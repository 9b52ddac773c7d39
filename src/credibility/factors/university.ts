/**
 * University-backing factor: a verified university provides, co-issues or awards credit, and/or
 * academic credit counts toward an award. Universities are verified by web domain or by a
 * curated learning platform, never by name alone. Unknown when no university is involved at all:
 * catalogues rarely list every partner, so silence about universities is not a known fact.
 * Academic credit the offering's duration cannot hold is flagged, whoever awards it.
 * @module
 */
import type { AcademicCredit } from '../../model/course.js';
import { ACADEMIC_CREDIT_UNIT_NAMES } from '../../model/enums.js';
import type { Flag } from '../../model/report.js';
import { readName } from '../../text/canonical-name.js';
import { ACADEMIC_HOURS_PER_UNIT, checkCredit } from '../credit-hours.js';
import { flag } from '../flags.js';
import { partnerIdentity } from '../identity.js';
import { clamp01, type FactorRule, round3, unknownFactor } from './types.js';

/** What the university factor reads. */
export interface UniversityFacts {
  readonly provider: string;
  readonly providerIsVerifiedUniversity: boolean;
  readonly partners: readonly {
    readonly name: string;
    readonly role: string | undefined;
    readonly verifiedUniversity: boolean;
  }[];
  readonly credit: AcademicCredit | undefined;
  /** The offering's notional learning hours (academic credit is checked against them). */
  readonly durationHours: number | undefined;
}

/** Scores university backing. */
export const universityFactor: FactorRule<UniversityFacts> = {
  id: 'university',
  read: ({ course, provider }, context) => ({
    provider: course.provider.name,
    providerIsVerifiedUniversity: provider.verifiedUniversity,
    partners: (course.partners ?? [])
      .filter((p) => p.type === 'university' || /universit/i.test(p.name))
      .map((p) => ({
        name: p.name,
        role: p.role,
        verifiedUniversity: partnerIdentity(context, p).verifiedUniversity,
      })),
    credit: course.academicCredit,
    durationHours: course.academicCredit === undefined ? undefined : course.durationHours,
  }),
  // The provider's name is read only when it is a verified university.
  key: (f) =>
    `${f.providerIsVerifiedUniversity ? f.provider : ''}|${f.partners.map((p) => `${p.name}:${p.role}:${p.verifiedUniversity}`).join(',')}|${f.credit === undefined ? '' : JSON.stringify(f.credit)}|${f.durationHours}`,
  score(f, { policy }) {
    const scores = policy.scores;
    if (!f.providerIsVerifiedUniversity && f.partners.length === 0 && f.credit === undefined) {
      return unknownFactor('university', 'no university involved: scores 0');
    }
    const flags: Flag[] = [];
    const credit = f.credit;
    // Credit beyond the hours keeps only a share of its value, as an accreditation claim does.
    let creditShare = 1;
    if (credit) {
      const hours =
        credit.value *
        ACADEMIC_HOURS_PER_UNIT[credit.unit] *
        policy.thresholds.academicCreditContactShare;
      const check = checkCredit(f, hours, { credits: credit.value }, undefined, policy);
      if (check?.inflated) {
        creditShare = scores.implausibleCreditShare;
        flags.push(
          flag(
            'implausible-credit',
            check.grosslyInflated ? 'critical' : 'warning',
            `${credit.value} ${ACADEMIC_CREDIT_UNIT_NAMES[credit.unit]} claimed for ${f.durationHours} hours of learning: even as guided or contact time alone, that credit stands for at least ${Math.round(hours)} hours.`,
          ),
        );
      }
    }
    const evidence: string[] = [];
    const verifiedNames: string[] = [];
    let score = 0;
    if (f.providerIsVerifiedUniversity) {
      score = scores.universityProvider;
      verifiedNames.push(readName(f.provider).key);
      evidence.push(
        `provider ${f.provider} is a verified university (+${scores.universityProvider})`,
      );
    }
    for (const partner of f.partners) {
      if (!partner.verifiedUniversity) {
        evidence.push(
          `partner ${partner.name} claims to be a university but is not verified: counts 0`,
        );
        continue;
      }
      verifiedNames.push(readName(partner.name).key);
      const value =
        partner.role === 'credit-awarding' || partner.role === 'co-issuer'
          ? scores.universityProvider
          : scores.universityPartner;
      score = Math.max(score, value);
      evidence.push(
        `partner ${partner.name} (${partner.role ?? 'role not stated'}) is a verified university (${value})`,
      );
    }
    if (credit) {
      const awarder = credit.awardedBy === undefined ? undefined : readName(credit.awardedBy).key;
      const verifiedAwarder =
        (awarder !== undefined && verifiedNames.includes(awarder)) ||
        (awarder === undefined && verifiedNames.length > 0);
      if (verifiedAwarder) {
        const value = round3(scores.academicCredit * creditShare);
        score += value;
        evidence.push(
          `academic credit: ${credit.value} ${ACADEMIC_CREDIT_UNIT_NAMES[credit.unit]} from a verified university (+${value}${creditShare < 1 ? ', more than its hours allow' : ''})`,
        );
      } else {
        evidence.push(
          `academic credit: ${credit.value} ${ACADEMIC_CREDIT_UNIT_NAMES[credit.unit]} claimed${credit.awardedBy ? ` from ${credit.awardedBy}` : ''}, awarding university not verified: counts 0`,
        );
      }
    }
    // Known only when a university is verified: an unverified claim of one is unverified, not 0.
    if (verifiedNames.length === 0) {
      return {
        ...unknownFactor('university', 'no verified university: scores 0'),
        evidence: [...evidence, 'no verified university: scores 0'],
        flags,
      };
    }
    return { id: 'university', score: round3(clamp01(score)), known: true, evidence, flags };
  },
};
