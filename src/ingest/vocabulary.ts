/**
 * The words catalogues use for the contract's closed vocabularies (formats, provider types,
 * credit units, assessment, credential, level, partner role, outcome level), each mapped to the
 * contract value. An entry with a `note` is an interpretation, not a synonym: the note is said
 * in the warning that reports it, and docs/formats.md lists every one with its reason.
 *
 * Phrases are matched after {@link vocabularyKey}: lower case, `&` as "and", every other run of
 * punctuation or space as one space. The contract's own values always match (any case, `_` or
 * space for `-`).
 * @module
 */

import {
  ACADEMIC_CREDIT_UNITS,
  ASSESSMENT_TYPES,
  AUDIENCE_LEVELS,
  CREDENTIAL_STANDARDS,
  CREDENTIAL_TYPES,
  CREDIT_UNITS,
  FORMATS,
  OUTCOME_LEVELS,
  PARTNER_ROLES,
  PROVIDER_TYPES,
} from '../model/enums.js';
import { editDistance, suggestionKey } from '../model/suggest.js';

/** A phrase's meaning: the contract value and, when it is an interpretation, why. */
export interface Meaning {
  readonly value: string;
  /** The reason for an interpretation, said as `"Online" was read as self-paced-online (…)`. */
  readonly note?: string;
  /** A named credit scheme (`Mainpro+ credits`): its name is kept as the claim's credit type. */
  readonly scheme?: boolean;
}

type Table = Readonly<Record<string, string | Meaning>>;

/** `Face-to-face` → `face to face`, `E-Learning` → `e learning`, `R&D` → `r and d`. */
export function vocabularyKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** Formats: how an offering is delivered. */
const FORMAT_WORDS: Table = {
  // Unambiguous names for recorded, learner-paced study.
  'e learning': 'self-paced-online',
  elearning: 'self-paced-online',
  'self paced': 'self-paced-online',
  'online self paced': 'self-paced-online',
  'on demand': 'self-paced-online',
  'online course': 'self-paced-online',
  'online module': 'self-paced-online',
  'online learning': 'self-paced-online',
  'web based': 'self-paced-online',
  'distance learning': 'self-paced-online',
  mooc: 'self-paced-online',
  recorded: 'self-paced-online',
  'recorded webinar': 'self-paced-online',
  podcast: 'self-paced-online',
  video: 'self-paced-online',
  // "Online" alone does not say whether sessions are live; most catalogue "online" courses are
  // modules taken at the learner's pace, so that is the reading, said in the warning.
  online: {
    value: 'self-paced-online',
    note: '"online" alone does not say whether sessions are live',
  },
  // Live, scheduled sessions over the internet.
  webinar: 'live-online',
  'live online': 'live-online',
  'online live': 'live-online',
  'live webinar': 'live-online',
  'virtual classroom': 'live-online',
  'live virtual': 'live-online',
  'live stream': 'live-online',
  livestream: 'live-online',
  'online workshop': 'live-online',
  'virtual workshop': 'live-online',
  'online seminar': 'live-online',
  zoom: 'live-online',
  'ms teams': 'live-online',
  'microsoft teams': 'live-online',
  virtual: { value: 'live-online', note: 'virtual sessions are usually live' },
  // Attendance in a room.
  classroom: 'in-person',
  'face to face': 'in-person',
  f2f: 'in-person',
  'in person': 'in-person',
  onsite: 'in-person',
  'on site': 'in-person',
  'study day': 'in-person',
  lecture: 'in-person',
  'hands on': 'in-person',
  'skills session': 'in-person',
  residential: 'in-person',
  // Usually, not always, attended in person: said in the warning.
  workshop: { value: 'in-person', note: 'a workshop is usually attended in person' },
  conference: { value: 'in-person', note: 'a conference is usually attended in person' },
  seminar: { value: 'in-person', note: 'a seminar is usually attended in person' },
  simulation: {
    value: 'in-person',
    note: 'simulation training usually takes place in a skills lab',
  },
  practical: { value: 'in-person', note: 'a practical is usually attended in person' },
  // Both online and attended parts.
  hybrid: 'blended',
  'blended learning': 'blended',
  mixed: 'blended',
  'mixed mode': 'blended',
  'online and face to face': 'blended',
  'face to face and online': 'blended',
  'online and classroom': 'blended',
  'classroom and online': 'blended',
  // Learning done at work, in practice.
  'work based': 'workplace',
  'on the job': 'workplace',
  'in practice': 'workplace',
  placement: 'workplace',
  'clinical placement': 'workplace',
  bedside: 'workplace',
};

/** Provider types: what kind of organisation runs the offering (CONTRACT.md examples first). */
const PROVIDER_TYPE_WORDS: Table = {
  // Higher-education institutions.
  uni: 'university',
  hei: 'university',
  'higher education': 'university',
  'higher education institution': 'university',
  'university college': 'university',
  'medical school': 'university',
  'nursing school': 'university',
  'school of nursing': 'university',
  // CONTRACT.md: professional-body covers association, royal college, society.
  association: 'professional-body',
  'professional association': 'professional-body',
  society: 'professional-body',
  'learned society': 'professional-body',
  'royal college': 'professional-body',
  'medical royal college': 'professional-body',
  faculty: 'professional-body',
  'professional body': 'professional-body',
  'membership body': 'professional-body',
  'membership organisation': 'professional-body',
  'professional organisation': 'professional-body',
  'professional organization': 'professional-body',
  federation: 'professional-body',
  'chartered institute': 'professional-body',
  // CONTRACT.md: healthcare-organisation covers hospital, health service, NHS trust.
  'nhs trust': 'healthcare-organisation',
  'nhs foundation trust': 'healthcare-organisation',
  nhs: 'healthcare-organisation',
  'health board': 'healthcare-organisation',
  'nhs board': 'healthcare-organisation',
  hospital: 'healthcare-organisation',
  'teaching hospital': 'healthcare-organisation',
  'university hospital': 'healthcare-organisation',
  'health service': 'healthcare-organisation',
  'health system': 'healthcare-organisation',
  'healthcare provider': 'healthcare-organisation',
  'healthcare organization': 'healthcare-organisation',
  clinic: 'healthcare-organisation',
  hospice: 'healthcare-organisation',
  'gp practice': 'healthcare-organisation',
  'integrated care board': 'healthcare-organisation',
  // Businesses whose product is education.
  'training provider': 'education-company',
  'training company': 'education-company',
  'private training provider': 'education-company',
  'e learning provider': 'education-company',
  'education provider': 'education-company',
  'education company': 'education-company',
  'private provider': 'education-company',
  'commercial provider': 'education-company',
  // "Company" alone: a maker of health products is "industry", so this is a reading.
  company: {
    value: 'education-company',
    note: 'a maker of health products would be "industry"',
  },
  ltd: {
    value: 'education-company',
    note: 'a maker of health products would be "industry"',
  },
  business: {
    value: 'education-company',
    note: 'a maker of health products would be "industry"',
  },
  // Makers and sellers of health products (CONTRACT.md: industry).
  pharmaceutical: 'industry',
  'pharmaceutical company': 'industry',
  pharma: 'industry',
  'medical device company': 'industry',
  'device manufacturer': 'industry',
  manufacturer: 'industry',
  'commercial sponsor': 'industry',
  // One person.
  'sole trader': 'individual',
  freelance: 'individual',
  freelancer: 'individual',
  'independent trainer': 'individual',
  'independent practitioner': 'individual',
  // Kinds that can be any of the above: kept as unknown, and said.
  charity: {
    value: 'unknown',
    note: 'a charity can be any kind of organisation',
  },
  'non profit': {
    value: 'unknown',
    note: 'a non-profit can be any kind of organisation',
  },
  'not for profit': {
    value: 'unknown',
    note: 'a not-for-profit can be any kind of organisation',
  },
  ngo: { value: 'unknown', note: 'an NGO can be any kind of organisation' },
  college: {
    value: 'unknown',
    note: 'a college can be a university or a professional body, such as a royal college',
  },
  government: {
    value: 'unknown',
    note: 'a government body is none of the provider types',
  },
  other: 'unknown',
};

/** Units of an accreditation's credit. */
const CREDIT_UNIT_WORDS: Table = {
  hour: 'hours',
  hrs: 'hours',
  hr: 'hours',
  h: 'hours',
  'cpd hours': 'hours',
  'cpd hour': 'hours',
  'ce hours': 'hours',
  'cme hours': 'hours',
  'clock hours': 'hours',
  'learning hours': 'hours',
  point: 'points',
  pts: 'points',
  'cpd points': 'points',
  'cpd point': 'points',
  credit: 'credits',
  'cpd credits': 'credits',
  'cme credits': 'credits',
  'ce credits': 'credits',
  // Named credit schemes count in credits; the scheme's name is kept as the credit type.
  'ama pra category 1 credits': { value: 'credits', scheme: true },
  'ama pra category 1 credit': { value: 'credits', scheme: true },
  'mainpro+ credits': { value: 'credits', scheme: true },
  'mainpro+ certified credits': { value: 'credits', scheme: true },
  'mainpro+': { value: 'credits', scheme: true },
  'aapa category 1 cme credits': { value: 'credits', scheme: true },
  ecmec: { value: 'credits', scheme: true },
  ecmecs: { value: 'credits', scheme: true },
  'ipce credits': { value: 'credits', scheme: true },
  'contact hour': 'contact-hours',
  'ncpd contact hours': 'contact-hours',
  'nursing contact hours': 'contact-hours',
  ceus: 'ceu',
  'continuing education units': 'ceu',
  'continuing education unit': 'ceu',
  'ce units': 'ceu',
  'ects credits': 'ects',
  'ects credit': 'ects',
};

/** Academic credit units. */
const ACADEMIC_UNIT_WORDS: Table = {
  'ects credits': 'ects',
  'uk credits': 'uk-credits',
  'cats points': 'uk-credits',
  'cats credits': 'uk-credits',
  'us credit hours': 'us-credit-hours',
  'credit hours': 'us-credit-hours',
  'semester hours': 'us-credit-hours',
  'nz credits': 'nz-credits',
  'nzqa credits': 'nz-credits',
};

/** Assessment types. */
const ASSESSMENT_WORDS: Table = {
  'no assessment': 'none',
  'not assessed': 'none',
  attendance: 'none',
  'attendance only': 'none',
  participation: 'none',
  'self assessment': 'self-assessment',
  'self assessed': 'self-assessment',
  reflection: 'self-assessment',
  'reflective log': 'self-assessment',
  'reflective account': 'self-assessment',
  'knowledge check': 'quiz',
  'online quiz': 'quiz',
  'post test': 'quiz',
  'online test': 'quiz',
  // A multiple-choice test is a quiz unless it is supervised; supervision is its own column.
  mcq: { value: 'quiz', note: 'a multiple-choice test is a quiz unless supervised' },
  mcqs: {
    value: 'quiz',
    note: 'a multiple-choice test is a quiz unless supervised',
  },
  'multiple choice': {
    value: 'quiz',
    note: 'a multiple-choice test is a quiz unless supervised',
  },
  'multiple choice questions': {
    value: 'quiz',
    note: 'a multiple-choice test is a quiz unless supervised',
  },
  test: { value: 'quiz', note: 'a test is a quiz unless supervised' },
  examination: 'exam',
  'written exam': 'exam',
  'final exam': 'exam',
  'proctored exam': 'exam',
  // An oral examination.
  viva: 'exam',
  'viva voce': 'exam',
  'oral exam': 'exam',
  'invigilated exam': 'exam',
  'practical assessment': 'practical',
  'practical exam': 'practical',
  'skills assessment': 'practical',
  // Objective structured clinical examination: practical stations, observed.
  osce: 'practical',
  assignment: 'portfolio',
  'written assignment': 'portfolio',
  essay: 'portfolio',
  coursework: 'portfolio',
  'case study': 'portfolio',
  project: 'portfolio',
  'direct observation': 'observed-practice',
  'workplace assessment': 'observed-practice',
  'workplace based assessment': 'observed-practice',
  observation: 'observed-practice',
  // Direct observation of procedural skills, a workplace-based assessment.
  dops: 'observed-practice',
  'mini cex': 'observed-practice',
  'competency sign off': 'observed-practice',
};

/** What a learner receives. */
const CREDENTIAL_WORDS: Table = {
  microcredential: 'micro-credential',
  badge: 'digital-badge',
  'open badge': 'digital-badge',
  'open badges': 'digital-badge',
  cert: 'certificate',
  certification: 'certificate',
  'professional certificate': 'certificate',
  'completion certificate': 'certificate-of-completion',
  'certificate of attendance': 'certificate-of-completion',
  'attendance certificate': 'certificate-of-completion',
  'cpd certificate': 'certificate-of-completion',
  'e certificate': 'certificate-of-completion',
  'no certificate': 'none',
};

/** The technical standard of the credential. */
const STANDARD_WORDS: Table = {
  'open badges 3': 'open-badges-3',
  'open badges 3 0': 'open-badges-3',
  ob3: 'open-badges-3',
  'open badges 2': 'open-badges-2',
  'open badges 2 0': 'open-badges-2',
  ob2: 'open-badges-2',
  vc: 'verifiable-credential',
  'w3c verifiable credential': 'verifiable-credential',
  paper: 'pdf',
};

/** Audience levels. */
const LEVEL_WORDS: Table = {
  beginner: 'foundation',
  introductory: 'foundation',
  intro: 'foundation',
  basic: 'foundation',
  'entry level': 'foundation',
  novice: 'foundation',
  moderate: 'intermediate',
  'mid level': 'intermediate',
  expert: 'advanced',
  specialist: 'advanced',
};

/** Partner roles. */
const ROLE_WORDS: Table = {
  'co provider': 'co-issuer',
  joint: 'co-issuer',
  'co badged': 'co-issuer',
  'credit awarding body': 'credit-awarding',
  awarding: 'credit-awarding',
  validating: 'credit-awarding',
  endorsed: 'endorser',
  endorsement: 'endorser',
  'delivery partner': 'host',
  venue: 'host',
  platform: 'host',
};

/** Moore, Green & Gallis (2009) outcome levels, also as their numbers (1–7, 3A, 3B). */
const OUTCOME_WORDS: Table = {
  '1': 'participation',
  '2': 'satisfaction',
  '3': 'learning',
  '3a': 'learning',
  '3b': 'learning',
  '4': 'competence',
  '5': 'performance',
  '6': 'patient-health',
  '7': 'community-health',
  'level 1': 'participation',
  'level 2': 'satisfaction',
  'level 3': 'learning',
  'level 4': 'competence',
  'level 5': 'performance',
  'level 6': 'patient-health',
  'level 7': 'community-health',
};

/** A closed vocabulary: the contract values and the words for them. */
export interface Vocabulary {
  /** What the field is, in a message: "a format". */
  readonly what: string;
  /** The contract values. */
  readonly values: readonly string[];
  /** Phrase (as {@link vocabularyKey}) → meaning. */
  readonly words: ReadonlyMap<string, Meaning>;
}

function vocabulary(what: string, values: readonly string[], table: Table): Vocabulary {
  const words = new Map<string, Meaning>();
  for (const value of values) words.set(vocabularyKey(value), { value });
  for (const [phrase, meaning] of Object.entries(table)) {
    words.set(vocabularyKey(phrase), typeof meaning === 'string' ? { value: meaning } : meaning);
  }
  return { what, values, words };
}

/** The vocabularies by name. */
export const VOCABULARIES = {
  format: vocabulary('a format', FORMATS, FORMAT_WORDS),
  providerType: vocabulary('a provider type', PROVIDER_TYPES, PROVIDER_TYPE_WORDS),
  creditUnit: vocabulary('a credit unit', CREDIT_UNITS, CREDIT_UNIT_WORDS),
  academicUnit: vocabulary('an academic credit unit', ACADEMIC_CREDIT_UNITS, ACADEMIC_UNIT_WORDS),
  assessment: vocabulary('an assessment type', ASSESSMENT_TYPES, ASSESSMENT_WORDS),
  credential: vocabulary('a credential type', CREDENTIAL_TYPES, CREDENTIAL_WORDS),
  standard: vocabulary('a credential standard', CREDENTIAL_STANDARDS, STANDARD_WORDS),
  level: vocabulary('an audience level', AUDIENCE_LEVELS, LEVEL_WORDS),
  role: vocabulary('a partner role', PARTNER_ROLES, ROLE_WORDS),
  outcomes: vocabulary('a Moore outcome level', OUTCOME_LEVELS, OUTCOME_WORDS),
} as const;

/** The name of one of {@link VOCABULARIES}. */
export type VocabularyName = keyof typeof VOCABULARIES;

/**
 * The meaning of a phrase in a vocabulary, or `undefined`.
 *
 * @example
 * ```ts
 * lookupWord('format', 'Face-to-face'); // { value: 'in-person' }
 * lookupWord('format', 'Online'); // { value: 'self-paced-online', note: '"online" alone does not say whether sessions are live' }
 * ```
 */
export function lookupWord(name: VocabularyName, text: string): Meaning | undefined {
  return VOCABULARIES[name].words.get(vocabularyKey(text));
}

/**
 * The phrase a misspelt word most likely meant (`CPD pointz` → `cpd points`), when every phrase
 * as near to it means the same value; `undefined` otherwise. One or two edits, by length.
 *
 * @example
 * ```ts
 * nearestWord('format', 'Webinr'); // 'webinar'
 * ```
 */
export function nearestWord(name: VocabularyName, text: string): string | undefined {
  const key = suggestionKey(text);
  if (key === '' || key.length > 64) return undefined;
  const limit = key.length <= 5 ? 1 : 2;
  let best = limit + 1;
  let phrase: string | undefined;
  let value: string | undefined;
  let agree = true;
  for (const [candidate, meaning] of VOCABULARIES[name].words) {
    const d = editDistance(key, suggestionKey(candidate), limit);
    if (d > limit || d > best) continue;
    if (d < best) {
      best = d;
      phrase = candidate;
      value = meaning.value;
      agree = true;
    } else if (meaning.value !== value) agree = false;
  }
  return agree ? phrase : undefined;
}
