/**
 * Reading a university list in the shape of the widely used `world_universities_and_domains.json`
 * (Hipo, https://github.com/Hipo/university-domains-list: `name`, `domains`, `web_pages`,
 * `alpha_two_code`, `country`) into `universities` reference entries, so that a site can verify
 * universities far beyond the bundled list by passing them to `createReference`.
 * @module
 */

/** One record of such a list (extra fields are ignored). */
export interface WorldUniversityRecord {
  readonly name?: unknown;
  readonly domains?: unknown;
  readonly alpha_two_code?: unknown;
}

/** What the conversion could not use, by record. */
export interface WorldUniversityIssue {
  readonly index: number;
  readonly message: string;
}

const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** A kebab-case id from a name and country, unique within the converted list. */
function idFor(name: string, country: string, taken: Set<string>): string {
  const base =
    `${country}-${name}`
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'university';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Converts the records of a world-universities list into `universities` entries for
 * `createReference` / `loadReferenceData`. Records without a name, a country code or a valid
 * domain are reported, not dropped silently.
 *
 * @example
 * ```ts
 * const list = JSON.parse(readFileSync('world_universities_and_domains.json', 'utf8'));
 * const { universities, issues } = universitiesFromWorldList(list, { checked: '2026-12-06' });
 * const { reference } = createReference({ universities });
 * ```
 */
export function universitiesFromWorldList(
  records: readonly WorldUniversityRecord[],
  options: { readonly checked: string; readonly source?: string },
): { universities: Record<string, unknown>[]; issues: WorldUniversityIssue[] } {
  const source = options.source ?? 'https://github.com/Hipo/university-domains-list';
  const taken = new Set<string>();
  const universities: Record<string, unknown>[] = [];
  const issues: WorldUniversityIssue[] = [];
  records.forEach((record, index) => {
    const name = typeof record?.name === 'string' ? record.name.trim() : '';
    const country =
      typeof record?.alpha_two_code === 'string' ? record.alpha_two_code.trim().toUpperCase() : '';
    const domains = Array.isArray(record?.domains)
      ? record.domains
          .filter((d): d is string => typeof d === 'string')
          .map((d) =>
            d
              .trim()
              .toLowerCase()
              .replace(/^www\./, ''),
          )
          .filter((d) => DOMAIN.test(d))
      : [];
    if (name === '' || !/^[A-Z]{2}$/.test(country) || domains.length === 0) {
      issues.push({
        index,
        message: `university record ${index + 1}: needs a name, a two-letter alpha_two_code and at least one valid domain`,
      });
      return;
    }
    universities.push({
      id: idFor(name, country, taken),
      name,
      country,
      domains: [...new Set(domains)],
      source,
      checked: options.checked,
    });
  });
  return { universities, issues };
}
