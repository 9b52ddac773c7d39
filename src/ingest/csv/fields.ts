/**
 * The CSV columns of the contract: canonical spelling (headers are matched case-insensitively)
 * and how each cell is read.
 * @module
 */

/** How a CSV cell is converted. */
export type CellKind = 'text' | 'list' | 'number' | 'money' | 'hours' | 'boolean' | 'enum-none';

/** Canonical dotted paths of the contract, with `#` standing for a list index. */
const FIELDS: Readonly<Record<string, CellKind>> = {
  id: 'text',
  title: 'text',
  description: 'text',
  url: 'text',
  'provider.name': 'text',
  'provider.type': 'text',
  'provider.url': 'text',
  'provider.country': 'text',
  'partners.#.name': 'text',
  'partners.#.type': 'text',
  'partners.#.url': 'text',
  'partners.#.role': 'text',
  'accreditations.#.body': 'text',
  'accreditations.#.creditType': 'text',
  'accreditations.#.credits': 'number',
  'accreditations.#.unit': 'text',
  'accreditations.#.reference': 'text',
  'accreditations.#.validUntil': 'text',
  'academicCredit.value': 'number',
  'academicCredit.unit': 'text',
  'academicCredit.awardedBy': 'text',
  'academicCredit.stackableInto': 'text',
  learningOutcomes: 'list',
  skills: 'list',
  'audience.professions': 'list',
  'audience.level': 'text',
  format: 'text',
  durationHours: 'hours',
  'cost.amount': 'money',
  'cost.currency': 'text',
  'assessment.type': 'enum-none',
  'assessment.supervised': 'boolean',
  'assessment.identityVerified': 'boolean',
  qualityAssurance: 'text',
  'credential.type': 'enum-none',
  'credential.standard': 'enum-none',
  eqfLevel: 'number',
  language: 'text',
  lastReviewed: 'text',
  outcomesLevel: 'text',
};

const BY_LOWER: ReadonlyMap<string, string> = new Map(
  Object.keys(FIELDS).map((k) => [k.toLowerCase(), k]),
);

/** Columns every CSV catalogue must have. */
export const REQUIRED_COLUMNS: readonly string[] = ['id', 'title', 'provider.name'];

/** A header resolved to a path. */
export interface ColumnSpec {
  /** Path segments; list indexes are numbers. */
  readonly path: readonly (string | number)[];
  /** Dotted canonical name (`accreditations.0.body`). */
  readonly name: string;
  /** How cells are read; `text` for unknown (extra) columns. */
  readonly kind: CellKind;
  /** Whether the column is part of the contract. */
  readonly known: boolean;
}

/**
 * Resolves a trimmed header to its canonical path, matching contract names case-insensitively;
 * unknown headers keep their spelling and become extra fields.
 *
 * @example
 * ```ts
 * resolveColumn('Accreditations.0.Credits').name; // 'accreditations.0.credits'
 * ```
 */
export function resolveColumn(header: string): ColumnSpec {
  const parts = header.split('.').map((p) => p.trim());
  const pattern = parts.map((p) => (/^\d+$/.test(p) ? '#' : p.toLowerCase())).join('.');
  const canonical = BY_LOWER.get(pattern);
  if (canonical === undefined) {
    const path = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return { path, name: parts.join('.'), kind: 'text', known: false };
  }
  const segments = canonical.split('.');
  const path = segments.map((seg, i) => (seg === '#' ? Number(parts[i]) : seg));
  return { path, name: path.join('.'), kind: FIELDS[canonical] ?? 'text', known: true };
}
