/**
 * zod/mini loads no locale: an issue without its own message reads "Invalid input", unless the
 * host application loads zod classic (or calls `z.config`), whose configuration is global. Every
 * message credence shows must be the same either way, so every check whose message it shows
 * spells its message out.
 */

import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validateCourses } from '../../src/model/catalog-reader.js';
import { validateProfile } from '../../src/model/parse.js';
import { loadReferenceData } from '../../src/reference/data.js';

const sourced = { source: 'https://example.org/list', checked: '2026-01-01' };

/** Every message for a set of invalid inputs reaching every kind of check. */
function messages(): string[] {
  const course = {
    id: '',
    title: 'T',
    url: 'ftp://example.org',
    provider: { name: 'P', type: 'guild', country: 'XX' },
    cost: { amount: -1, currency: 'XYZ' },
    language: 'english!',
    lastReviewed: '2024-02-30',
    eqfLevel: 2.5,
    skills: [1],
    assessment: { type: 'quiz', supervised: 'maybe' },
  };
  const profile = {
    profession: 'nurze',
    gaps: [{ skill: 'ECG', priority: 'urgent' }],
    country: 'UK1',
    requiredCredit: {},
    budjet: 1,
  };
  const reference = loadReferenceData(
    {
      accreditors: [{ id: 'Not Kebab', name: 'A', kind: 'board', country: 'gb', ...sourced }],
      domainRules: [
        { suffix: 'ac.UK', country: 'GB', strength: 'restricted', rule: 'r', ...sourced },
      ],
      universities: [{ id: 'u', name: 'U', country: 'GB', domains: [], ...sourced }],
      platforms: [
        { id: 'p', name: 'P', domains: ['Bad Host'], kind: 'mooc', curated: 1, ...sourced },
      ],
    },
    { replaceDefaults: true },
  );
  return [
    ...validateCourses([course]).issues.map((i) => i.message),
    ...validateProfile(profile).issues.map((i) => i.message),
    ...reference.issues.map((i) => i.message),
  ];
}

afterEach(() => {
  z.config({ localeError: undefined });
});

describe('validation messages', () => {
  it('never fall back to zod\'s "Invalid input"', () => {
    z.config({ localeError: undefined });
    const plain = messages();
    expect(plain.length).toBeGreaterThan(15);
    expect(plain.filter((m) => /invalid input/i.test(m))).toEqual([]);
  });

  it('are the same whether or not zod has a locale loaded', () => {
    z.config({ localeError: undefined });
    const plain = messages();
    z.config(z.locales.en());
    expect(messages()).toEqual(plain);
  });

  it('keep the wording of a pattern check in the reference data', () => {
    expect(messages()).toContain(
      'accreditors entry 0 (id "Not Kebab"): country Invalid string: must match pattern /^(?:[A-Z]{2}|EU|INT)$/, got "gb"',
    );
  });
});
