/**
 * The reference data as the builds inline it (scripts/build/reference-data-plugin.mjs: without
 * provenance, without the ids the loader derives from names) loads to exactly the entries the
 * repository's data/ files load to, provenance aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactReferenceFile } from '../../scripts/build/reference-data-plugin.mjs';
import { loadReferenceData, type ReferenceDataInput } from '../../src/reference/data.js';
import { idFromName } from '../../src/reference/entry-id.js';

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
    for (const [key, list] of Object.entries(lists)) out[list] = content[key];
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
    expect(withoutProvenance(compact.data)).toEqual(withoutProvenance(full.data));
  });

  it('really leaves ids out (most organisations are named by their id)', () => {
    const raw = JSON.parse(readFileSync(new URL('providers.json', DATA), 'utf8')) as {
      providers: { id: string; name: string }[];
    };
    const compact = compactReferenceFile('providers.json', raw) as { providers: object[] };
    const withoutId = compact.providers.filter((p) => !('id' in p)).length;
    expect(withoutId).toBe(raw.providers.filter((p) => p.id === idFromName(p.name)).length);
    expect(withoutId).toBeGreaterThan(raw.providers.length / 2);
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
