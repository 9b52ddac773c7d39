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
