/**
 * Determinism and independence: same input → byte-identical JSON; the order of a catalogue
 * changes no report or ranking; batch and one-by-one evaluation agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  type ClinicianProfileInput,
  type Course,
  compareCourses,
  createRecommender,
  evaluateCatalog,
  evaluateCredibility,
  parseCatalog,
  validateCourses,
} from '../../src/index.js';
import {
  ASOF,
  capture,
  params,
  readText,
  sampleCourses,
  tmpFile,
  validCourses,
} from './support.js';

const PROFILES = ['uk-nurse', 'us-physician', 'au-pharmacist', 'uk-paramedic'].map(
  (name) => JSON.parse(readText(`data/samples/profiles/${name}.json`)) as ClinicianProfileInput,
);

const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A seeded permutation (fast-check shuffles with its own seed). */
const permutation = (n: number) =>
  fc.array(fc.nat(), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  );

describe('same input, same bytes', () => {
  it('parseCatalog, evaluateCatalog, recommend, plan and compare are byte-identical across runs', () => {
    const run = () => {
      const parsed = parseCatalog(readText('data/samples/catalogue.json'));
      const csv = parseCatalog(readText('data/samples/catalogue.csv'));
      const r = createRecommender(parsed.courses, { asOf: ASOF });
      return JSON.stringify({
        parsed,
        csv,
        reports: evaluateCatalog(parsed.courses, { asOf: ASOF }),
        recommendations: PROFILES.map((p) => r.recommend(p)),
        plans: PROFILES.map((p) => r.plan(p)),
        compare: compareCourses(parsed.courses.slice(0, 5), { asOf: ASOF, profile: PROFILES[0] }),
      });
    };
    const first = run();
    expect(run()).toBe(first);
    expect(run()).toBe(first);
  });

  it('CLI --json output is byte-identical across runs', () => {
    const profile = tmpFile('det-profile.json', readText('data/samples/profiles/uk-nurse.json'));
    for (const argv of [
      ['evaluate', '--json', '--as-of', ASOF],
      ['recommend', '--profile', profile, '--json', '--as-of', ASOF],
      ['plan', '--profile', profile, '--json', '--as-of', ASOF],
      ['validate', 'data/samples/catalogue.csv'],
      ['convert', 'data/samples/catalogue.csv'],
    ]) {
      const a = capture();
      const b = capture();
      runCli(argv, a);
      runCli(argv, b);
      expect(b.out.join('\n'), argv.join(' ')).toBe(a.out.join('\n'));
      expect(a.out.join('').length).toBeGreaterThan(0);
    }
  });
});

describe('order independence', () => {
  const courses = sampleCourses();

  it('a shuffled catalogue gives the same reports (per id) and the same rankings', () => {
    const reports = byId(evaluateCatalog(courses, { asOf: ASOF }));
    const r = createRecommender(courses, { asOf: ASOF });
    const expected = PROFILES.map((p) => JSON.stringify(r.recommend(p, { limit: 10 })));
    const expectedPlans = PROFILES.map((p) => JSON.stringify(r.plan(p)));
    fc.assert(
      fc.property(permutation(courses.length), (order) => {
        const shuffled = order.map((i) => courses[i]!);
        expect(JSON.stringify(byId(evaluateCatalog(shuffled, { asOf: ASOF })))).toBe(
          JSON.stringify(reports),
        );
        const rs = createRecommender(shuffled, { asOf: ASOF });
        PROFILES.forEach((p, i) => {
          expect(JSON.stringify(rs.recommend(p, { limit: 10 })), `recommend profile ${i}`).toBe(
            expected[i],
          );
          expect(JSON.stringify(rs.plan(p)), `plan profile ${i}`).toBe(expectedPlans[i]);
        });
      }),
      params(5),
    );
  });

  it('shuffled generated catalogues give the same reports and rankings', () => {
    fc.assert(
      fc.property(
        validCourses(1, 8).chain((inputs) =>
          fc.tuple(fc.constant(inputs), permutation(inputs.length)),
        ),
        ([inputs, order]) => {
          const { courses: list } = validateCourses(inputs);
          const shuffled = order.map((i) => list[i]!);
          expect(JSON.stringify(byId(evaluateCatalog(shuffled, { asOf: ASOF })))).toBe(
            JSON.stringify(byId(evaluateCatalog(list, { asOf: ASOF }))),
          );
          const profile = {
            profession: 'nurse',
            gaps: ['sepsis recognition', 'wound care', 'ECG'],
          };
          expect(
            JSON.stringify(createRecommender(shuffled, { asOf: ASOF }).recommend(profile)),
          ).toBe(JSON.stringify(createRecommender(list, { asOf: ASOF }).recommend(profile)));
        },
      ),
      params(15),
    );
  });

  it('a shuffled catalogue file parses to the same courses (in file order) and issues per id', () => {
    const records = JSON.parse(readText('data/samples/catalogue.json')) as
      | unknown[]
      | { courses: unknown[] };
    const list = Array.isArray(records) ? records : records.courses;
    const reversed = [...list].reverse();
    const a = parseCatalog(JSON.stringify(list)).courses;
    const b = parseCatalog(JSON.stringify(reversed)).courses;
    expect(JSON.stringify(byId(b))).toBe(JSON.stringify(byId(a)));
  });
});

describe('batch versus one by one', () => {
  it('evaluateCatalog equals evaluateCredibility on each course, in any batch split', () => {
    const courses = sampleCourses();
    const batch = evaluateCatalog(courses, { asOf: ASOF });
    const single = courses.map((c) => evaluateCredibility(c, { asOf: ASOF }));
    expect(JSON.stringify(single)).toBe(JSON.stringify(batch));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: courses.length }), { maxLength: 5 }), (cuts) => {
        const points = [...new Set([0, ...cuts, courses.length])].sort((a, b) => a - b);
        const parts: Course[][] = [];
        for (let i = 1; i < points.length; i++) parts.push(courses.slice(points[i - 1], points[i]));
        const joined = parts.flatMap((p) => evaluateCatalog(p, { asOf: ASOF }));
        expect(JSON.stringify(joined)).toBe(JSON.stringify(batch));
      }),
      params(20),
    );
  });

  it('generated courses: batch and single evaluation agree (shared caches do not leak)', () => {
    fc.assert(
      fc.property(validCourses(1, 6), (inputs) => {
        const { courses } = validateCourses(inputs);
        const batch = evaluateCatalog(courses, { asOf: ASOF });
        const single = courses.map((c) => evaluateCredibility(c, { asOf: ASOF }));
        expect(JSON.stringify(single)).toBe(JSON.stringify(batch));
      }),
      params(60),
    );
  });

  it('validateCourses in chunks equals one call (apart from indexes)', () => {
    const records = JSON.parse(readText('data/samples/catalogue.json')) as unknown[];
    const list = Array.isArray(records) ? records : (records as { courses: unknown[] }).courses;
    const whole = validateCourses(list).courses;
    const chunks = [list.slice(0, 10), list.slice(10, 40), list.slice(40)].flatMap(
      (c) => validateCourses(c).courses,
    );
    expect(JSON.stringify(chunks)).toBe(JSON.stringify(whole));
  });
});
