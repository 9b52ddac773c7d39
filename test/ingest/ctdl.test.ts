import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDurationHours } from '../../src/ingest/ctdl/values.js';
import { ctdlRecords } from '../../src/ingest/ctdl.js';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

const text = readFileSync(path.resolve(__dirname, '../fixtures/ingest/ctdl-graph.json'), 'utf8');

describe('ctdl adapter', () => {
  it('maps a @graph credential with references, language maps, costs and credit', () => {
    const { format, courses, issues } = parseCatalog(text);
    expect(format).toBe('ctdl');
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({
      id: 'ce-aaaaaaaa-0000-4000-8000-000000000001',
      title: 'Wound care certificate',
      url: 'https://wound-college.example/certificate',
      provider: {
        name: 'Example Wound College',
        type: 'university',
        url: 'https://wound-college.example/',
      },
      accreditations: [
        { body: 'Example Accreditation Commission', relation: 'accreditedBy' },
        { body: 'Example Recognition Board', relation: 'recognizedBy' },
      ],
      cost: { amount: 750, currency: 'USD' },
      durationHours: 120,
      academicCredit: { value: 3, unit: 'us-credit-hours' },
      skills: ['wound care', 'dressings', 'Registered Nurses'],
      format: 'self-paced-online',
      language: 'en',
      credential: { type: 'certificate' },
    });
    expect(issues.some((i) => /CompetencyFramework is not an offering/.test(i.message))).toBe(true);
  });

  it('converts ISO 8601 durations with the documented rates', () => {
    expect(isoDurationHours('PT120H')).toEqual({ hours: 120, calendar: false });
    expect(isoDurationHours('PT90M')?.hours).toBe(1.5);
    expect(isoDurationHours('P2W')?.hours).toBe(80);
    expect(isoDurationHours('P1Y6M')?.hours).toBe(3120);
    expect(isoDurationHours('nonsense')).toBeUndefined();
  });

  it('rejects JSON that is not CTDL', () => {
    expect(() => ctdlRecords({ hello: 'world' })).toThrow(/not CTDL/);
  });
});
