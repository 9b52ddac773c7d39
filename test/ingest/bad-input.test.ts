import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

describe('bad input', () => {
  it('malformed JSON is a clear error', () => {
    expect(() => parseCatalog('{"@context": ')).toThrow(/not valid JSON/);
  });
  it('JSON of the wrong shape is a clear error', () => {
    expect(() => parseCatalog('{"hello": 1}')).toThrow(/not a catalogue/);
    expect(() => parseCatalog('42', { format: 'openbadges' })).toThrow(/not a JSON object/);
    expect(() => parseCatalog('"x"', { format: 'ctdl' })).toThrow(/not a JSON object/);
  });
  it('a near-miss field name is kept and named once per file, with the field it was likely meant as', () => {
    const records = [1, 2, 3].map((i) => ({
      id: `c${i}`,
      title: 'ECG',
      provider: { name: 'RCN' },
      accreditation: [{ body: 'RCN' }],
      skils: ['ECG'],
      myOwnField: 'x',
    }));
    const { courses, issues } = parseCatalog(records);
    expect(courses).toHaveLength(3);
    const messages = issues.map((i) => i.message);
    expect(messages.filter((m) => m.includes('"accreditation"'))).toEqual([
      'the catalogue: the field "accreditation" (in 3 records, first record 1) is not a contract field; did you mean "accreditations"? It was kept as an extra field, which scoring ignores',
    ]);
    expect(messages.some((m) => m.includes('"skils"') && m.includes('"skills"'))).toBe(true);
    // A field that is no typo of a contract field is the catalogue's own business.
    expect(messages.some((m) => m.includes('myOwnField'))).toBe(false);
  });
  it('a list of separators only costs that value, with a warning naming it', () => {
    const { courses, issues } = parseCatalog([
      { id: 'c1', title: 'ECG', provider: { name: 'RCN' }, audience: ';', skills: ' | ' },
    ]);
    expect(courses).toHaveLength(1);
    expect(courses[0]?.audience).toBeUndefined();
    expect(issues.map((i) => i.path).sort()).toEqual(['audience.professions', 'skills']);
    expect(issues.every((i) => /holds no entries/.test(i.message))).toBe(true);
  });
  it('a CSV with a missing required column is a clear error', () => {
    expect(() => parseCatalog('id;title\na;b\n')).toThrow(/no column for the provider/);
  });
  it('a 50 MB CSV is read in bounded time with every row accounted for', () => {
    const row =
      'c,Sepsis recognition and escalation for ward nurses,Example Academy,"£1,250.00",4–6 hours,sepsis;NEWS2\n';
    const rows = Math.ceil((50 * 1024 * 1024) / row.length);
    const text = `id,title,provider.name,cost.amount,durationHours,skills\n${Array.from({ length: rows }, (_, i) => row.replace('c,', `c${i},`)).join('')}`;
    const started = Date.now();
    const { courses } = parseCatalog(text);
    expect(courses.length).toBe(rows);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});
