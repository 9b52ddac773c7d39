/**
 * One CTDL offering node (a credential, learning opportunity, course, programme or assessment)
 * → one contract course candidate.
 * @module
 */
import { capList, fail, type ItemContext, warn } from '../adapter-collector.js';
import {
  asList,
  compact,
  hostName,
  httpUrl,
  isObject,
  type JsonObject,
  str,
  uniqueTexts,
} from '../loose-json.js';
import { langText, langTexts, localName, type NodeIndex, refText, resolveNode } from './graph.js';
import {
  chooseCost,
  creditValueOf,
  formatOf,
  isoDurationHours,
  languageOf,
  providerTypeOf,
} from './values.js';

const LEARNING_CLASSES = new Set([
  'LearningOpportunityProfile',
  'LearningOpportunity',
  'Course',
  'LearningProgram',
  'AssessmentProfile',
]);

/**
 * Whether a CTDL type is an offering (a credential class, learning opportunity, course,
 * learning programme or assessment), i.e. something a learner can take.
 *
 * @example
 * ```ts
 * isOfferingType('ceterms:BachelorDegree'); // true
 * isOfferingType('ceterms:CredentialOrganization'); // false
 * ```
 */
export function isOfferingType(type: string): boolean {
  const name = localName(type);
  if (LEARNING_CLASSES.has(name)) return true;
  return /(Degree|Certificate|Certification|Credential|Diploma|Badge|License|Doctorate|GeneralEducationDevelopment)$/.test(
    name,
  );
}

function credentialTypeOf(type: string): string | undefined {
  const name = localName(type);
  if (LEARNING_CLASSES.has(name)) return undefined;
  if (name === 'MicroCredential') return 'micro-credential';
  if (/Badge$/.test(name)) return 'digital-badge';
  if (name === 'CertificateOfCompletion' || name === 'CertificateOfParticipation') {
    return 'certificate-of-completion';
  }
  return 'certificate';
}

/** The CTDL relations read as accreditation claims, strongest first. */
const QA_RELATIONS = ['regulatedBy', 'accreditedBy', 'approvedBy', 'recognizedBy'] as const;

function orgOf(value: unknown, index: NodeIndex): JsonObject | undefined {
  const node = resolveNode(value, index);
  return node !== undefined && langText(node['ceterms:name']) !== undefined ? node : undefined;
}

function alignmentNames(values: unknown, index: NodeIndex): string[] {
  return asList(values).flatMap((v) => {
    const node = isObject(v) ? v : resolveNode(v, index);
    if (node === undefined) return [];
    return langTexts(
      node['ceterms:targetNodeName'] ?? node['ceasn:competencyText'] ?? node['ceterms:name'],
    ).slice(0, 1);
  });
}

/**
 * Maps one CTDL offering node to a course candidate; `undefined` (with an error) when it has
 * no name or no way to name its provider.
 *
 * @example
 * ```ts
 * ctdlCourse(node, 'ceterms:Certification', index, ctx);
 * ```
 */
export function ctdlCourse(
  node: JsonObject,
  type: string,
  index: NodeIndex,
  ctx: ItemContext,
): JsonObject | undefined {
  const id = str(node['ceterms:ctid']) ?? str(node['@id']);
  if (id !== undefined) ctx.id = id;
  const title = langText(node['ceterms:name']);
  const pageUrl = httpUrl(node['ceterms:subjectWebpage'])?.href;

  const owners = [...asList(node['ceterms:ownedBy']), ...asList(node['ceterms:offeredBy'])];
  const ownerOrgs = owners.map((o) => orgOf(o, index)).filter((o) => o !== undefined);
  let provider: JsonObject | undefined;
  const first = ownerOrgs[0];
  if (first !== undefined) {
    provider = {
      name: langText(first['ceterms:name']),
      type: providerTypeOf(first),
      url: httpUrl(first['ceterms:subjectWebpage'])?.href,
      ctid: str(first['ceterms:ctid']),
    };
  } else {
    const host = hostName(pageUrl);
    const refs = owners.map(refText).filter((r) => r !== undefined);
    if (host !== undefined) {
      warn(
        ctx,
        ['provider'],
        refs.length > 0
          ? `ownedBy/offeredBy only references ${refs[0]}, which is not in this document; the provider is named by the subjectWebpage domain (${host})`
          : `the record has no ownedBy or offeredBy; the provider is named by the subjectWebpage domain (${host})`,
      );
      provider = { name: host, ref: refs[0] };
    }
  }
  const reasons: string[] = [];
  if (id === undefined) reasons.push('it has no ceterms:ctid or @id');
  if (title === undefined) reasons.push('it has no ceterms:name');
  if (provider === undefined) {
    reasons.push('it has no ownedBy/offeredBy organisation in this document and no subjectWebpage');
  }
  if (reasons.length > 0 || provider === undefined) {
    fail(ctx, [], `not converted: ${reasons.join('; ')}`);
    return undefined;
  }
  const providerName = String(provider.name);

  const partners = ownerOrgs
    .slice(1)
    .filter((o) => langText(o['ceterms:name'])?.toLowerCase() !== providerName.toLowerCase())
    .map((o) => ({
      name: langText(o['ceterms:name']),
      type: providerTypeOf(o),
      url: httpUrl(o['ceterms:subjectWebpage'])?.href,
      role: 'host',
    }));
  if (partners.length > 0) {
    warn(
      ctx,
      ['offeredBy'],
      `names a different organisation (${String(partners[0]?.name)}) from the owner (${providerName}); the owner is the provider, the other a partner (host)`,
    );
  }

  const accreditations: JsonObject[] = [];
  for (const relation of QA_RELATIONS) {
    for (const ref of asList(node[`ceterms:${relation}`])) {
      const org = orgOf(ref, index);
      if (org === undefined) {
        warn(
          ctx,
          [relation],
          `references ${refText(ref) ?? 'an organisation'}, which is not in this document; the claim was not included`,
        );
        continue;
      }
      accreditations.push({
        body: langText(org['ceterms:name']),
        relation,
        url: httpUrl(org['ceterms:subjectWebpage'])?.href,
      });
    }
  }

  const credit = creditValueOf(node);
  let academicCredit: JsonObject | undefined;
  if (credit?.academicUnit !== undefined) {
    academicCredit = {
      value: credit.value,
      unit: credit.academicUnit,
      awardedBy: first === undefined ? undefined : providerName,
    };
  } else if (credit !== undefined) {
    accreditations.push({
      body: providerName,
      relation: 'creditValue',
      credits: credit.value,
      unit: credit.claimUnit,
      creditType: credit.sourceUnit,
    });
  }

  const cost = chooseCost(asList(node['ceterms:estimatedCost']));
  for (const note of cost.notes) warn(ctx, ['estimatedCost'], note);

  const durationHours = durationOf(node, ctx);

  const skills = capList(
    ctx,
    ['skills'],
    uniqueTexts([
      ...langTexts(node['ceterms:keyword']),
      ...alignmentNames(node['ceterms:teaches'], index),
      ...alignmentNames(node['ceterms:assesses'], index),
      ...alignmentNames(node['ceterms:occupationType'], index),
      ...alignmentNames(node['ceterms:subject'], index),
    ]),
  );

  const isAssessment = localName(type) === 'AssessmentProfile';
  const proctored = node['ceterms:isProctored'];
  const status = asList(node['ceterms:credentialStatusType'])
    .map((s) => (isObject(s) ? str(s['ceterms:targetNode']) : str(s)))
    .find((s) => s !== undefined);
  if (status !== undefined && !/Active/i.test(status)) {
    warn(ctx, ['credentialStatusType'], `is ${localName(status)}, not Active`);
  }

  return compact({
    id,
    title,
    description: langText(node['ceterms:description']),
    url: pageUrl,
    provider,
    partners,
    accreditations: capList(ctx, ['accreditations'], accreditations),
    academicCredit,
    skills,
    format: formatOf([
      ...asList(node['ceterms:deliveryType']),
      ...asList(node['ceterms:learningDeliveryType']),
    ]),
    durationHours,
    cost: cost.amount === undefined ? undefined : { amount: cost.amount, currency: cost.currency },
    assessment: isAssessment
      ? { type: 'exam', ...(typeof proctored === 'boolean' ? { supervised: proctored } : {}) }
      : undefined,
    credential: { type: credentialTypeOf(type) },
    language: languageOf(asList(node['ceterms:inLanguage'])),
    ctdlType: localName(type),
    ctdlId: str(node['@id']),
    credentialStatus: status === undefined ? undefined : localName(status),
    dateEffective: str(node['ceterms:dateEffective']),
    creditValue:
      credit === undefined ? undefined : { value: credit.value, unit: credit.sourceUnit },
  });
}

function durationOf(node: JsonObject, ctx: ItemContext): number | undefined {
  for (const profile of asList(node['ceterms:estimatedDuration'])) {
    if (!isObject(profile)) continue;
    const exact = isoDurationHours(profile['ceterms:exactDuration']);
    const min = isoDurationHours(profile['ceterms:minimumDuration']);
    const max = isoDurationHours(profile['ceterms:maximumDuration']);
    let hours: number | undefined;
    let calendar = false;
    let raw = str(profile['ceterms:exactDuration']);
    if (exact !== undefined) {
      hours = exact.hours;
      calendar = exact.calendar;
    } else if (min !== undefined && max !== undefined) {
      hours = Math.round(((min.hours + max.hours) / 2) * 100) / 100;
      calendar = min.calendar || max.calendar;
      raw = `${str(profile['ceterms:minimumDuration'])}–${str(profile['ceterms:maximumDuration'])}`;
      warn(ctx, ['estimatedDuration'], `the range ${raw} was read as its midpoint, ${hours} h`);
    } else if (min !== undefined || max !== undefined) {
      const one = (min ?? max) as { hours: number; calendar: boolean };
      hours = one.hours;
      calendar = one.calendar;
      raw = str(profile['ceterms:minimumDuration'] ?? profile['ceterms:maximumDuration']);
      warn(
        ctx,
        ['estimatedDuration'],
        `only a ${min ? 'minimum' : 'maximum'} duration (${raw}) is given; it was used`,
      );
    }
    if (hours === undefined) continue;
    if (calendar) {
      warn(
        ctx,
        ['estimatedDuration'],
        `${raw} is calendar time; converted at full-time study (8 h a day, 40 h a week, 2,080 h a year) to ${hours} h`,
      );
    }
    return hours;
  }
  if (asList(node['ceterms:estimatedDuration']).length > 0) {
    warn(
      ctx,
      ['estimatedDuration'],
      'has no ISO 8601 duration that could be read; durationHours was left out',
    );
  }
  return undefined;
}
