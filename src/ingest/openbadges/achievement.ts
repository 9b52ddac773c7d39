/**
 * One Open Badges achievement (OB 3.0 `Achievement` or OB 2.0 `BadgeClass`) → one contract
 * course candidate.
 * @module
 */
import { capList, fail, type ItemContext, warn } from '../adapter-collector.js';
import {
  asList,
  compact,
  httpUrl,
  isObject,
  type JsonObject,
  num,
  str,
  uniqueTexts,
} from '../loose-json.js';
import { endorsers, type IdIndex, profileProvider, resolveRef } from './profile.js';

/** OB `achievementType` → contract `credential.type`. Unlisted and `ext:` types → digital-badge. */
const ACHIEVEMENT_TYPES: Readonly<Record<string, string>> = {
  microcredential: 'micro-credential',
  badge: 'digital-badge',
  achievement: 'digital-badge',
  competency: 'digital-badge',
  cocurricular: 'digital-badge',
  communityservice: 'digital-badge',
  award: 'digital-badge',
  membership: 'digital-badge',
  assignment: 'digital-badge',
  assessment: 'digital-badge',
  fieldwork: 'digital-badge',
  certificate: 'certificate',
  certification: 'certificate',
  apprenticeshipcertificate: 'certificate',
  journeymancertificate: 'certificate',
  mastercertificate: 'certificate',
  license: 'certificate',
  qualityassurancecredential: 'certificate',
  diploma: 'certificate',
  secondaryschooldiploma: 'certificate',
  generaleducationdevelopment: 'certificate',
  degree: 'certificate',
  associatedegree: 'certificate',
  bachelordegree: 'certificate',
  masterdegree: 'certificate',
  doctoraldegree: 'certificate',
  professionaldoctorate: 'certificate',
  researchdoctorate: 'certificate',
  certificateofcompletion: 'certificate-of-completion',
  course: 'certificate-of-completion',
  learningprogram: 'certificate-of-completion',
};

/** OB 3.0 `resultType` → the assessment it implies (strongest wins). */
const RESULT_ASSESSMENT: Readonly<Record<string, string>> = {
  lettergrade: 'exam',
  percent: 'exam',
  rawscore: 'exam',
  scaledscore: 'exam',
  gradepointaverage: 'exam',
  predictedscore: 'exam',
  rubriccriterion: 'practical',
  rubriccriterionlevel: 'practical',
  rubricscore: 'practical',
  performancelevel: 'practical',
};

/** OB 2.0 assessment extension `assessmentType` → contract assessment type. */
const EXTENSION_ASSESSMENT: Readonly<Record<string, string>> = {
  exam: 'exam',
  performance: 'practical',
  artifact: 'portfolio',
};

const ASSESSMENT_ORDER = ['exam', 'practical', 'portfolio'];

/** What the enclosing credential (if any) contributes. */
export interface CredentialFrame {
  /** `open-badges-3` or `open-badges-2`. */
  readonly standard: 'open-badges-3' | 'open-badges-2';
  /** The credential's id, when the achievement came from one. */
  readonly credentialId?: string;
  /** The credential's name, used when the achievement has none. */
  readonly credentialName?: string;
  /** The issuer of the enclosing credential (fallback provider). */
  readonly issuer?: unknown;
  /** The issuer of an enclosing CLR (last-resort provider). */
  readonly outerIssuer?: unknown;
  readonly validFrom?: string;
  readonly validUntil?: string;
  /** Endorsements of the credential. */
  readonly endorsement?: unknown;
  /** Extra fields to add (e.g. the CLR the achievement came from). */
  readonly extra?: JsonObject;
  readonly asOf?: string;
}

/**
 * Maps an achievement to a course candidate; `undefined` (with an error issue) when no provider
 * or title can be found.
 *
 * @example
 * ```ts
 * achievementCourse(achievement, { standard: 'open-badges-3', issuer }, index, ctx);
 * ```
 */
export function achievementCourse(
  achievement: JsonObject,
  frame: CredentialFrame,
  index: IdIndex,
  ctx: ItemContext,
): JsonObject | undefined {
  const id = str(achievement.id) ?? frame.credentialId;
  if (id !== undefined) ctx.id = id;
  if (str(achievement.id) === undefined && id !== undefined) {
    warn(ctx, ['id'], 'the achievement has no id; the credential id was used');
  }
  const title = str(achievement.name) ?? frame.credentialName;
  const reasons: string[] = [];
  if (id === undefined) reasons.push('it has no id');
  if (title === undefined) reasons.push('it has no name');
  const creator = achievement.creator ?? achievement.issuer;
  const provider =
    (creator === undefined || creator === null
      ? undefined
      : profileProvider(
          creator,
          index,
          ctx,
          achievement.creator === undefined || achievement.creator === null ? 'issuer' : 'creator',
        )) ??
    (frame.issuer === undefined
      ? undefined
      : profileProvider(frame.issuer, index, ctx, 'issuer')) ??
    (frame.outerIssuer === undefined
      ? undefined
      : profileProvider(frame.outerIssuer, index, ctx, 'issuer'));
  if (provider === undefined) reasons.push('it has no usable issuer or creator profile (no name)');
  if (reasons.length > 0 || provider === undefined) {
    fail(ctx, [], `not converted: ${reasons.join('; ')}`);
    return undefined;
  }

  const criteria = resolveRef(achievement.criteria, index);
  const criteriaUrl = httpUrl(criteria?.id ?? achievement.criteria)?.href;
  const narrative = criteria === undefined ? undefined : str(criteria.narrative);
  const description = str(achievement.description) ?? narrative;

  const alignments = asList(achievement.alignment).map((a) => resolveRef(a, index));
  const skills = capList(
    ctx,
    ['skills'],
    uniqueTexts([
      ...asList(achievement.fieldOfStudy),
      ...asList(achievement.specialization),
      ...asList(achievement.tag),
      ...asList(achievement.tags),
      ...alignments.map((a) => a?.targetName),
    ]),
  );

  const rawType = str(achievement.achievementType);
  let credentialType = 'digital-badge';
  if (rawType !== undefined) {
    const mapped = ACHIEVEMENT_TYPES[rawType.replace(/^ext:/i, '').toLowerCase()];
    if (mapped === undefined) {
      warn(
        ctx,
        ['achievementType'],
        `${JSON.stringify(rawType)} is not a known type; read as a digital badge`,
      );
    } else credentialType = mapped;
  }

  const credits = num(achievement.creditsAvailable);
  const partners = [
    ...endorsers(achievement.endorsement, index, ctx, 'achievement', frame.asOf),
    ...endorsers(frame.endorsement, index, ctx, 'credential', frame.asOf),
    ...(isObject(creator) || typeof creator === 'string'
      ? endorsers(resolveRef(creator, index)?.endorsement, index, ctx, 'issuer', frame.asOf)
      : []),
  ];
  const assessment = assessmentOf(achievement, index);
  if (Array.isArray(achievement.endorsementJwt) && achievement.endorsementJwt.length > 0) {
    warn(
      ctx,
      ['endorsementJwt'],
      'JWT-encoded endorsements are not read (they would need verifying)',
    );
  }

  return compact({
    id,
    title,
    description,
    url: criteriaUrl ?? httpUrl(id)?.href,
    provider: provider.provider,
    partners: capList(ctx, ['partners'], dedupePartners(partners)),
    accreditations: provider.accreditations,
    academicCredit:
      credits === undefined
        ? undefined
        : { value: credits, unit: 'us-credit-hours', awardedBy: provider.provider.name },
    learningOutcomes: narrative === undefined ? undefined : [narrative],
    skills,
    assessment: assessment.type === undefined ? undefined : { type: assessment.type },
    credential: { type: credentialType, standard: frame.standard },
    language: str(asList(achievement.inLanguage)[0]),
    achievementType: rawType,
    creditsAvailable: credits,
    resultTypes: assessment.resultTypes,
    humanCode: str(achievement.humanCode),
    credentialId: frame.credentialId === id ? undefined : frame.credentialId,
    validFrom: frame.validFrom,
    validUntil: frame.validUntil,
    ...frame.extra,
  });
}

function assessmentOf(
  achievement: JsonObject,
  index: IdIndex,
): { type?: string; resultTypes: string[] } {
  const found = new Set<string>();
  const resultTypes: string[] = [];
  for (const entry of asList(achievement.resultDescription)) {
    const rd = resolveRef(entry, index);
    const rt = str(rd?.resultType);
    if (rt === undefined) continue;
    resultTypes.push(rt);
    const mapped = RESULT_ASSESSMENT[rt.replace(/^ext:/i, '').toLowerCase()];
    if (mapped !== undefined) found.add(mapped);
  }
  for (const [key, value] of Object.entries(achievement)) {
    if (!/^extensions:assessment$/i.test(key) || !isObject(value)) continue;
    for (const a of asList(value.assessment)) {
      const t = isObject(a) ? str(a.assessmentType)?.toLowerCase() : undefined;
      const mapped = t === undefined ? undefined : EXTENSION_ASSESSMENT[t];
      if (mapped !== undefined) found.add(mapped);
    }
  }
  const best = [...ASSESSMENT_ORDER].reverse().find((t) => found.has(t));
  return { ...(best === undefined ? {} : { type: best }), resultTypes: uniqueTexts(resultTypes) };
}

function dedupePartners(partners: JsonObject[]): JsonObject[] {
  const seen = new Set<string>();
  return partners.filter((p) => {
    const key = `${String(p.name).toLowerCase()}|${String(p.endorses)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
