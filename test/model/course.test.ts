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
    [{ lastReviewed: '2024-02-30' }, 'lastReviewed must be an ISO date'],
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
  it('reports every bad record with index, id, path and message, and keeps the good ones', () => {
    const result = validateCourses([
      base,
      { id: 'c17', title: 'T', provider: { name: 'Y' }, cost: { amount: -5, currency: 'GBP' } },
      { title: 'no id', provider: { name: 'Z' } },
      { ...base, title: 'duplicate' },
    ]);
    expect(result.courses.map((c) => c.id)).toEqual(['c1']);
    expect(result.issues).toContainEqual({
      index: 1,
      id: 'c17',
      path: 'cost.amount',
      severity: 'error',
      message: 'record 1 (id "c17"): cost.amount must be ≥ 0, got -5',
    });
    expect(result.issues.find((i) => i.index === 2)?.message).toBe('record 2: id is required');
    expect(result.issues.find((i) => i.index === 3)?.message).toContain(
      'repeats the id of record 0',
    );
  });

  it('throws one typed error listing every issue in strict mode', () => {
    expect(() => validateCourses([{ id: 'a' }, { id: 'b' }], { strict: true })).toThrowError(
      /record 0 \(id "a"\): title is required[\s\S]*record 1 \(id "b"\)/,
    );
  });

  it('publishes required fields in the schema', () => {
    expect(Object.keys(CourseSchema.shape)).toContain('outcomesLevel');
  });
});
