/**
 * Integrity of the bundled reference data in `data/` and the samples in `data/samples/`: every
 * file parses through its zod schema, ids are unique, references between files resolve, every
 * entry is sourced and dated, and the skills taxonomy has no ambiguous labels or abbreviations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { parseProfile, validateCourses } from '../../src/model/index.js';
import { bundledData, loadReferenceData } from '../../src/reference/data.js';
import { defaultReference } from '../../src/reference/reference.js';
import {
  AccreditorSchema,
  ConceptSchema,
  DomainRuleSchema,
  IndicatorSchema,
  NonAccreditorSchema,
  PlatformSchema,
  ProviderEntrySchema,
  RegulatorSchema,
  UniversityEntrySchema,
  UnrecognisedBodySchema,
} from '../../src/reference/schemas.js';
import { canonicalName, readName } from '../../src/text/canonical-name.js';
import { normalizeName, normalizeText } from '../../src/text/index.js';
import { words } from '../../src/text/tokenize.js';

const DATA = new URL('../../data/', import.meta.url);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as Record<string, unknown>;
}

/** Parses every entry of a list, collecting one readable line per problem. */
function parseList<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  label: string,
): { entries: z.output<S>[]; problems: string[] } {
  const entries: z.output<S>[] = [];
  const problems: string[] = [];
  if (!Array.isArray(raw)) return { entries, problems: [`${label} is not an array`] };
  raw.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) entries.push(parsed.data as z.output<S>);
    else {
      const id = (item as { id?: unknown } | null)?.id;
      for (const issue of parsed.error.issues) {
        problems.push(
          `${label}[${index}] (${String(id)}) ${issue.path.join('.')}: ${issue.message}`,
        );
      }
    }
  });
  return { entries, problems };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dups.add(v);
    seen.add(v);
  }
  return [...dups];
}

const accreditorsFile = readJson('accreditors.json');
const unrecognisedFile = readJson('unrecognised-accreditors.json');
const nonAccreditorsFile = readJson('non-accrediting-bodies.json');
const providersFile = readJson('providers.json');
const universitiesFile = readJson('universities.json');
const regulatorsFile = readJson('regulators.json');
const domainRulesFile = readJson('domain-rules.json');
const platformsFile = readJson('platforms.json');
const skillsFile = readJson('skills.json');
const catalogueFile = readJson('samples/catalogue.json');
const profileFiles = readdirSync(new URL('samples/profiles/', DATA))
  .filter((name) => name.endsWith('.json'))
  .sort();

const lists = {
  accreditors: parseList(AccreditorSchema, accreditorsFile.accreditors, 'accreditors'),
  unrecognised: parseList(UnrecognisedBodySchema, unrecognisedFile.bodies, 'unrecognised'),
  indicators: parseList(IndicatorSchema, unrecognisedFile.indicators, 'indicators'),
  nonAccreditors: parseList(NonAccreditorSchema, nonAccreditorsFile.bodies, 'nonAccreditors'),
  providers: parseList(ProviderEntrySchema, providersFile.providers, 'providers'),
  domainRules: parseList(DomainRuleSchema, domainRulesFile.rules, 'domainRules'),
  platforms: parseList(PlatformSchema, platformsFile.platforms, 'platforms'),
  universities: parseList(UniversityEntrySchema, universitiesFile.universities, 'universities'),
  regulators: parseList(RegulatorSchema, regulatorsFile.regulators, 'regulators'),
  concepts: parseList(ConceptSchema, skillsFile.concepts, 'concepts'),
};

const accreditors = lists.accreditors.entries;
const unrecognised = lists.unrecognised.entries;
const providers = lists.providers.entries;
const regulators = lists.regulators.entries;
const concepts = lists.concepts.entries;
const creditIds = accreditors.flatMap((a) => a.credits.map((c) => c.id));
const creditIdSet = new Set(creditIds);
const accreditorIds = new Set(accreditors.map((a) => a.id));
const conceptById = new Map(concepts.map((c) => [c.id, c]));
const courses = (catalogueFile.courses ?? []) as unknown[];

const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/;
const TODAY = new Date().toISOString().slice(0, 10);

describe('reference data files parse through their schemas', () => {
  for (const [name, { entries, problems }] of Object.entries(lists)) {
    it(`${name}: every entry is valid`, () => {
      expect(problems).toEqual([]);
      expect(entries.length).toBeGreaterThan(0);
    });
  }

  it('the bundled loader validates them without throwing', () => {
    const data = bundledData();
    expect(data.accreditors.length).toBe(accreditors.length);
    expect(data.concepts.length).toBe(concepts.length);
  });
});

describe('counts', () => {
  it('has at least 60 accreditors, 100 providers and 400 concepts', () => {
    expect(accreditors.length).toBeGreaterThanOrEqual(60);
    expect(providers.length).toBeGreaterThanOrEqual(100);
    expect(concepts.length).toBeGreaterThanOrEqual(400);
  });

  it('has at least 60 sample courses and they validate with no errors', () => {
    expect(courses.length).toBeGreaterThanOrEqual(60);
    const { courses: valid, issues } = validateCourses(courses);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(valid.length).toBe(courses.length);
  });

  it('has at least 6 sample profiles that parse', () => {
    expect(profileFiles.length).toBeGreaterThanOrEqual(6);
    for (const name of profileFiles) {
      const raw = JSON.parse(readFileSync(new URL(`samples/profiles/${name}`, DATA), 'utf8'));
      expect(() => parseProfile(raw), name).not.toThrow();
    }
  });
});

describe('unique ids', () => {
  it('within every list', () => {
    const found: Record<string, string[]> = {};
    for (const [name, { entries }] of Object.entries(lists)) {
      const keys = entries.map((e) =>
        name === 'domainRules' ? (e as { suffix: string }).suffix : (e as { id: string }).id,
      );
      const dups = duplicates(keys);
      if (dups.length > 0) found[name] = dups;
    }
    expect(found).toEqual({});
  });

  it('one entry per body: no two entries of a list share a name, alias or former name', () => {
    // Two entries for one body split its names, credits and rules between them (Italy's ECM
    // system and Belgium's RIZIV were each entered twice once, under different ids). Names are
    // compared canonically; aliases written as acronyms are not names (bodies share acronyms).
    type Named = { name: string; aliases?: readonly string[]; formerNames?: readonly string[] };
    const found: Record<string, string[]> = {};
    for (const list of ['accreditors', 'providers', 'regulators', 'universities'] as const) {
      const forms = (lists[list].entries as Named[]).flatMap((e) => [
        ...new Set(
          [e.name, ...(e.aliases ?? []), ...(e.formerNames ?? [])]
            .filter((n) => !/^[A-Z0-9&+. -]{2,12}$/.test(n))
            .map((n) => canonicalName(n) || n),
        ),
      ]);
      const dups = duplicates(forms);
      if (dups.length > 0) found[list] = dups;
    }
    expect(found).toEqual({});
  });

  it('no alias that the name reading already reads', () => {
    // An alias with the same canonical key and bracketed acronyms as its entry's name or an
    // earlier alias ("AMA PRA Category 1 Credits™" beside "AMA PRA Category 1 Credit") is found
    // without it: it adds only bytes to the browser bundle.
    type Aliased = { name: string; aliases?: readonly string[] };
    const reading = (text: string) => {
      const { key, acronyms } = readName(text);
      return `${key}|${[...acronyms].sort().join(',')}`;
    };
    const redundant = (entry: Aliased) => {
      const seen = new Set([reading(entry.name)]);
      return (entry.aliases ?? []).filter((alias) => {
        const form = reading(alias);
        if (seen.has(form)) return true;
        seen.add(form);
        return false;
      });
    };
    const found: string[] = [];
    for (const list of [
      'accreditors',
      'providers',
      'regulators',
      'universities',
      'unrecognised',
    ] as const) {
      for (const entry of lists[list].entries as (Aliased & { credits?: Aliased[] })[]) {
        for (const e of [entry, ...(entry.credits ?? [])]) {
          for (const alias of redundant(e)) found.push(`${list}: ${e.name}: "${alias}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('for credit types across all accreditors', () => {
    expect(duplicates(creditIds)).toEqual([]);
  });

  it('for sample courses', () => {
    expect(duplicates(courses.map((c) => String((c as { id?: unknown }).id)))).toEqual([]);
  });
});

describe('every entry is sourced and dated', () => {
  const sourced = [
    ...accreditors.map((e) => ({
      list: 'accreditors',
      id: e.id,
      source: e.source,
      checked: e.checked,
    })),
    ...providers.map((e) => ({
      list: 'providers',
      id: e.id,
      source: e.source,
      checked: e.checked,
    })),
    ...lists.universities.entries.map((e) => ({
      list: 'universities',
      id: e.id,
      source: e.source,
      checked: e.checked,
    })),
    ...lists.platforms.entries.map((e) => ({
      list: 'platforms',
      id: e.id,
      source: e.source,
      checked: e.checked,
    })),
    ...lists.nonAccreditors.entries.map((e) => ({
      list: 'nonAccreditors',
      id: e.id,
      source: e.source,
      checked: e.checked,
    })),
    ...lists.domainRules.entries.map((e) => ({
      list: 'domainRules',
      id: e.suffix,
      source: e.source,
      checked: e.checked,
    })),
    ...regulators.map((e) => ({
      list: 'regulators',
      id: e.id,
      source: e.source,
      checked: e.checked,
    })),
    ...concepts.map((e) => ({ list: 'concepts', id: e.id, source: e.source, checked: e.checked })),
    ...unrecognised.flatMap((e) =>
      e.listings.map((l) => ({
        list: 'unrecognised',
        id: e.id,
        source: l.source,
        checked: l.checked,
      })),
    ),
  ];

  it('with an https source', () => {
    const bad = sourced
      .filter((e) => !HTTPS.test(e.source ?? ''))
      .map((e) => `${e.list}/${e.id}: ${e.source}`);
    expect(bad).toEqual([]);
  });

  it('with a checked date that is not in the future', () => {
    const bad = sourced
      .filter((e) => !/^\d{4}-\d{2}-\d{2}$/.test(e.checked ?? '') || (e.checked ?? '') > TODAY)
      .map((e) => `${e.list}/${e.id}: ${e.checked}`);
    expect(bad).toEqual([]);
  });

  it('indicators cite an https source', () => {
    const bad = lists.indicators.entries
      .filter((i) => !HTTPS.test(i.source ?? ''))
      .map((i) => i.id);
    expect(bad).toEqual([]);
  });

  it('accreditors’ standard statements cite the https page they were read on', () => {
    const bad = accreditors.flatMap((a) =>
      a.statements.filter((s) => !HTTPS.test(s.source ?? '')).map((s) => `${a.id}: ${s.text}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('no dangling references between files', () => {
  it('accreditor creditRefs name credit types that exist', () => {
    const bad = accreditors.flatMap((a) =>
      a.creditRefs.filter((r) => !creditIdSet.has(r)).map((r) => `${a.id} -> ${r}`),
    );
    expect(bad).toEqual([]);
  });

  it('regulator rules name accreditors and credit types that exist', () => {
    const bad: string[] = [];
    for (const r of regulators) {
      const q = r.requirement;
      if (q === undefined) continue;
      for (const a of q.acceptedAccreditors)
        if (!accreditorIds.has(a)) bad.push(`${r.id}: accreditor ${a}`);
      for (const c of q.acceptedCreditTypes)
        if (!creditIdSet.has(c)) bad.push(`${r.id}: credit ${c}`);
      for (const cat of q.categories) {
        for (const c of cat.countsCreditTypes ?? []) {
          if (!creditIdSet.has(c)) bad.push(`${r.id}/${cat.id}: credit ${c}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('unrecognised bodies mimic accreditors that exist', () => {
    const bad = unrecognised
      .filter((u) => u.mimics != null && !accreditorIds.has(u.mimics))
      .map((u) => `${u.id} -> ${u.mimics}`);
    expect(bad).toEqual([]);
  });

  it('sample courses name credit types that exist, as catalogues write them', () => {
    const reference = defaultReference();
    const bad: string[] = [];
    for (const c of courses as { id: string; accreditations?: { creditType?: string }[] }[]) {
      for (const a of c.accreditations ?? []) {
        if (a.creditType === undefined) continue;
        if (reference.findCreditType(a.creditType) === undefined)
          bad.push(`${c.id}: ${a.creditType}`);
        // Written by name, as a real catalogue would, not by credence's internal id.
        if (creditIdSet.has(a.creditType)) bad.push(`${c.id}: ${a.creditType} is an internal id`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('sample profiles name regulators and credit types that exist', () => {
    const regulatorKeys = new Set(
      regulators.flatMap((r) => [r.id, ...r.abbreviations].map((k) => normalizeName(k))),
    );
    const bad: string[] = [];
    for (const name of profileFiles) {
      const p = parseProfile(
        JSON.parse(readFileSync(new URL(`samples/profiles/${name}`, DATA), 'utf8')),
      );
      if (p.regulator !== undefined && !regulatorKeys.has(normalizeName(p.regulator))) {
        bad.push(`${name}: regulator ${p.regulator}`);
      }
      const credit = p.requiredCredit?.creditType;
      if (credit !== undefined && !creditIdSet.has(credit)) bad.push(`${name}: credit ${credit}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('sample catalogue accreditation bodies', () => {
  it('resolve exactly to a recognised accreditor, or belong to a fictional (.example) provider', () => {
    const keys = new Set(
      accreditors.flatMap((a) =>
        [a.id, a.name, ...a.abbreviations, ...a.formerNames].map(normalizeName),
      ),
    );
    const bad: string[] = [];
    for (const c of courses as {
      id: string;
      provider?: { url?: string };
      accreditations?: { body?: string }[];
    }[]) {
      const fictional = /\.example(?:[/:]|$)/.test(c.provider?.url ?? '');
      for (const a of c.accreditations ?? []) {
        if (a.body !== undefined && !keys.has(normalizeName(a.body)) && !fictional) {
          bad.push(`${c.id}: ${a.body}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('recognised and unrecognised bodies do not overlap', () => {
  const recognisedNames = new Map<string, string>();
  for (const a of accreditors) {
    for (const n of [a.name, ...a.abbreviations, ...a.formerNames])
      recognisedNames.set(normalizeName(n), a.id);
  }
  for (const p of providers) {
    for (const n of [p.name, ...p.abbreviations, ...p.formerNames])
      recognisedNames.set(normalizeName(n), p.id);
  }
  const recognisedDomains = new Set([...accreditors, ...providers].flatMap((e) => e.domains));

  it('by normalised name or abbreviation', () => {
    const bad = unrecognised.flatMap((u) =>
      [u.name, ...u.aliases]
        .filter((n) => recognisedNames.has(normalizeName(n)))
        .map((n) => `${u.id} "${n}" is also ${recognisedNames.get(normalizeName(n))}`),
    );
    expect(bad).toEqual([]);
  });

  it('by web domain', () => {
    const bad = unrecognised.flatMap((u) =>
      u.domains.filter((d) => recognisedDomains.has(d)).map((d) => `${u.id}: ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('unrecognised ids are not accreditor ids', () => {
    expect(unrecognised.filter((u) => accreditorIds.has(u.id)).map((u) => u.id)).toEqual([]);
  });
});

describe('skills taxonomy', () => {
  it('broader and related ids exist and are not the concept itself', () => {
    const bad: string[] = [];
    for (const c of concepts) {
      for (const r of [...c.broader, ...c.related]) {
        if (!conceptById.has(r)) bad.push(`${c.id} -> ${r} (missing)`);
        if (r === c.id) bad.push(`${c.id} -> itself`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no cycles in broader', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      const s = state.get(id);
      if (s === 'done') return;
      if (s === 'visiting') {
        cycles.push([...path.slice(path.indexOf(id)), id].join(' > '));
        return;
      }
      state.set(id, 'visiting');
      for (const b of conceptById.get(id)?.broader ?? []) visit(b, [...path, id]);
      state.set(id, 'done');
    };
    for (const c of concepts) visit(c.id, []);
    expect(cycles).toEqual([]);
  });

  it('every concept without a broader concept is a top-level domain with narrower concepts', () => {
    const hasNarrower = new Set(concepts.flatMap((c) => c.broader));
    const orphans = concepts.filter((c) => c.broader.length === 0 && !hasNarrower.has(c.id));
    expect(orphans.map((c) => c.id)).toEqual([]);
  });

  it('no normalised label or altLabel belongs to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of concepts) {
      for (const label of new Set([c.label, ...c.altLabels].map((l) => normalizeText(l)))) {
        const other = owner.get(label);
        if (other !== undefined && other !== c.id) clashes.push(`"${label}": ${other}, ${c.id}`);
        else owner.set(label, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no altLabel reads as the same words as its concept’s label or another of its altLabels', () => {
    // Matching reads names by their folded words (case, punctuation, hyphens, closed compounds):
    // such an altLabel only repeats one, and costs the browser bundle its bytes.
    const repeated = concepts.flatMap((c) => {
      const seen = new Set([words(c.label).join(' ')]);
      return c.altLabels
        .filter((l) => {
          const folded = words(l).join(' ');
          if (seen.has(folded)) return true;
          seen.add(folded);
          return false;
        })
        .map((l) => `${c.id}: "${l}"`);
    });
    expect(repeated).toEqual([]);
  });

  it('labels are not empty once normalised', () => {
    const bad = concepts.flatMap((c) =>
      [c.label, ...c.altLabels]
        .filter((l) => normalizeText(l) === '')
        .map((l) => `${c.id}: "${l}"`),
    );
    expect(bad).toEqual([]);
  });

  it('an abbreviation used by more than one concept carries context on every occurrence', () => {
    const uses = new Map<string, { id: string; context: readonly string[] }[]>();
    for (const c of concepts) {
      for (const a of c.abbreviations) {
        const key = a.text.toLowerCase();
        uses.set(key, [...(uses.get(key) ?? []), { id: c.id, context: a.context ?? [] }]);
      }
    }
    const bad: string[] = [];
    for (const [text, list] of uses) {
      if (new Set(list.map((u) => u.id)).size < 2) continue;
      for (const u of list) if (u.context.length === 0) bad.push(`${text} on ${u.id}`);
    }
    expect(bad).toEqual([]);
  });

  it('a context-free abbreviation is not another concept’s label', () => {
    const owner = new Map<string, string>();
    for (const c of concepts)
      for (const l of [c.label, ...c.altLabels]) owner.set(normalizeText(l), c.id);
    const bad: string[] = [];
    for (const c of concepts) {
      for (const a of c.abbreviations) {
        const other = owner.get(normalizeText(a.text));
        if ((a.context ?? []).length === 0 && other !== undefined && other !== c.id) {
          bad.push(`${a.text} on ${c.id} is a label of ${other}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('no concept id keeps a merge prefix', () => {
    expect(concepts.filter((c) => c.id.startsWith('b-')).map((c) => c.id)).toEqual([]);
  });
});

describe('user reference data', () => {
  it('is validated with the same schemas, merged by id, and invalid entries are reported', () => {
    const override = { ...accreditors[0]!, name: 'Renamed for the test' };
    const { data, issues } = loadReferenceData({
      accreditors: [override, { id: 'Not Kebab', name: '', kind: 'nonsense' }],
    });
    expect(data.accreditors.length).toBe(accreditors.length);
    expect(data.accreditors.find((a) => a.id === override.id)?.name).toBe('Renamed for the test');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.list === 'accreditors' && i.index === 1)).toBe(true);
  });
});
