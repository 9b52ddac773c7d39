/**
 * The column headers people use, mapped to contract fields: the one table of them (documented
 * in docs/formats.md). Headers are compared by {@link headerKey}: without case, punctuation or
 * a trailing `*`, with a bracketed or trailing unit taken as a hint (`Duration (mins)`,
 * `Price (£)`), and with a trailing number as a list position (`Accredited by 2`).
 * Contract names themselves (`provider.name`, `accreditations.0.body`) always work.
 * @module
 */
import { ownTable } from '../../model/sanitize.js';
import { vocabularyKey } from '../vocabulary.js';

/** A contract field a header can name: a dotted path pattern, `#` for a list position. */
export type FieldPattern = string;

/** What a header says about its column beyond the field. */
export interface ColumnHint {
  /** Unit of bare numbers in a duration column. */
  readonly duration?: 'minutes' | 'hours' | 'days';
  /** Currency of a price column whose cells show none (`Price (£)`, `Fee (EUR)`). */
  readonly currency?: string;
  /** Unit of the credits in a credits column (`CPD points` → points). */
  readonly creditUnit?: string;
  /** Unit of the academic credit in its column (`ECTS` → ects). */
  readonly academicUnit?: string;
  /**
   * A list column under a header people use (`Topics`, `Keywords`): `ECG, sepsis` is two
   * entries when the cell has no `;`. Contract-named columns split on `;` only (CONTRACT.md).
   */
  readonly commas?: boolean;
}

type Target = FieldPattern | ({ readonly field: FieldPattern } & ColumnHint);

/**
 * Header phrase (as {@link headerKey}) → field. Each group says why its words mean that field.
 */
const HEADERS: ReadonlyMap<string, Target> = ownTable<Target>({
  // Identifiers: catalogue systems call them codes, references or SKUs.
  'course id': 'id',
  shortname: 'id',
  idnumber: 'id',
  'course code': 'id',
  code: 'id',
  ref: 'id',
  'reference number': 'id',
  'activity id': 'id',
  'product id': 'id',
  sku: 'id',
  identifier: 'id',
  uid: 'id',
  // The offering's name.
  course: 'title',
  'course name': 'title',
  'course title': 'title',
  // Moodle's course fields (fullname, shortname, summary, idnumber).
  fullname: 'title',
  'full name': 'title',
  name: 'title',
  'activity title': 'title',
  'activity name': 'title',
  activity: 'title',
  module: 'title',
  'module title': 'title',
  'module name': 'title',
  programme: 'title',
  program: 'title',
  'programme title': 'title',
  'event name': 'title',
  event: 'title',
  offering: 'title',
  'product name': 'title',
  'learning activity': 'title',
  // Who runs it.
  provider: 'provider.name',
  'provider name': 'provider.name',
  'course provider': 'provider.name',
  'training provider': 'provider.name',
  organisation: 'provider.name',
  organization: 'provider.name',
  'organisation name': 'provider.name',
  'organization name': 'provider.name',
  institution: 'provider.name',
  'institution name': 'provider.name',
  issuer: 'provider.name',
  'course organisation': 'provider.name',
  'course organization': 'provider.name',
  'course institution': 'provider.name',
  'offered by': 'provider.name',
  'delivered by': 'provider.name',
  'run by': 'provider.name',
  company: 'provider.name',
  // Marketplace and event exports name the seller or organiser.
  vendor: 'provider.name',
  organiser: 'provider.name',
  organizer: 'provider.name',
  'provider type': 'provider.type',
  'organisation type': 'provider.type',
  'organization type': 'provider.type',
  'type of provider': 'provider.type',
  sector: 'provider.type',
  'provider website': 'provider.url',
  'provider url': 'provider.url',
  'organisation website': 'provider.url',
  'organization website': 'provider.url',
  country: 'provider.country',
  'provider country': 'provider.country',
  // What it is.
  summary: 'description',
  'short description': 'description',
  'event description': 'description',
  'course summary': 'description',
  'course overview': 'description',
  overview: 'description',
  about: 'description',
  details: 'description',
  'course description': 'description',
  abstract: 'description',
  synopsis: 'description',
  link: 'url',
  website: 'url',
  'web address': 'url',
  'web link': 'url',
  'course url': 'url',
  'course link': 'url',
  'course page': 'url',
  'booking link': 'url',
  'more information': 'url',
  // Accreditation, endorsement and credit: a claim per list position.
  'accredited by': 'accreditations.#.body',
  accreditation: 'accreditations.#.body',
  accreditor: 'accreditations.#.body',
  'accrediting body': 'accreditations.#.body',
  'accreditation body': 'accreditations.#.body',
  'endorsed by': 'accreditations.#.body',
  endorsement: 'accreditations.#.body',
  'approved by': 'accreditations.#.body',
  'certified by': 'accreditations.#.body',
  'cpd accreditation': 'accreditations.#.body',
  'cpd accredited by': 'accreditations.#.body',
  'cpd hours': { field: 'accreditations.#.credits', creditUnit: 'hours' },
  'cpd points': { field: 'accreditations.#.credits', creditUnit: 'points' },
  'cpd credits': { field: 'accreditations.#.credits', creditUnit: 'credits' },
  'cme credits': { field: 'accreditations.#.credits', creditUnit: 'credits' },
  'cme hours': { field: 'accreditations.#.credits', creditUnit: 'hours' },
  'ce credits': { field: 'accreditations.#.credits', creditUnit: 'credits' },
  'ce hours': { field: 'accreditations.#.credits', creditUnit: 'hours' },
  'contact hours': { field: 'accreditations.#.credits', creditUnit: 'contact-hours' },
  ceus: { field: 'accreditations.#.credits', creditUnit: 'ceu' },
  ceu: { field: 'accreditations.#.credits', creditUnit: 'ceu' },
  'mainpro+ credits': { field: 'accreditations.#.credits', creditUnit: 'credits' },
  credits: 'accreditations.#.credits',
  'credit value': 'accreditations.#.credits',
  'cpd value': 'accreditations.#.credits',
  points: { field: 'accreditations.#.credits', creditUnit: 'points' },
  'credit unit': 'accreditations.#.unit',
  'cpd unit': 'accreditations.#.unit',
  'credit type': 'accreditations.#.creditType',
  'credit designation': 'accreditations.#.creditType',
  'accreditation reference': 'accreditations.#.reference',
  'accreditation number': 'accreditations.#.reference',
  'accreditation code': 'accreditations.#.reference',
  'approval number': 'accreditations.#.reference',
  uan: 'accreditations.#.reference',
  'accreditation expiry': 'accreditations.#.validUntil',
  'accredited until': 'accreditations.#.validUntil',
  'accreditation valid until': 'accreditations.#.validUntil',
  'valid until': 'accreditations.#.validUntil',
  // Academic credit toward an award.
  'academic credit': 'academicCredit.value',
  'academic credits': 'academicCredit.value',
  ects: { field: 'academicCredit.value', academicUnit: 'ects' },
  'ects credits': { field: 'academicCredit.value', academicUnit: 'ects' },
  'uk credits': { field: 'academicCredit.value', academicUnit: 'uk-credits' },
  'cats points': { field: 'academicCredit.value', academicUnit: 'uk-credits' },
  'academic credit unit': 'academicCredit.unit',
  'credit awarded by': 'academicCredit.awardedBy',
  'awarding institution': 'academicCredit.awardedBy',
  'stackable into': 'academicCredit.stackableInto',
  'counts toward': 'academicCredit.stackableInto',
  // What it teaches.
  topics: 'skills',
  topic: 'skills',
  keywords: 'skills',
  tags: 'skills',
  subjects: 'skills',
  subject: 'skills',
  'subject area': 'skills',
  competencies: 'skills',
  'clinical area': 'skills',
  specialty: 'skills',
  speciality: 'skills',
  'learning outcomes': 'learningOutcomes',
  outcomes: 'learningOutcomes',
  objectives: 'learningOutcomes',
  'learning objectives': 'learningOutcomes',
  aims: 'learningOutcomes',
  'what you will learn': 'learningOutcomes',
  // Who it is for.
  audience: 'audience.professions',
  'target audience': 'audience.professions',
  'intended audience': 'audience.professions',
  professions: 'audience.professions',
  profession: 'audience.professions',
  'suitable for': 'audience.professions',
  'who is it for': 'audience.professions',
  'staff group': 'audience.professions',
  level: 'audience.level',
  'audience level': 'audience.level',
  'course level': 'audience.level',
  difficulty: 'audience.level',
  'course difficulty': 'audience.level',
  'difficulty level': 'audience.level',
  'eqf level': 'eqfLevel',
  eqf: 'eqfLevel',
  // How it is delivered.
  delivery: 'format',
  'delivery mode': 'format',
  'delivery method': 'format',
  'mode of delivery': 'format',
  mode: 'format',
  'learning format': 'format',
  'course format': 'format',
  'course type': 'format',
  // How long.
  duration: 'durationHours',
  hours: 'durationHours',
  length: 'durationHours',
  'course length': 'durationHours',
  time: 'durationHours',
  'time commitment': 'durationHours',
  'study hours': 'durationHours',
  'learning hours': 'durationHours',
  'notional hours': 'durationHours',
  'guided learning hours': 'durationHours',
  'estimated time': 'durationHours',
  minutes: { field: 'durationHours', duration: 'minutes' },
  'duration minutes': { field: 'durationHours', duration: 'minutes' },
  'duration mins': { field: 'durationHours', duration: 'minutes' },
  'duration days': { field: 'durationHours', duration: 'days' },
  days: { field: 'durationHours', duration: 'days' },
  // What it costs.
  price: 'cost.amount',
  cost: 'cost.amount',
  fee: 'cost.amount',
  fees: 'cost.amount',
  'course fee': 'cost.amount',
  'regular price': 'cost.amount',
  'event cost': 'cost.amount',
  'course price': 'cost.amount',
  'registration fee': 'cost.amount',
  tuition: 'cost.amount',
  amount: 'cost.amount',
  currency: 'cost.currency',
  'currency code': 'cost.currency',
  'price currency': 'cost.currency',
  // How learning is assessed.
  assessment: 'assessment.type',
  'assessment type': 'assessment.type',
  'assessment method': 'assessment.type',
  'how assessed': 'assessment.type',
  supervised: 'assessment.supervised',
  proctored: 'assessment.supervised',
  invigilated: 'assessment.supervised',
  'identity verified': 'assessment.identityVerified',
  'id verified': 'assessment.identityVerified',
  'id checked': 'assessment.identityVerified',
  // What the learner receives.
  credential: 'credential.type',
  'credential type': 'credential.type',
  award: 'credential.type',
  certificate: 'credential.type',
  'certificate type': 'credential.type',
  'course certificate type': 'credential.type',
  'type of certificate': 'credential.type',
  'badge standard': 'credential.standard',
  'credential standard': 'credential.standard',
  'quality assurance': 'qualityAssurance',
  qa: 'qualityAssurance',
  // Language and currency of the content.
  lang: 'language',
  'language of instruction': 'language',
  'review date': 'lastReviewed',
  'last reviewed': 'lastReviewed',
  reviewed: 'lastReviewed',
  'date reviewed': 'lastReviewed',
  'last review': 'lastReviewed',
  'last updated': 'lastReviewed',
  updated: 'lastReviewed',
  'date updated': 'lastReviewed',
  'content updated': 'lastReviewed',
  'outcomes level': 'outcomesLevel',
  'evaluation level': 'outcomesLevel',
  'moore level': 'outcomesLevel',
  // Partners (a university awarding credit for a company's course, a host…).
  partner: 'partners.#.name',
  partners: 'partners.#.name',
  'in partnership with': 'partners.#.name',
  'partner role': 'partners.#.role',
  'partner type': 'partners.#.type',
  'partner website': 'partners.#.url',
});

/** Unit words in a header (in brackets or at the end) and what they hint. */
const UNIT_HINTS: ReadonlyMap<string, ColumnHint> = ownTable<ColumnHint>({
  mins: { duration: 'minutes' },
  min: { duration: 'minutes' },
  minutes: { duration: 'minutes' },
  hrs: { duration: 'hours' },
  hours: { duration: 'hours' },
  h: { duration: 'hours' },
  days: { duration: 'days' },
  '£': { currency: 'GBP' },
  gbp: { currency: 'GBP' },
  '€': { currency: 'EUR' },
  eur: { currency: 'EUR' },
  usd: { currency: 'USD' },
  us$: { currency: 'USD' },
  aud: { currency: 'AUD' },
  cad: { currency: 'CAD' },
  nzd: { currency: 'NZD' },
});

/** A header compared without case or punctuation (`Course_Name*` → `course name`). */
export function headerKey(header: string): string {
  return vocabularyKey(header.replace(/\*+\s*$/, ''));
}

/** Longest header compared with the table. */
const MAX_HEADER = 120;

/** What a header resolves to: a contract field pattern, a list position and hints. */
export interface ResolvedHeader {
  readonly field: FieldPattern;
  /** List position for `#` (from a contract index or a trailing number). */
  readonly position?: number;
  readonly hint: ColumnHint;
}

/** Natural list columns whose entries are words, so commas separate them too. */
const WORD_LISTS: ReadonlySet<string> = new Set(['skills', 'audience.professions']);

function targetOf(target: Target): { field: FieldPattern; hint: ColumnHint } {
  const { field, ...hint } = typeof target === 'string' ? { field: target } : target;
  return { field, hint: WORD_LISTS.has(field) ? { ...hint, commas: true } : hint };
}

/**
 * Resolves a natural header through the table. `undefined` when the header is not one of them.
 *
 * @example
 * ```ts
 * resolveNaturalHeader('Duration (mins)'); // { field: 'durationHours', hint: { duration: 'minutes' } }
 * resolveNaturalHeader('Accredited by 2'); // { field: 'accreditations.#.body', position: 1, hint: {} }
 * ```
 */
export function resolveNaturalHeader(header: string): ResolvedHeader | undefined {
  // No header people write is this long; a longer one is not read (and costs nothing).
  if (header.length > MAX_HEADER) return undefined;
  let text = header.trim().replace(/\*+\s*$/, '');
  let hint: ColumnHint = {};
  const bracket = /^(.*?)\s*[([]\s*([^)\]]*)\s*[)\]]\s*$/.exec(text);
  if (bracket?.[1] !== undefined && bracket[2] !== undefined) {
    const unit = UNIT_HINTS.get(bracket[2].toLowerCase().replace(/^in\s+/, ''));
    if (unit !== undefined) {
      hint = unit;
      text = bracket[1];
    }
  }
  const key = headerKey(text);
  const direct = HEADERS.get(key);
  if (direct !== undefined) {
    const t = targetOf(direct);
    return { field: t.field, hint: { ...hint, ...t.hint } };
  }
  // `Duration in minutes`, `Price GBP`: a unit word at the end.
  const tail = /^(.*\S)\s+(?:in\s+)?(\S+)$/.exec(key);
  if (tail?.[1] !== undefined && tail[2] !== undefined) {
    const unit = UNIT_HINTS.get(tail[2]);
    const base = HEADERS.get(tail[1]);
    if (unit !== undefined && base !== undefined) {
      const t = targetOf(base);
      return { field: t.field, hint: { ...unit, ...t.hint } };
    }
  }
  // `Accredited by 2`, `Partner 1`: a list position (counted from 1).
  const numbered = /^(.*\S)\s+(\d{1,4})$/.exec(key);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
    const base = HEADERS.get(numbered[1]);
    const n = Number(numbered[2]);
    if (base !== undefined && n >= 1) {
      const t = targetOf(base);
      if (t.field.includes('#'))
        return { field: t.field, position: n - 1, hint: { ...hint, ...t.hint } };
    }
  }
  return undefined;
}

/** Every header phrase of the table, for suggestions. */
export function headerPhrases(): string[] {
  return [...HEADERS.keys()];
}
