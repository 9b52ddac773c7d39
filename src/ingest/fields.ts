/**
 * How each contract field is read from a catalogue cell or a loose JSON value: one table for
 * CSV and JSON alike (documented in docs/formats.md).
 * @module
 */

/** How a value is read. */
export type FieldKind =
  | 'text'
  | 'url'
  | 'list'
  | 'providerType'
  | 'country'
  | 'role'
  | 'credits'
  | 'creditUnit'
  | 'date'
  | 'expiry'
  | 'number'
  | 'academicUnit'
  | 'level'
  | 'format'
  | 'duration'
  | 'money'
  | 'currency'
  | 'assessment'
  | 'yesno'
  | 'credential'
  | 'standard'
  | 'eqf'
  | 'language'
  | 'outcomes';

/** Contract field patterns (`#` for a list position) and how each is read. */
export const FIELDS: Readonly<Record<string, FieldKind>> = {
  id: 'text',
  title: 'text',
  description: 'text',
  url: 'url',
  'provider.name': 'text',
  'provider.type': 'providerType',
  'provider.url': 'url',
  'provider.country': 'country',
  'partners.#.name': 'text',
  'partners.#.type': 'providerType',
  'partners.#.url': 'url',
  'partners.#.role': 'role',
  'accreditations.#.body': 'text',
  'accreditations.#.creditType': 'text',
  'accreditations.#.credits': 'credits',
  'accreditations.#.unit': 'creditUnit',
  'accreditations.#.reference': 'text',
  'accreditations.#.validUntil': 'expiry',
  'academicCredit.value': 'number',
  'academicCredit.unit': 'academicUnit',
  'academicCredit.awardedBy': 'text',
  'academicCredit.stackableInto': 'text',
  // Lists split on ";" (and "|", line breaks, bullets); under a natural header such as
  // "Topics", also on commas (csv/headers.ts).
  learningOutcomes: 'list',
  skills: 'list',
  'audience.professions': 'list',
  'audience.level': 'level',
  format: 'format',
  durationHours: 'duration',
  'cost.amount': 'money',
  'cost.currency': 'currency',
  'assessment.type': 'assessment',
  'assessment.supervised': 'yesno',
  'assessment.identityVerified': 'yesno',
  qualityAssurance: 'text',
  'credential.type': 'credential',
  'credential.standard': 'standard',
  eqfLevel: 'eqf',
  language: 'language',
  lastReviewed: 'date',
  outcomesLevel: 'outcomes',
};

const BY_LOWER: ReadonlyMap<string, string> = new Map(
  Object.keys(FIELDS).map((k) => [k.toLowerCase(), k]),
);

/**
 * The contract pattern a dotted name spells (any case; list positions as numbers), with its
 * path; `undefined` when it is not a contract field.
 *
 * @example
 * ```ts
 * contractPath('Accreditations.0.Credits'); // { pattern: 'accreditations.#.credits', path: ['accreditations', 0, 'credits'] }
 * ```
 */
export function contractPath(
  name: string,
): { pattern: string; path: (string | number)[] } | undefined {
  const parts = name.split('.').map((p) => p.trim());
  const lower = parts.map((p) => (/^\d+$/.test(p) ? '#' : p.toLowerCase())).join('.');
  const pattern = BY_LOWER.get(lower);
  if (pattern === undefined) return undefined;
  const path = pattern.split('.').map((seg, i) => (seg === '#' ? Number(parts[i]) : seg));
  return { pattern, path };
}

/** Every contract field pattern, for suggestions. */
export const FIELD_PATTERNS: readonly string[] = Object.keys(FIELDS);
