/**
 * A real scraped catalogue (../shared/conformance/catalogues/coursera-2020.csv: 891 Coursera
 * products, organisation names as the platform shows them) evaluated with the world universities
 * list (../shared/conformance/universities/) loaded as reference data. Skipped, saying so, where
 * ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/credibility/context.js';
import { evaluateCatalog } from '../../src/credibility/evaluate.js';
import { organisationsNamed } from '../../src/credibility/identity.js';
import { validateCourses } from '../../src/model/catalog-reader.js';
import { createReference } from '../../src/reference/reference.js';
import { universitiesFromWorldList } from '../../src/reference/world-universities.js';
import { readName } from '../../src/text/canonical-name.js';

const SHARED = new URL('../../../shared/conformance/', import.meta.url);
const CATALOGUE = new URL('catalogues/coursera-2020.csv', SHARED);
const UNIVERSITIES = new URL('universities/world_universities_and_domains.json', SHARED);
const present = existsSync(CATALOGUE) && existsSync(UNIVERSITIES);
if (!present) console.warn('[coursera conformance skipped] ../shared/conformance is absent');

describe.skipIf(!present)('the Coursera 2020 catalogue with the world universities list', () => {
  const world = present
    ? (JSON.parse(readFileSync(UNIVERSITIES, 'utf8')) as { name: string }[])
    : [];
  const { universities } = universitiesFromWorldList(world, { checked: '2026-12-06' });
  const { reference } = createReference({ universities });
  const rows = present
    ? (Papa.parse(readFileSync(CATALOGUE, 'utf8'), { header: true, skipEmptyLines: true })
        .data as Record<string, string>[])
    : [];
  const { courses } = validateCourses(
    rows.map((r) => ({
      id: `coursera-${r['']}`,
      title: r.course_title,
      url: 'https://www.coursera.org/',
      provider: { name: r.course_organization },
    })),
  );
  const reports = evaluateCatalog(courses, { asOf: '2026-12-06', reference });

  it('reads every product', () => {
    expect(courses.length).toBe(rows.length);
    expect(courses.length).toBeGreaterThan(850);
  });

  it('raises no critical flag and no warning on any real product', () => {
    expect(
      reports.filter((r) => r.flags.some((f) => f.severity !== 'info')).map((r) => r.id),
    ).toEqual([]);
  });

  it('resolves every organisation whose name is a world-list university’s as that university', () => {
    // "Is a university in the world list": its canonical name, or its name before a campus
    // qualifier, is a world-list name ("University of Michigan" for "… - Ann Arbor").
    const worldKeys = new Set(
      world.flatMap((u) =>
        [u.name, u.name.split(/\s+[-–—]\s+|,\s+/)[0] ?? u.name].map((n) => readName(n).key),
      ),
    );
    const context = createContext({ asOf: '2026-12-06', reference });
    const organisations = [...new Set(courses.map((c) => c.provider.name))];
    const universitiesNamed = organisations.filter((o) => worldKeys.has(readName(o).key));
    expect(universitiesNamed.length).toBeGreaterThan(60);
    const unresolved = universitiesNamed.filter(
      (o) => !organisationsNamed(context, o).some((k) => k.role === 'university'),
    );
    expect(unresolved).toEqual([]);
    const verified = reports.filter((r, i) => {
      const c = courses[i];
      return (
        c !== undefined &&
        universitiesNamed.includes(c.provider.name) &&
        r.factors[0]?.evidence.join(' ').includes('vetted partner')
      );
    });
    expect(verified.length).toBeGreaterThan(0);
  });

  it('never grades a product D or E without red flags', () => {
    expect(reports.filter((r) => r.grade === 'D' || r.grade === 'E').map((r) => r.id)).toEqual([]);
  });
});
