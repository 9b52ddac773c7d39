/**
 * The header table and the vocabularies are data with reasons: every entry must map to a real
 * contract field or value, and the phrases the issue names must be there.
 */
import { describe, expect, it } from 'vitest';
import { headerPhrases, resolveNaturalHeader } from '../../src/ingest/csv/headers.js';
import { FIELD_PATTERNS, FIELDS } from '../../src/ingest/fields.js';
import {
  lookupWord,
  nearestWord,
  VOCABULARIES,
  vocabularyKey,
} from '../../src/ingest/vocabulary.js';
import { jsonSchemaFor } from '../../src/model/json-schema.js';

describe('vocabularies', () => {
  it('map every phrase to a value of the contract', () => {
    for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
      for (const [phrase, meaning] of vocabulary.words) {
        expect(vocabulary.values, `${name}: "${phrase}"`).toContain(meaning.value);
        expect(vocabularyKey(phrase), `${name}: "${phrase}" is written as its key`).toBe(phrase);
      }
    }
  });

  it.each([
    ['format', 'Online', 'self-paced-online', true],
    ['format', 'E-learning', 'self-paced-online', false],
    ['format', 'Webinar', 'live-online', false],
    ['format', 'Classroom', 'in-person', false],
    ['format', 'Face-to-face', 'in-person', false],
    ['format', 'Workshop', 'in-person', true],
    ['format', 'Conference', 'in-person', true],
    ['format', 'Simulation', 'in-person', true],
    ['format', 'Hybrid', 'blended', false],
    ['providerType', 'charity', 'unknown', true],
    ['providerType', 'NHS trust', 'healthcare-organisation', false],
    ['providerType', 'Hospital', 'healthcare-organisation', false],
    ['providerType', 'Society', 'professional-body', false],
    ['providerType', 'Association', 'professional-body', false],
    ['providerType', 'Royal College', 'professional-body', false],
    ['providerType', 'college', 'unknown', true],
    ['creditUnit', 'CPD points', 'points', false],
    ['creditUnit', 'CE hours', 'hours', false],
    ['creditUnit', 'contact hours', 'contact-hours', false],
    ['creditUnit', 'CEUs', 'ceu', false],
    ['creditUnit', 'Mainpro+ credits', 'credits', false],
    ['assessment', 'MCQ', 'quiz', true],
    ['assessment', 'OSCE', 'practical', false],
    ['assessment', 'None', 'none', false],
  ] as const)('%s "%s" → %s (interpretation said: %s)', (name, phrase, value, noted) => {
    const meaning = lookupWord(name, phrase);
    expect(meaning?.value).toBe(value);
    expect(meaning?.note !== undefined).toBe(noted);
  });

  it('suggests a phrase only when every near phrase means the same', () => {
    expect(nearestWord('creditUnit', 'CPD pointz')).toBe('cpd points');
    expect(nearestWord('format', 'Webinr')).toBe('webinar');
    expect(nearestWord('format', 'Carrier pigeon')).toBeUndefined();
    expect(lookupWord('format', 'constructor')).toBeUndefined();
  });
});

describe('the header table', () => {
  it('sends every phrase to a contract field', () => {
    for (const phrase of headerPhrases()) {
      const resolved = resolveNaturalHeader(phrase);
      expect(FIELD_PATTERNS, `"${phrase}"`).toContain(resolved?.field);
    }
  });

  it('covers every contract field the CSV reads, and the schema has each', () => {
    const schema = jsonSchemaFor('course') as { properties: Record<string, unknown> };
    for (const pattern of Object.keys(FIELDS)) {
      expect(Object.keys(schema.properties)).toContain(pattern.split('.')[0]);
    }
  });

  it.each([
    ['Course name', 'title'],
    ['Provider', 'provider.name'],
    ['Organisation', 'provider.name'],
    ['Institution', 'provider.name'],
    ['Price', 'cost.amount'],
    ['Fee', 'cost.amount'],
    ['Duration', 'durationHours'],
    ['Hours', 'durationHours'],
    ['Length', 'durationHours'],
    ['Accredited by', 'accreditations.#.body'],
    ['Endorsed by', 'accreditations.#.body'],
    ['CPD hours', 'accreditations.#.credits'],
    ['CPD points', 'accreditations.#.credits'],
    ['Topics', 'skills'],
    ['Keywords', 'skills'],
    ['Delivery', 'format'],
    ['Mode', 'format'],
    ['Link', 'url'],
    ['Website', 'url'],
    ['Level', 'audience.level'],
    ['Language', undefined],
    ['Review date', 'lastReviewed'],
    ['COURSE_NAME*', 'title'],
  ])('"%s" → %s', (header, field) => {
    expect(resolveNaturalHeader(header)?.field).toBe(field);
  });

  it('reads units and list positions from headers', () => {
    expect(resolveNaturalHeader('Duration (mins)')).toEqual({
      field: 'durationHours',
      hint: { duration: 'minutes' },
    });
    expect(resolveNaturalHeader('Price (£)')?.hint).toEqual({ currency: 'GBP' });
    expect(resolveNaturalHeader('Fee GBP')?.hint).toEqual({ currency: 'GBP' });
    expect(resolveNaturalHeader('Accredited by 2')).toMatchObject({ position: 1 });
    expect(resolveNaturalHeader('CPD points')?.hint).toEqual({ creditUnit: 'points' });
    expect(resolveNaturalHeader('Topics')?.hint).toEqual({ commas: true });
    expect(resolveNaturalHeader('constructor')).toBeUndefined();
    expect(resolveNaturalHeader('cost constructor')).toBeUndefined();
  });
});
