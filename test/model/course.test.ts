import { describe, expect, it } from 'vitest';
import {
  CourseSchema,
  CredenceValidationError,
  parseCourse,
  validateCourses,
} from '../../src/model/index.js';

const base = { id: 'c1', title: 'Sepsis recognition', provider: { name: 'RCN' } };

describe('Course schema', () => {
  it('accepts a minimal course and defaults provider.type to unknown', () => {
    const course = parseCourse(base);
    expect(course.provider.type).toBe('unknown');
  });

  it('normalises enums case-insensitively on input', () => {
    const course = parseCourse({
      ...base,
      provider: { name: 'X', type: 'Professional Body', country: 'uk' },
      format: 'Self-Paced-Online',
      assessment: { type: 'EXAM', supervised: 'yes' },
      outcomesLevel: 'Patient_Health',
      cost: { amount: '0', currency: 'gbp' },
    });
    expect(course.provider).toMatchObject({ type: 'professional-body', country: 'GB' });
    expect(course.format).toBe('self-paced-online');
    expect(course.assessment).toEqual({ type: 'exam', supervised: true });
    expect(course.outcomesLevel).toBe('patient-health');
    expect(course.cost).toEqual({ amount: 0, currency: 'GBP' });
  });

  it('keeps unknown extra fields', () => {
    const course = parseCourse({ ...base, vendorCode: 'X-1', provider: { name: 'A', extra: 1 } });
    expect(course.vendorCode).toBe('X-1');
    expect(course.provider.extra).toBe(1);
  });

  it('cuts ISO date-times to dates and adds https to bare web addresses', () => {
    const course = parseCourse({
      ...base,
      lastReviewed: '2025-03-01T10:00:00Z',
      url: 'www.rcn.org.uk/learning',
    });
    expect(course.lastReviewed).toBe('2025-03-01');
    expect(course.url).toBe('https://www.rcn.org.uk/learning');
  });

  it.each([
    [{ eqfLevel: 9 }, 'eqfLevel must be ≤ 8, got 9'],
    [{ eqfLevel: 2.5 }, 'eqfLevel'],
    [{ durationHours: -1 }, 'durationHours must be ≥ 0, got -1'],
    [{ url: 'javascript:alert(1)' }, 'url must be an http(s) web address'],
    [{ language: 'english please' }, 'language must be a BCP 47 language tag'],
    [{ cost: { amount: 5 } }, 'cost.currency is required'],
    [{ accreditations: [{ credits: 2 }] }, 'accreditations.0.body is required'],
    [
      { lastReviewed: '2024-02-30' },
      'lastReviewed must be a real calendar date written YYYY-MM-DD',
    ],
    [{ cost: { amount: 5, currency: 'XYZ' } }, 'cost.currency is not an ISO 4217 currency code'],
    [{ provider: { name: 'P', country: 'XX' } }, 'provider.country is not an ISO 3166-1 country'],
    [{ durationHours: 1.5e308 }, 'durationHours must be ≤ 1000000000'],
    [{ title: '   ' }, 'title must not be empty'],
  ])('rejects %j with a readable message', (patch, expected) => {
    const error = (() => {
      try {
        parseCourse({ ...base, ...patch });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CredenceValidationError);
    expect((error as Error).message).toContain(expected);
  });
});

describe('validateCourses', () => {
  it('keeps every offering with a title and provider, leaving out what cannot be read', () => {
    const result = validateCourses([
      base,
      { id: 'c17', title: 'T', provider: { name: 'Y' }, cost: { amount: -5, currency: 'GBP' } },
      { title: 'no id', provider: { name: 'Z' } },
      { ...base, title: 'duplicate' },
      { id: 'c9', provider: { name: 'Y' } },
    ]);
    expect(result.courses.map((c) => c.id)).toEqual([
      'c1',
      'c17',
      expect.stringMatching(/^no-id-[0-9a-f]{10}$/),
      'c1-2',
    ]);
    expect(result.courses[1]?.cost).toBeUndefined();
    expect(result.issues).toContainEqual({
      index: 1,
      id: 'c17',
      path: 'cost.amount',
      severity: 'warning',
      message: 'record 2 (id "c17"): cost.amount must be ≥ 0, got -5; cost was left out',
    });
    expect(result.issues.find((i) => i.index === 2)?.message).toMatch(
      /^record 3: has no id; it was given the id "no-id-[0-9a-f]{10}", made from its title and provider$/,
    );
    expect(result.issues.find((i) => i.index === 3)?.message).toBe(
      'record 4 (id "c1"): repeats the id of an earlier record with other content; this one was given the id "c1-2"',
    );
    expect(result.issues.find((i) => i.index === 4)).toMatchObject({
      severity: 'error',
      message:
        'record 5 (id "c9"): title is missing, so the offering was not read (an offering needs a title and a provider)',
    });
    expect(result.stats).toMatchObject({ records: 5, accepted: 4, rejected: 1, skipped: 0 });
    expect(result.rejected).toEqual([
      { index: 4, id: 'c9', provider: 'Y', reason: 'title is missing' },
    ]);
  });

  it('skips a record that repeats an earlier one exactly, with a warning', () => {
    const result = validateCourses([base, { ...base }]);
    expect(result.courses).toHaveLength(1);
    expect(result.stats.skipped).toBe(1);
    expect(result.issues[0]?.message).toBe(
      'record 2 (id "c1"): repeats an earlier record exactly; it was skipped',
    );
  });

  it('gives the same generated id on every run, from title and provider only', () => {
    const id = (record: object) => validateCourses([record]).courses[0]?.id;
    // Pinned: a change here changes every generated id users already hold (docs/formats.md#ids).
    expect(id({ title: 'Sepsis', provider: { name: 'RCN' } })).toBe('sepsis-f81652d7c8');
    expect(id({ title: ' sepsis ', provider: { name: 'rcn' }, durationHours: 3 })).toBe(
      'sepsis-f81652d7c8',
    );
    expect(id({ title: 'Sepsis', provider: { name: 'RCN Foundation' } })).not.toBe(
      'sepsis-f81652d7c8',
    );
  });

  it('reads null and blank values in optional fields as not stated', () => {
    const result = validateCourses([
      {
        ...base,
        description: null,
        url: '',
        cost: { amount: null, currency: null },
        skills: [null, ''],
      },
    ]);
    expect(result.courses[0]).toEqual({ ...base, provider: { ...base.provider, type: 'unknown' } });
    expect(result.issues).toEqual([]);
  });

  it('throws one typed error listing every issue in strict mode', () => {
    expect(() => validateCourses([{ id: 'a' }, { id: 'b' }], { strict: true })).toThrowError(
      /record 1 \(id "a"\): title is missing[\s\S]*record 2 \(id "b"\)/,
    );
  });

  it('publishes required fields in the schema', () => {
    expect(Object.keys(CourseSchema.shape)).toContain('outcomesLevel');
  });
});
