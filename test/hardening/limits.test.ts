/**
 * Resource bounds (src/model/limits.ts, docs/limits.md): each limit is enforced with a clear
 * issue naming the field and the limit, quickly, instead of exhausting memory or time. Beyond a
 * limit in a title or provider the record is rejected; elsewhere the value is left out.
 */
import { describe, expect, it } from 'vitest';
import {
  CredenceInputError,
  CredenceValidationError,
  decodeInput,
  LIMITS,
  parseCatalog,
  parseProfile,
  validateCourses,
} from '../../src/index.js';
import { LONG_RUN, timed } from './support.js';

const base = { id: 'c1', title: 'T', provider: { name: 'P' } };
const MB = 1_048_576;

describe('documented limits are enforced with clear messages', () => {
  it('maxStringLength: a 1 MB title or provider rejects the record; elsewhere the value is left out', () => {
    const big = 'x'.repeat(MB);
    const limit = LIMITS.maxStringLength.toLocaleString('en-GB');
    for (const [path, record] of [
      ['title', { ...base, title: big }],
      ['provider.name', { ...base, provider: { name: big } }],
    ] as const) {
      const result = timed(path, () => validateCourses([record, { ...base, id: 'ok' }]));
      expect(result.courses.map((c) => c.id)).toEqual(['ok']);
      expect(result.issues[0]).toMatchObject({
        severity: 'error',
        message: `record 1 (id "c1"): ${path} is 1,048,576 characters long; the limit is ${limit}`,
      });
    }
    for (const [path, record, dropped] of [
      ['description', { ...base, description: big }, 'it'],
      ['skills.0', { ...base, skills: [big] }, 'it'],
      ['accreditations.0.body', { ...base, accreditations: [{ body: big }] }, 'accreditations.0'],
      ['extra', { ...base, extra: big }, 'it'],
    ] as const) {
      const result = timed(path, () => validateCourses([record, { ...base, id: 'ok' }]));
      expect(result.courses.map((c) => c.id)).toEqual(['c1', 'ok']);
      expect(result.issues[0]).toMatchObject({
        severity: 'warning',
        message: `record 1 (id "c1"): ${path} is 1,048,576 characters long; the limit is ${limit}; ${dropped} was left out`,
      });
    }
    // At the limit itself the value is kept.
    expect(
      validateCourses([{ ...base, description: 'x'.repeat(LIMITS.maxStringLength) }]).courses[0]
        ?.description,
    ).toHaveLength(LIMITS.maxStringLength);
  });

  it('maxArrayLength and maxObjectKeys', () => {
    const many = validateCourses([
      { ...base, skills: Array.from({ length: LIMITS.maxArrayLength + 1 }, (_, i) => `s${i}`) },
    ]);
    expect(many.courses[0]?.skills).toHaveLength(LIMITS.maxArrayLength);
    expect(many.issues[0]!.message).toBe(
      'record 1 (id "c1"): skills has 2,001 entries; only the first 2,000 were read',
    );
    const keys = Object.fromEntries(
      Array.from({ length: LIMITS.maxObjectKeys + 1 }, (_, i) => [`k${i}`, i]),
    );
    const wide = validateCourses([{ ...base, extra: keys }]);
    expect(wide.courses).toHaveLength(1);
    expect(wide.issues[0]!.message).toBe(
      'record 1 (id "c1"): extra has 1,001 fields; the limit is 1,000; it was left out',
    );
  });

  it('maxDepth: deep nesting (100,000 levels) is reported without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = timed('deep JSON', () =>
      parseCatalog(
        `[${JSON.stringify(base)}, {"id":"d","title":"T","provider":{"name":"P"},"x":${deep}}]`,
      ),
    );
    expect(result.courses.map((c) => c.id)).toEqual(['c1', 'd']);
    expect(result.courses[1]).not.toHaveProperty('x');
    expect(result.issues[0]!.message).toMatch(
      /^record 2 \(id "d"\): x(\.0)+ is nested more than 32 levels deep; it was left out$/,
    );
    // A CSV header cannot build deep nesting either.
    const csv = timed('deep CSV header', () =>
      parseCatalog(`id,title,provider.name,"${'a.'.repeat(20_000)}a"\nc1,T,P,x`),
    );
    expect(csv.courses).toHaveLength(1);
    expect(csv.issues[0]!.message).toMatch(/nested more than 32 levels deep and was ignored/);
  });

  it('a CSV number cell longer than 200 characters is not read as a number', () => {
    const long = '1 '.repeat(150).trim();
    const result = parseCatalog(
      `id,title,provider.name,cost.amount,cost.currency\nc1,T,P,${long},GBP\nc2,T,P,12,GBP`,
    );
    expect(result.courses.map((c) => [c.id, c.cost?.amount])).toEqual([
      ['c1', undefined],
      ['c2', 12],
    ]);
    expect(result.issues.map((i) => i.message)).toContain(
      `row 2 (id "c1"), column "cost.amount": "${long.slice(0, 79)}…" is too long to be a price; it was left out`,
    );
  });

  it('maxGaps: 200 gaps accepted, 201 rejected; 500 rejected with the limit in the message', () => {
    const gaps = (n: number) => Array.from({ length: n }, (_, i) => `gap ${i}`);
    expect(parseProfile({ profession: 'nurse', gaps: gaps(LIMITS.maxGaps) }).gaps).toHaveLength(
      200,
    );
    for (const n of [201, 500]) {
      try {
        parseProfile({ profession: 'nurse', gaps: gaps(n) });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CredenceValidationError);
        expect((error as Error).message).toMatch(/gaps must have at most 200/);
      }
    }
  });

  it('maxInputBytes: larger input is refused before it is read', () => {
    // calloc'd and never touched: the size check comes first, so this costs no real memory.
    const bytes = new Uint8Array(LIMITS.maxInputBytes + 1);
    const error = timed('oversize', () => {
      try {
        decodeInput(bytes);
      } catch (e) {
        return e;
      }
      return undefined;
    });
    expect(error).toBeInstanceOf(CredenceInputError);
    expect((error as Error).message).toBe('credence: the input is 256.0 MB; the limit is 256 MB');
  });

  it('a 1 MB gap, title or file name is answered, never processed at length', () => {
    const big = 'sepsis '.repeat(150_000);
    expect(() => parseProfile({ profession: 'nurse', gaps: [big] })).toThrow(
      CredenceValidationError,
    );
    const result = validateCourses([{ ...base, title: big }]);
    expect(result.courses).toEqual([]);
  });

  it.runIf(LONG_RUN)(
    'maxCatalogRecords: records beyond the limit are reported, not read (slow)',
    () => {
      const result = validateCourses(new Array(LIMITS.maxCatalogRecords + 1).fill(null));
      expect(result.issues.at(-1)!.message).toBe(
        'record 1000001: and 1 more records were not read: a catalogue holds at most 1,000,000 records',
      );
      expect(result.stats).toMatchObject({ records: 1_000_001, accepted: 0, rejected: 1_000_001 });
    },
    300_000,
  );
});
