import { describe, expect, it } from 'vitest';
import { LIMITS, parseProfile, sanitizeJson, validateCourses } from '../../src/model/index.js';

const base = { id: 'c1', title: 'T', provider: { name: 'P' } };

describe('hostile input', () => {
  it('drops __proto__, constructor and prototype keys without polluting prototypes', () => {
    const payload = JSON.parse(
      '{"id":"c1","title":"T","provider":{"name":"P","__proto__":{"polluted":1}},"constructor":{"prototype":{"polluted":2}},"__proto__":{"isAdmin":true}}',
    );
    const result = validateCourses([payload]);
    expect(result.courses).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(result.courses[0])).toBe(Object.prototype);
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      '__proto__',
      'constructor',
      'provider.__proto__',
    ]);
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('leaves out a 10 MB string with a clear message instead of processing it', () => {
    const result = validateCourses([{ ...base, description: 'x'.repeat(10 * 1024 * 1024) }]);
    expect(result.courses).toEqual([{ ...base, provider: { name: 'P', type: 'unknown' } }]);
    expect(result.issues[0]?.message).toBe(
      'record 1 (id "c1"): description is 10,485,760 characters long; the limit is 100,000; it was left out',
    );
    const title = validateCourses([{ ...base, title: 'x'.repeat(10 * 1024 * 1024) }]);
    expect(title.courses).toEqual([]);
    expect(title.issues[0]?.severity).toBe('error');
  });

  it('leaves out NaN and Infinity, keeping the offering', () => {
    const result = validateCourses([
      { ...base, durationHours: Number.NaN },
      { ...base, id: 'c2', durationHours: Number.POSITIVE_INFINITY },
    ]);
    expect(result.courses.map((c) => c.durationHours)).toEqual([undefined, undefined]);
    expect(result.issues.map((i) => [i.path, i.severity])).toEqual([
      ['durationHours', 'warning'],
      ['durationHours', 'warning'],
    ]);
  });

  it('rejects deeply nested objects without overflowing the stack', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deep.x = next;
      deep = next;
    }
    const start = Date.now();
    const result = sanitizeJson({ ...base, extra: root });
    expect(Date.now() - start).toBeLessThan(1_000);
    expect(result.problems[0]?.message).toBe(`is nested more than ${LIMITS.maxDepth} levels deep`);
  });

  it('limits the number of gaps in a profile', () => {
    const gaps = Array.from({ length: 500 }, (_, i) => `gap ${i}`);
    expect(() => parseProfile({ profession: 'nurse', gaps })).toThrowError(
      /gaps must have at most 200 entries/,
    );
  });

  it('never throws on non-object records', () => {
    const result = validateCourses([null, 42, 'text', [], undefined, () => 1]);
    expect(result.courses).toHaveLength(0);
    expect(new Set(result.issues.map((i) => i.index))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});
