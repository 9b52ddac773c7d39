/**
 * What identifying an organisation works with: the named organisation, the verdict each way of
 * identifying it reaches (by its web address, `identity-by-site.ts`; by its name alone,
 * `identity-by-name.ts`), and the helpers both share — the known organisations a name names, the
 * look-alike evidence in a name, the type and approval scheme of a known organisation.
 * @module
 */
import type { ProviderType } from '../model/enums.js';
import type { Flag } from '../model/report.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { Accreditor, Platform } from '../reference/schemas.js';
import { universityOfUnit } from '../reference/university-unit.js';
import type { WebAddress } from '../reference/web-address.js';
import { acronymKey, expandsAcronym, nameAlternatives, readName } from '../text/canonical-name.js';
import { concealsName } from '../text/disguise.js';
import { shared } from './batch.js';
import type { EvaluationContext } from './context.js';
import { flag } from './flags.js';
import { type Lookalike, nameOnlyLookalike } from './lookalike.js';

/** What confirms an identity. */
export type IdentityBasis =
  | 'registry-domain'
  | 'academic-domain'
  | 'government-domain'
  | 'health-service-domain'
  | 'platform-partner'
  | 'registry-name'
  | 'claim';

/**
 * How far an identity is confirmed: `verified` by a web address or a curated platform;
 * `registered` by its exact name only; `claimed` otherwise.
 */
export type IdentityStatus = 'verified' | 'registered' | 'claimed';

/**
 * A known organisation a provider's name or web address imitates: by look-alike `evidence`;
 * `name-only` — the name is the organisation's but the address it gives as its own is none of
 * its known sites; or `page-only` — no address of its own, and the course's page is elsewhere
 * (a partner's or an event site may list a body's course).
 */
export interface Imitation {
  readonly organisation: KnownOrganisation;
  readonly basis: 'evidence' | 'name-only' | 'page-only';
}

/** An organisation as a course names it. */
export interface NamedOrganisation {
  readonly name: string;
  readonly type: ProviderType;
  readonly url?: string | undefined;
}

/** What one way of identifying an organisation concluded (finished into an {@link Identity}). */
export interface Verdict {
  readonly type: ProviderType;
  readonly status: IdentityStatus;
  readonly basis: IdentityBasis;
  readonly organisation?: KnownOrganisation | undefined;
  readonly selfApprover?: Accreditor | undefined;
  readonly platform?: Platform | undefined;
  readonly imitates?: readonly Imitation[];
  readonly evidence: string[];
  readonly flags: Flag[];
}

/** Role preference when a name matches more than one list. */
const ROLE_ORDER: readonly KnownOrganisation['role'][] = [
  'university',
  'provider',
  'accreditor',
  'regulator',
  'platform',
  'unrecognised',
];

/**
 * The verdict on an organisation named as a body published lists call unrecognised or a mill:
 * its name is the evidence, wherever its web address points (a site of its own does not launder
 * a listed name).
 */
export function listedBodyVerdict(
  org: NamedOrganisation,
  listed: KnownOrganisation,
  platform?: Platform,
): Verdict {
  return {
    type: org.type,
    status: 'claimed',
    basis: 'claim',
    ...(platform ? { platform } : {}),
    evidence: [`"${org.name}" is ${listed.name}, a body listed as unrecognised`],
    flags: [
      flag(
        'unrecognised-provider',
        'critical',
        `${org.name} is named in published lists of unrecognised or mill bodies.`,
      ),
    ],
  };
}

export const byRole = (a: KnownOrganisation, b: KnownOrganisation): number =>
  ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.id < b.id ? -1 : 1);

/**
 * Of several organisations a name matches, those that list it exactly as written, when any do:
 * acronyms that differ only in case name different bodies ("UVA" is the University of Virginia,
 * "UvA" the University of Amsterdam).
 */
function writtenAs(name: string, found: KnownOrganisation[]): KnownOrganisation[] {
  if (found.length < 2) return found;
  const exact = found.filter((o) => {
    const entry = o.entry as { aliases?: readonly string[]; abbreviations?: readonly string[] };
    return [o.name, ...(entry.aliases ?? []), ...(entry.abbreviations ?? [])].includes(name.trim());
  });
  return exact.length > 0 ? exact : found;
}

/** Known organisations with this name (canonical), acronym, or a shorter complete form of it. */
export function organisationsNamed(
  context: EvaluationContext,
  name: string,
): readonly KnownOrganisation[] {
  // A name written to hide what it says is not taken for the body it shows: the look-alike rules
  // judge it (rule 1 of `lookalike.ts`).
  if (concealsName(name)) return [];
  const { directory } = context.reference;
  const reading = readName(name);
  for (const candidate of [name, ...nameAlternatives(name)]) {
    const { key, acronyms } = candidate === name ? reading : readName(candidate);
    const found = new Set<KnownOrganisation>(key === '' ? [] : directory.byKey(key));
    for (const o of directory.byAcronym(acronymKey(candidate))) found.add(o);
    // "X (ACR)": the acronym counts only when X is consistent with what it stands for, and only
    // when X itself names no known body (the Irish "Faculty of Sports and Exercise Medicine, RCPI
    // & RCSI (FSEM)" is not the UK faculty that shares its acronym).
    const namedAlready = found.size > 0;
    for (const a of namedAlready ? [] : acronyms) {
      for (const o of directory.byAcronym(a)) if (expandsAcronym(key, o.keys)) found.add(o);
    }
    if (found.size > 0) return writtenAs(candidate, [...found]).sort(byRole);
  }
  // edX publishes an institution's courses under its short name and an "X" ("HarvardX", "UQx").
  const stem = /^(\S{2,})x$/i.exec(name.trim())?.[1];
  const edx =
    stem === undefined
      ? undefined
      : [...directory.byKey(readName(stem).key), ...directory.byAcronym(acronymKey(stem))].find(
          (o) => o.role === 'university',
        );
  if (edx) return [edx];
  // An institution's name in another word order or language ("Università Bocconi").
  const { key } = reading;
  if (/\b(?:university|college|school|institute)\b/.test(key)) {
    const university = directory.universityByWords(key);
    if (university) return [university];
  }
  // A known university's school, faculty or CME office ("University of Michigan Medical School").
  const parent = universityOfUnit(directory, key);
  return parent ? [parent] : [];
}

/**
 * The known bodies whose own education service a name presents itself as: a known acronym or
 * name followed only by words naming a learning service ("RCN Learning", "ANCC CE Center", "RACGP
 * CPD Courses", "Australian Physiotherapy Association Learning Centre"). Read only for a provider
 * on a web address: on a body's own site it is that body; elsewhere it is its name on another's
 * site (`identity-by-site.ts`). Without an address such a name is not the body's exact name, so
 * it registers nothing.
 *
 * @example
 * ```ts
 * serviceOf(context, 'ANCC CE Center')[0]?.name; // 'American Nurses Credentialing Center'
 * serviceOf(context, 'BLX Training'); // []
 * ```
 */
export function serviceOf(context: EvaluationContext, name: string): readonly KnownOrganisation[] {
  const { directory } = context.reference;
  const words = name.trim().split(/[\s-]+/);
  let end = words.length;
  while (end > 1 && LEARNING_SERVICE_WORDS.has((words[end - 1] as string).toLowerCase())) end--;
  if (end === words.length) return [];
  const body = words.slice(0, end).join(' ');
  const found = /^[A-Z][A-Z0-9&]{2,9}$/.test(body)
    ? directory.byAcronym(acronymKey(body))
    : directory.byKey(readName(body).key);
  return [...found].sort(byRole);
}

/** Words that name a learning service, as a body's own education arm is named ("RCN Learning"). */
const LEARNING_SERVICE_WORDS: ReadonlySet<string> = new Set(
  'ce cpd cme cne continuing education learning e-learning elearning online portal center centre courses course hub academy'.split(
    ' ',
  ),
);

/** The look-alike evidence in a name alone (rules 1–3 of `lookalike.ts`), shared by name. */
export function nameEvidence(context: EvaluationContext, name: string): Lookalike | undefined {
  return shared(
    context.batch,
    'name-lookalike',
    () => name,
    () => nameOnlyLookalike(context, name),
  );
}

/** The type a known organisation is scored as. */
export function typeOf(organisation: KnownOrganisation, claimed: ProviderType): ProviderType {
  switch (organisation.role) {
    case 'university':
      return 'university';
    case 'provider':
      return organisation.entry.type;
    case 'accreditor':
      return organisation.entry.kind === 'regulator'
        ? 'healthcare-organisation'
        : 'professional-body';
    case 'regulator':
      return 'healthcare-organisation';
    case 'platform':
      return 'education-company';
    default:
      return claimed;
  }
}

/**
 * The recognised CPD approver an organisation is, or runs on its own web domain (the Royal
 * College of Nursing and its accreditation centre), if any. Generic CPD services do not count.
 */
export function approverOf(
  context: EvaluationContext,
  organisation: KnownOrganisation,
): Accreditor | undefined {
  if (organisation.role === 'accreditor') {
    return organisation.entry.kind === 'generic-cpd-accreditor' ? undefined : organisation.entry;
  }
  if (organisation.role !== 'provider' && organisation.role !== 'university') return undefined;
  for (const domain of organisation.domains) {
    const accreditor = context.reference.findAccreditorByDomain(domain);
    if (accreditor && accreditor.kind !== 'generic-cpd-accreditor') return accreditor;
  }
  return undefined;
}

/** The recognised CPD approver among organisations sharing a verified site, if any. */
export function approverAmong(
  context: EvaluationContext,
  organisations: readonly KnownOrganisation[],
): Accreditor | undefined {
  for (const o of organisations) {
    const approver = approverOf(context, o);
    if (approver) return approver;
  }
  return undefined;
}
/** The platform a web address is on, if it is a known learning platform's. */
export function platformOf(
  context: EvaluationContext,
  address: WebAddress | undefined,
): Platform | undefined {
  if (address === undefined) return undefined;
  for (const o of context.reference.directory.byHost(address)) {
    if (o.role === 'platform') return o.entry;
  }
  return undefined;
}

/**
 * The flag for look-alike evidence against a provider's name or web address. Strong evidence is
 * critical. Weak evidence against a name (a misspelling, a borrowed academic brand) is a warning;
 * against a web address alone (a borrowed label, a one-letter difference) it is only noted:
 * organisations run sites under many names of their own (cpd-umanitoba.com, hseland.ie), so a
 * borrowed label becomes an accusation only beside a claim of that organisation's accreditation
 * (`claims.ts`: impersonated accreditor), or a warning when the name echoes the same body
 * (`nameEcho` says how: look-alike rule 11).
 */
export function lookalikeFlag(
  org: NamedOrganisation,
  found: Lookalike,
  viaAddress: boolean,
  nameEcho?: string,
): Flag {
  return viaAddress
    ? flag(
        'lookalike-domain',
        found.strong ? 'critical' : nameEcho ? 'warning' : 'info',
        `${capitalise(found.evidence)}; "${org.name}"${nameEcho ? ` ${nameEcho}, and` : ''} is not verified as ${found.target.name}.`,
      )
    : flag(
        'lookalike-provider',
        found.strong ? 'critical' : 'warning',
        `${capitalise(found.evidence)}; it is not a recognised name.`,
      );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
