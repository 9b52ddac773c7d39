/**
 * The reference data as the builds inline it (scripts/build/reference-data-plugin.mjs: without
 * provenance, without the ids the loader derives from names, without the fields no rule reads)
 * loads to exactly the entries the repository's data/ files load to, provenance and unread fields
 * aside, and gives exactly the same reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReferenceFile } from '../../scripts/build/reference-data-plugin.mjs';
import { evaluateCatalog } from '../../src/credibility/evaluate.js';
import { validateCourses } from '../../src/model/catalog-reader.js';
import { prototypesOf } from '../../src/reference/bundled-confusables.js';
import { entriesOf } from '../../src/reference/bundled-table.js';
import { loadReferenceData, type ReferenceDataInput } from '../../src/reference/data.js';
import { idFromName } from '../../src/reference/entry-id.js';
import { createReference } from '../../src/reference/reference.js';
import { createSkeletons } from '../../src/text/confusables.js';
import { AS_OF, coursesOf, legitimate, mills } from '../credibility/realworld/corpus.js';

const DATA = new URL('../../data/', import.meta.url);

/** data/ file → the loader's lists in it. */
const LISTS: Record<string, Record<string, keyof ReferenceDataInput>> = {
  'accreditors.json': { accreditors: 'accreditors' },
  'unrecognised-accreditors.json': { bodies: 'unrecognised', indicators: 'indicators' },
  'non-accrediting-bodies.json': { bodies: 'nonAccreditors' },
  'providers.json': { providers: 'providers' },
  'domain-rules.json': { rules: 'domainRules' },
  'platforms.json': { platforms: 'platforms' },
  'universities.json': { universities: 'universities' },
  'regulators.json': { regulators: 'regulators' },
  'skills.json': { concepts: 'concepts' },
};

function input(compact: boolean): ReferenceDataInput {
  const out: Record<string, unknown> = {};
  for (const [file, lists] of Object.entries(LISTS)) {
    const raw = JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as unknown;
    const content = (compact ? compactReferenceFile(file, raw) : raw) as Record<string, unknown>;
    for (const [key, list] of Object.entries(lists)) out[list] = entriesOf(content[key]);
  }
  return out as ReferenceDataInput;
}

/** Removes what the build leaves out on purpose. */
function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'notes' && k !== 'checked' && k !== 'source')
        .map(([k, v]) => [k, withoutProvenance(v)]),
    );
  }
  return value;
}

describe('the reference data the builds inline', () => {
  it('covers every data file', () => {
    const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
    const elsewhere = ['abbreviations.json', 'confusables.json', 'public-suffixes.json'];
    expect(files.filter((f) => !elsewhere.includes(f)).sort()).toEqual(Object.keys(LISTS).sort());
  });

  it('loads to the same entries as data/, ids derived where left out', () => {
    const full = loadReferenceData(input(false), { replaceDefaults: true });
    const compact = loadReferenceData(input(true), { replaceDefaults: true });
    expect(full.issues).toEqual([]);
    expect(compact.issues).toEqual([]);
    const unread = (data: typeof full.data) => ({
      ...data,
      providers: data.providers.map(({ professions: _p, country: _c, ...rest }) => rest),
      accreditors: data.accreditors.map(({ professions: _p, ...rest }) => rest),
      concepts: data.concepts.map(({ professions: _p, ...rest }) => rest),
      indicators: data.indicators
        .filter((i) => i.phrases.length > 0)
        .map(({ detectable: _d, ...rest }) => rest),
      domainRules: data.domainRules.map(({ rule: _r, ...rest }) => rest),
      universities: data.universities.map(({ health: _h, country: _c, ...rest }) => rest),
      regulators: data.regulators.map((r) =>
        r.requirement === undefined
          ? r
          : {
              ...r,
              requirement: {
                ...r.requirement,
                otherRequirements: [],
                categories: r.requirement.categories.map(({ note: _n, unit: _u, ...rest }) => rest),
              },
            },
      ),
      // A null country or mimicked body ("not known") is left out: the same to every rule.
      // Only a listed mill's first listing is read (evidence names it).
      unrecognised: data.unrecognised.map((b) => ({
        ...b,
        mimics: b.mimics ?? undefined,
        country: b.country ?? undefined,
        listings: b.listings.slice(0, 1),
      })),
    });
    expect(withoutProvenance(unread(compact.data))).toEqual(withoutProvenance(unread(full.data)));
    // The control: the fields left out are there in data/.
    expect(full.data.providers.some((p) => p.professions.length > 0)).toBe(true);
    expect(full.data.concepts.some((c) => c.professions.length > 0)).toBe(true);
    expect(compact.data.concepts.some((c) => c.professions.length > 0)).toBe(false);
    expect(full.data.indicators.every((i) => i.detectable !== undefined)).toBe(true);
    expect(compact.data.indicators.some((i) => i.detectable !== undefined)).toBe(false);
    expect(full.data.indicators.some((i) => i.phrases.length === 0)).toBe(true);
    expect(compact.data.indicators.some((i) => i.phrases.length === 0)).toBe(false);
    expect(full.data.domainRules.every((r) => r.rule !== undefined)).toBe(true);
    expect(compact.data.domainRules.some((r) => r.rule !== undefined)).toBe(false);
    expect(full.data.universities.some((u) => u.health.length > 0)).toBe(true);
    expect(compact.data.universities.some((u) => u.health.length > 0)).toBe(false);
    expect(full.data.providers.every((p) => p.country !== undefined)).toBe(true);
    expect(compact.data.providers.some((p) => p.country !== undefined)).toBe(false);
    expect(full.data.universities.every((u) => u.country !== undefined)).toBe(true);
    expect(compact.data.universities.some((u) => u.country !== undefined)).toBe(false);
    const others = (data: typeof full.data) =>
      data.regulators.flatMap((r) => r.requirement?.otherRequirements ?? []);
    expect(others(full.data).length).toBeGreaterThan(0);
    expect(others(compact.data)).toEqual([]);
    const categoryNotes = (data: typeof full.data) =>
      data.regulators.flatMap((r) => r.requirement?.categories ?? []).filter((c) => c.note);
    expect(categoryNotes(full.data).length).toBeGreaterThan(0);
    expect(categoryNotes(compact.data)).toEqual([]);
  });

  it('reads the confusables the builds inline as the same prototypes', () => {
    const raw = JSON.parse(readFileSync(new URL('confusables.json', DATA), 'utf8')) as {
      prototypes: Record<string, string>;
    };
    const compact = compactReferenceFile('confusables.json', raw) as { prototypes: unknown };
    // Written as one string of code point distances, not as the characters themselves.
    expect(typeof compact.prototypes).toBe('string');
    const read = prototypesOf(compact.prototypes as string);
    const inOrder = (prototypes: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(prototypes).map(([p, characters]) => [p, [...characters].sort().join('')]),
      );
    expect(inOrder(read)).toEqual(inOrder(raw.prototypes));
    // No character has two prototypes, so the order within a prototype changes no skeleton.
    const full = createSkeletons(raw.prototypes);
    const bundled = createSkeletons(read);
    for (const character of Object.values(raw.prototypes).join('')) {
      expect(bundled.skeleton(character)).toBe(full.skeleton(character));
    }
    expect(bundled.skeleton('\u0430ccme')).toBe(full.skeleton('accme'));
  });

  it('gives the same reports as data/ (no rule reads what the build leaves out)', () => {
    const sample = JSON.parse(
      readFileSync(new URL('samples/catalogue.json', DATA), 'utf8'),
    ) as unknown[];
    const courses = [
      ...validateCourses(
        Array.isArray(sample) ? sample : (sample as { courses: unknown[] }).courses,
      ).courses,
      ...coursesOf([...legitimate, ...mills]),
    ];
    const reports = (compact: boolean) =>
      evaluateCatalog(courses, {
        asOf: AS_OF,
        reference: createReference(input(compact), { replaceDefaults: true }).reference,
      });
    const full = reports(false);
    expect(reports(true)).toEqual(full);
    // The control: the data decides these reports (recognised bodies, listed mills).
    expect(full.some((r) => r.grade === 'A')).toBe(true);
    expect(full.some((r) => r.flags.some((f) => f.code === 'unrecognised-accreditor'))).toBe(true);
  });

  it('really leaves ids out (most organisations are named by their id)', () => {
    const raw = JSON.parse(readFileSync(new URL('providers.json', DATA), 'utf8')) as {
      providers: { id: string; name: string }[];
    };
    const compact = compactReferenceFile('providers.json', raw) as { providers: unknown };
    const withoutId = (entriesOf(compact.providers) as object[]).filter((p) => !('id' in p)).length;
    expect(withoutId).toBe(raw.providers.filter((p) => p.id === idFromName(p.name)).length);
    expect(withoutId).toBeGreaterThan(raw.providers.length / 2);
  });

  it("writes an id that is the first abbreviation's as 0, and reads it back (the ACCME's 'accme')", () => {
    const raw = JSON.parse(readFileSync(new URL('accreditors.json', DATA), 'utf8')) as {
      accreditors: { id: string; name: string; abbreviations?: string[] }[];
    };
    const compact = compactReferenceFile('accreditors.json', raw) as {
      accreditors: { keys: string[]; rows: unknown[][] };
    };
    const at = compact.accreditors.keys.indexOf('id');
    const zero = compact.accreditors.rows.filter((row) => row[at] === 0).length;
    const byAcronym = raw.accreditors.filter(
      (a) =>
        a.id !== idFromName(a.name) &&
        a.abbreviations?.[0] !== undefined &&
        a.id === idFromName(a.abbreviations[0]),
    ).length;
    expect(zero).toBe(byAcronym);
    expect(zero).toBeGreaterThan(20);
    const accme = (entriesOf(compact.accreditors) as { id?: string; name: string }[]).find(
      (a) => a.name === 'Accreditation Council for Continuing Medical Education',
    );
    expect(accme?.id).toBe('accme');
  });

  it('writes an accreditor recognised in its own country alone as 0, and reads it back', () => {
    const raw = JSON.parse(readFileSync(new URL('accreditors.json', DATA), 'utf8')) as {
      accreditors: { name: string; country: string; recognisedIn: string[] }[];
    };
    const compact = compactReferenceFile('accreditors.json', raw) as {
      accreditors: { keys: string[]; rows: unknown[][] };
    };
    const at = compact.accreditors.keys.indexOf('recognisedIn');
    const zero = compact.accreditors.rows.filter((row) => row[at] === 0).length;
    const own = raw.accreditors.filter(
      (a) => a.recognisedIn.length === 1 && a.recognisedIn[0] === a.country,
    );
    expect(zero).toBe(own.length);
    expect(zero).toBeGreaterThan(raw.accreditors.length / 2);
    const read = entriesOf(compact.accreditors) as { name: string; recognisedIn?: string[] }[];
    for (const a of raw.accreditors) {
      // An empty list is left out, as the loader's schema defaults it.
      expect(read.find((r) => r.name === a.name)?.recognisedIn ?? [], a.name).toEqual(
        a.recognisedIn,
      );
    }
  });

  it('writes a provider whose type is professional-body with 0, and reads the type back', () => {
    const raw = JSON.parse(readFileSync(new URL('providers.json', DATA), 'utf8')) as {
      providers: { name: string; type: string }[];
    };
    const compact = compactReferenceFile('providers.json', raw) as {
      providers: { keys: string[]; rows: unknown[][] };
    };
    const at = compact.providers.keys.indexOf('type');
    const zero = compact.providers.rows.filter((row) => row[at] === 0).length;
    expect(zero).toBe(raw.providers.filter((p) => p.type === 'professional-body').length);
    expect(zero).toBeGreaterThan(raw.providers.length / 2);
    const read = entriesOf(compact.providers) as { type: string }[];
    expect(read.map((p) => p.type)).toEqual(raw.providers.map((p) => p.type));
  });

  it("writes a concept's abbreviation without context words as its text, read back whole", () => {
    const table = {
      keys: ['label', 'abbreviations'],
      rows: [['Cardiovascular care', ['CVD', { text: 'GUM', context: ['clinic'] }]]],
    };
    expect(entriesOf(table)).toEqual([
      {
        label: 'Cardiovascular care',
        abbreviations: [{ text: 'CVD' }, { text: 'GUM', context: ['clinic'] }],
      },
    ]);
    // An organisation's abbreviations are strings, read as they are.
    expect(
      entriesOf({ keys: ['name', 'abbreviations'], rows: [['Royal College', ['RCN']]] }),
    ).toEqual([{ name: 'Royal College', abbreviations: ['RCN'] }]);
  });

  it("leaves out the skills concepts' ids their labels give, and reads references to them back", () => {
    const raw = JSON.parse(readFileSync(new URL('skills.json', DATA), 'utf8')) as {
      concepts: { id: string; label: string; related?: string[] }[];
    };
    const compact = compactReferenceFile('skills.json', raw) as { concepts: unknown };
    const entries = entriesOf(compact.concepts) as { id?: string; related?: string[] }[];
    const derivable = raw.concepts.filter((c) => c.id === idFromName(c.label)).length;
    expect(entries.filter((c) => c.id === undefined).length).toBe(derivable);
    expect(derivable).toBeGreaterThan(raw.concepts.length / 2);
    // A reference to a concept without its id in the table still reads as that id.
    expect(entries.map((c) => c.related ?? [])).toEqual(raw.concepts.map((c) => c.related ?? []));
  });

  it('derives ids as kebab case without accents', () => {
    expect(idFromName('Université Laval')).toBe('universite-laval');
    expect(idFromName('Royal College of Physicians & Surgeons of Glasgow')).toBe(
      'royal-college-of-physicians-surgeons-of-glasgow',
    );
    expect(idFromName('  (ACCME)  ')).toBe('accme');
    expect(idFromName('北京大学')).toBe('');
    const loaded = loadReferenceData(
      {
        providers: [{ name: 'Royal College of Nursing', type: 'professional-body', country: 'GB' }],
      },
      { replaceDefaults: true },
    );
    expect(loaded.data.providers[0]?.id).toBe('royal-college-of-nursing');
    const unnamed = loadReferenceData(
      { providers: [{ name: '北京大学', type: 'university', country: 'CN' }] },
      { replaceDefaults: true },
    );
    expect(unnamed.issues[0]?.message).toMatch(/id is required when the name has no Latin/);
  });
});

describe('lists inlined as tables', () => {
  it('write each key once and read back to the same entries', () => {
    const raw = JSON.parse(readFileSync(new URL('platforms.json', DATA), 'utf8')) as {
      platforms: Record<string, unknown>[];
    };
    const compact = compactReferenceFile('platforms.json', raw) as {
      platforms: { keys: string[]; rows: unknown[][] };
    };
    expect(compact.platforms.keys).toContain('name');
    expect(compact.platforms.rows).toHaveLength(raw.platforms.length);
    // Entries without a key get null in its column, and come back without it.
    const entries = entriesOf(compact.platforms) as Record<string, unknown>[];
    expect(entries.map((e) => e.name)).toEqual(raw.platforms.map((p) => p.name));
    expect(entries.some((e) => !('aliases' in e))).toBe(true);
  });

  it('put the keys most entries have first, and end each row at its last value', () => {
    const raw = JSON.parse(readFileSync(new URL('providers.json', DATA), 'utf8')) as {
      providers: Record<string, unknown>[];
    };
    const compact = compactReferenceFile('providers.json', raw) as {
      providers: { keys: string[]; rows: unknown[][] };
    };
    const { keys, rows } = compact.providers;
    const held = (k: string) => rows.filter((r) => r[keys.indexOf(k)] != null).length;
    expect(keys.map(held)).toEqual([...keys.map(held)].sort((a, b) => b - a));
    expect(rows.every((r) => r.length === 0 || r[r.length - 1] !== null)).toBe(true);
    expect(rows.some((r) => r.length < keys.length)).toBe(true);
    // A short row's missing cells come back as keys the entry does not have.
    expect(entriesOf({ keys: ['name', 'aliases'], rows: [['RCN']] })).toEqual([{ name: 'RCN' }]);
  });

  it("write the taxonomy's references to other concepts as row numbers, read back as ids", () => {
    const raw = JSON.parse(readFileSync(new URL('skills.json', DATA), 'utf8')) as {
      concepts: { id: string; related?: string[]; broader?: string[] }[];
    };
    const compact = compactReferenceFile('skills.json', raw) as {
      concepts: { keys: string[]; rows: unknown[][]; refs: string[] };
    };
    expect(compact.concepts.refs).toEqual(
      ['related', 'broader'].filter((k) => compact.concepts.keys.includes(k)),
    );
    const at = compact.concepts.keys.indexOf('related');
    const numbers = compact.concepts.rows.flatMap((r) => (r[at] as unknown[] | null) ?? []);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => typeof n === 'number')).toBe(true);
    const entries = entriesOf(compact.concepts) as { id: string; related?: string[] }[];
    expect(entries.map((e) => e.related ?? [])).toEqual(raw.concepts.map((c) => c.related ?? []));
  });

  it('leaves a plain list as it is, and reads anything else as no entries', () => {
    expect(entriesOf([{ name: 'RCN' }])).toEqual([{ name: 'RCN' }]);
    expect(entriesOf({ keys: ['name', 'aliases'], rows: [['RCN', null]] })).toEqual([
      { name: 'RCN' },
    ]);
    expect(entriesOf(undefined)).toEqual([]);
  });
});

describe('tables, for any list (property)', () => {
  it('read back to the same entries, references included', () => {
    const entry = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 8 }),
        label: fc.string({ maxLength: 12 }),
        altLabels: fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        weight: fc.integer(),
        flag: fc.boolean(),
      },
      { requiredKeys: ['id', 'label'] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.id, minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (entries, picks) => {
          // Each entry refers to others of the list by id, as concepts do.
          const concepts = entries.map((e, i) => ({
            ...e,
            related:
              picks.length === 0
                ? undefined
                : picks.map((p) => entries[(p + i) % entries.length]?.id as string),
          }));
          const clean = concepts.map((c) =>
            Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)),
          );
          const compact = compactReferenceFile('skills.json', { concepts: clean }) as {
            concepts: unknown;
          };
          // An id the build left out is the one the label gives, as the schema reads it.
          const read = (entriesOf(compact.concepts) as { id?: string; label: string }[]).map(
            ({ id, ...rest }) => ({ id: id ?? idFromName(rest.label), ...rest }),
          );
          expect(read).toEqual(clean);
        },
      ),
    );
  });
});
