import { describe, expect, it } from 'vitest';
import { shortAestheticQualification } from '../../src/credibility/aesthetic-qualification.js';
import { DEFAULT_POLICY, evaluateCredibility } from '../../src/credibility/index.js';
import { parseCourse } from '../../src/model/index.js';

const asOf = '2026-12-07';
const read = (title: string, description = '', hours?: number) =>
  shortAestheticQualification(title, description, hours, DEFAULT_POLICY);

describe('a course in cosmetic injections sold as a qualification', () => {
  it('reads "fully qualified" whatever the length (ASA ruling A23-1198894)', () => {
    expect(
      read(
        'PATHWAY TO AESTHETICS – start from scratch course (Foundation Botox, Foundation Dermal Filler)',
        'Fully Accredited Certificates – you will be FULLY QUALIFIED.',
      ),
    ).toBe('making its learners "fully qualified"');
    expect(read('Anti-wrinkle foundation', 'Leave fully qualified to inject.', 300)).toBeDefined();
    // "Fully Accredited", the ruling's other claim (25 mills of the corpus, no legitimate offering).
    expect(read('Fully Accredited Botox & Dermal Filler Foundation')).toBe('"fully accredited"');
  });

  it('reads a qualification held to its length: the catalogue’s, else the title’s (ASA ruling A19-561893)', () => {
    expect(read('3-Day Anti-Wrinkle Injections & Dermal Fillers Qualification')).toBe(
      'a qualification in at most 36 hours',
    );
    expect(read('Lip Filler Qualification', '', 8)).toBe('a qualification in at most 8 hours');
    // Ofqual's Level 7 qualification in injectables, hundreds of hours (blind rounds 76, 132).
    expect(
      read(
        'Level 7 Certificate in Injectables for Aesthetic Medicine',
        'Regulated injectables qualification covering botulinum toxin and dermal fillers.',
        277,
      ),
    ).toBeUndefined();
    // No length known: a qualification's name is not read as a short course's.
    expect(
      read(
        'Botulinum toxin foundation training',
        'Framed around the HEE qualification requirements and the JCCP framework.',
      ),
    ).toBeUndefined();
  });

  it('reads nothing without cosmetic injections, or without a qualification', () => {
    expect(
      read('Optometry in Practice', 'Up to 4 CPD points for fully qualified optometrists.'),
    ).toBe(undefined);
    expect(
      read('Foundation Botox & Dermal Filler', 'Hands-on with live models.', 7),
    ).toBeUndefined();
  });

  it('warns, once, beside a title’s own qualification word', () => {
    const report = (title: string, description: string) =>
      evaluateCredibility(
        parseCourse({ id: 'c', title, description, provider: { name: 'Glow Pathway Academy' } }),
        { asOf },
      );
    const sold = report(
      'Aesthetics Starter Pathway',
      'Anti-wrinkle and filler: leave fully qualified.',
    );
    expect(sold.flags).toContainEqual(
      expect.objectContaining({
        code: 'qualification-word-on-short-course',
        severity: 'warning',
        message: expect.stringMatching(/Advertising Standards Authority/),
      }),
    );
    expect(sold.grade).toBe('E');
    const diploma = report('Botox Diploma – 1 Day', 'You will be fully qualified.');
    expect(
      diploma.flags.filter((f) => f.code === 'qualification-word-on-short-course'),
    ).toHaveLength(1);
  });
});
