/**
 * Golden input/output fixtures: `recommend` and `plan` over the sample catalogue for every sample
 * profile and the cases that matter most (a profile of constraints only, a 4-hour budget, costs
 * in another currency with and without rates, gaps only mills can reach within the limits, a
 * lowered trust floor). Each fixture holds its input and both outputs; review a diff before
 * accepting it (`npx vitest run test/recommend/golden.test.ts -u`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/index.js';
import type { ClinicianProfileInput } from '../../src/model/profile.js';
import { createRecommender, type RecommendOptions } from '../../src/recommend/recommender.js';
import { SAMPLE_PROFILES } from '../support/sample-profiles.js';

const root = join(__dirname, '..', '..');
const asOf = '2026-11-28';
const courses = parseCatalog(readFileSync(join(root, 'data/samples/catalogue.json'))).courses;
const recommender = createRecommender(courses, { asOf });
const sample = (name: string): ClinicianProfileInput =>
  JSON.parse(readFileSync(join(root, `data/samples/profiles/${name}.json`), 'utf8'));

const SAMPLES = SAMPLE_PROFILES;

const CASES: { name: string; profile: ClinicianProfileInput; options?: RecommendOptions }[] = [
  ...SAMPLES.map((name) => ({ name, profile: sample(name) })),
  {
    name: 'format-only',
    profile: { profession: 'nurse', country: 'GB', formats: ['self-paced-online'], gaps: [] },
  },
  {
    name: 'four-hours',
    profile: { ...(sample('uk-nurse') as object), hoursAvailable: 4 } as ClinicianProfileInput,
  },
  {
    name: 'currency-mismatch',
    profile: {
      profession: 'nurse',
      country: 'IE',
      gaps: ['sepsis recognition', 'antimicrobial prescribing'],
      budget: { amount: 100, currency: 'GBP' },
    },
  },
  {
    name: 'currency-with-rates',
    profile: {
      profession: 'nurse',
      country: 'IE',
      gaps: ['sepsis recognition', 'antimicrobial prescribing'],
      budget: { amount: 100, currency: 'GBP' },
    },
    options: { rates: { GBP: 1.17, EUR: 1 } },
  },
  {
    name: 'only-mills-within-reach',
    profile: {
      profession: 'physician',
      country: 'US',
      gaps: ['point-of-care ultrasound'],
      formats: ['self-paced-online'],
      budget: { amount: 100, currency: 'USD' },
    },
  },
  {
    name: 'floor-lowered',
    profile: sample('uk-nurse'),
    options: { minGrade: 'E', includeFlagged: true },
  },
];

describe('golden recommend and plan outputs over the sample catalogue', () => {
  it.each(CASES)('$name', async ({ name, profile, options }) => {
    const recommend = recommender.recommend(profile, { limit: 5, ...options });
    const plan = recommender.plan(profile, options);
    const fixture = { profile, options: { limit: 5, ...options }, recommend, plan };
    await expect(`${JSON.stringify(fixture, null, 2)}\n`).toMatchFileSnapshot(
      join(root, `test/fixtures/golden/recommend/${name}.json`),
    );
  });

  it('covers at least 8 profiles, among them the cases the issue names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8);
  });
});
