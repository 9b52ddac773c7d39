import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/index.js';
import type { Course } from '../../src/model/course.js';
import type { ClinicianProfileInput } from '../../src/model/profile.js';
import { createRecommender } from '../../src/recommend/recommender.js';
import { SAMPLE_PROFILES } from '../support/sample-profiles.js';

const asOf = '2026-11-28';
const courses = parseCatalog(readFileSync('data/samples/catalogue.json'), {
  format: 'auto',
}).courses;
const profile = (name: string): ClinicianProfileInput =>
  JSON.parse(readFileSync(`data/samples/profiles/${name}.json`, 'utf8'));
const r = createRecommender(courses, { asOf });
const PROFILES = SAMPLE_PROFILES;
const byId = new Map(courses.map((c) => [c.id, c]));

describe('recommend on the sample catalogue', () => {
  it("uk-nurse's top 5 covers sepsis, tissue viability and NIV, with no mill", () => {
    const top = r.recommend(profile('uk-nurse'), { limit: 5 }).recommendations;
    const gaps = new Set(top.flatMap((x) => x.gaps));
    expect(gaps).toEqual(new Set(['sepsis recogntion', 'tissue viabilty', 'NIV']));
    for (const x of top) {
      expect(x.id.startsWith('mill-')).toBe(false);
      expect(x.reasons.length).toBeGreaterThan(1);
    }
  });
  it.each(PROFILES)(
    '%s: no course with a critical flag reaches the top 5; ranks are 1..n',
    (name) => {
      const result = r.recommend(profile(name), { limit: 5 });
      result.recommendations.forEach((x, i) => {
        expect(x.rank).toBe(i + 1);
        expect(r.explain(profile(name), x.id)?.excluded).toEqual([]);
        expect(x.id.startsWith('mill-')).toBe(false);
      });
    },
  );
  it('says which gaps nothing covers', () => {
    const result = r.recommend({
      profession: 'nurse',
      gaps: [{ skill: 'xyzzy quantum', priority: 'high' }, 'sepsis'],
    });
    expect(result.uncoveredGaps).toEqual(['xyzzy quantum']);
  });
  it('falls back to full text for gaps outside the taxonomy', () => {
    const result = r.recommend(
      { profession: 'physician', gaps: [{ skill: 'hour-1 bundles', priority: 'high' }] },
      { limit: 3 },
    );
    expect(result.recommendations.map((x) => x.id)).toContain('sccm-sepsis-webinar');
    expect(result.recommendations[0]?.reasons[0]).toMatch(/uses its words — title: “.*Hour-1/);
    expect(result.recommendations[0]?.evidence[0]).toMatchObject({ field: 'title' });
  });
  it('includes critically flagged and grade-E courses only on request, and says so', () => {
    const p = { profession: 'physician', gaps: ['12-lead ECG'] };
    const lowered = { includeFlagged: true, minGrade: 'E' as const };
    const ids = (options: object) =>
      r.recommend(p, { limit: 50, ...options }).recommendations.map((x) => x.id);
    expect(ids({})).not.toContain('mill-acme-typo-ecg');
    expect(ids({ includeFlagged: true })).not.toContain('mill-acme-typo-ecg'); // still grade E
    expect(ids(lowered)).toContain('mill-acme-typo-ecg');
    expect(r.recommend(p, lowered).notes.join(' ')).toMatch(/critical red flags included/);
    expect(r.whyNot(p, 'mill-acme-typo-ecg').join(' ')).toMatch(
      /held back: grade E, critical flag/,
    );
  });
});

describe('constraints', () => {
  const base = {
    profession: 'nurse',
    gaps: [{ skill: 'sepsis recognition', priority: 'high' as const }],
  };
  const ids = (p: ClinicianProfileInput) =>
    r.recommend(p, { limit: 100 }).recommendations.map((x) => x.id);
  it('excludes over-budget courses in the same currency, with a reason', () => {
    const p = { ...base, budget: { amount: 50, currency: 'EUR' } };
    expect(ids(p)).not.toContain('inmo-sepsis-ceu');
    expect(r.whyNot(p, 'inmo-sepsis-ceu')[0]).toMatch(/over the budget/);
  });
  it('never compares currencies without rates: says so once, in the notes', () => {
    const p = { ...base, budget: { amount: 1, currency: 'GBP' } };
    expect(ids(p)).toContain('inmo-sepsis-ceu');
    const notes = r.recommend(p).notes;
    expect(notes.filter((n) => /EUR are unknown for the GBP budget/.test(n))).toHaveLength(1);
    const withRates = createRecommender(courses, { asOf, rates: { GBP: 1.17, EUR: 1 } });
    expect(withRates.whyNot(p, 'inmo-sepsis-ceu')[0]).toMatch(/over the budget/);
  });
  it('excludes courses longer than the hours available', () => {
    expect(r.whyNot({ ...base, hoursAvailable: 2 }, 'inmo-sepsis-ceu')[0]).toMatch(
      /4 h over the 2 h available/,
    );
  });
  it('excludes unacceptable formats', () => {
    const p = { ...base, formats: ['self-paced-online' as const] };
    expect(ids(p)).not.toContain('inmo-sepsis-ceu');
    expect(r.whyNot(p, 'inmo-sepsis-ceu')[0]).toMatch(/format in-person/);
  });
  it('excludes a language mismatch', () => {
    const p = { profession: 'physician', language: 'en', gaps: ['ABG interpretation'] };
    expect(r.whyNot(p, 'charite-blutgasanalyse')[0]).toMatch(/taught in de/);
  });
  it('lowers fit when the required credit is not granted', () => {
    const p = {
      profession: 'physician',
      gaps: ['12-lead ECG'],
      requiredCredit: { creditType: 'ama-pra-category-1', amount: 10 },
    };
    const grants = r.explain(p, 'acp-abg-module');
    const lacks = r.explain(p, 'esc-ecg-eaccme-course');
    expect(grants?.reasons.join(' ')).toMatch(/grants 2 AMA PRA Category 1 Credit/);
    expect(lacks?.reasons.join(' ')).toMatch(/does not grant/);
    expect((lacks?.fit ?? 1) < 0.9).toBe(true);
  });
  it('counts credit the provider designates itself, as credibility does', () => {
    // An accredited provider designates AMA PRA Category 1 Credit under its own name.
    const course = {
      id: 'self-designated-ecg',
      title: '12-lead ECG interpretation',
      provider: { name: 'Acme Cardiology Education', type: 'education-company' },
      skills: ['ECG interpretation'],
      durationHours: 4,
      accreditations: [
        { body: 'Acme Cardiology Education', creditType: 'AMA PRA Category 1 Credit', credits: 4 },
      ],
    } as Course;
    const p = {
      profession: 'physician',
      gaps: ['12-lead ECG'],
      requiredCredit: { creditType: 'ama-pra-category-1', amount: 10 },
    };
    const reasons = createRecommender([course], { asOf }).explain(p, course.id)?.reasons ?? [];
    expect(reasons.join(' ')).toMatch(/grants 4 AMA PRA Category 1 Credit/);
    expect(reasons.join(' ')).not.toMatch(/does not grant/);
  });
  it('diversifies: the top 3 do not all cover the same gap', () => {
    const top = r.recommend(profile('uk-nurse'), { limit: 3 }).recommendations;
    expect(new Set(top.map((x) => x.gaps.join('|'))).size).toBeGreaterThan(1);
  });
});

const irrelevant = (i: number): Course =>
  ({
    id: `zz-irrelevant-${i}`,
    title: `Flower arranging ${i}`,
    provider: { name: 'Florist Ltd', type: 'unknown' },
    skills: ['ikebana'],
  }) as Course;

describe('repeated questions', () => {
  it('answers a repeated profile exactly as a fresh recommender does (gap tables are cached)', () => {
    const fresh = (name: string) =>
      createRecommender(courses, { asOf }).recommend(profile(name), { limit: 10 });
    const shared = createRecommender(courses, { asOf });
    const first = PROFILES.map((name) => shared.recommend(profile(name), { limit: 10 }));
    const again = PROFILES.map((name) => shared.recommend(profile(name), { limit: 10 }));
    expect(again).toEqual(first);
    for (const name of ['uk-nurse', 'ie-physician']) {
      expect(shared.recommend(profile(name), { limit: 10 })).toEqual(fresh(name));
      expect(shared.plan(profile(name))).toEqual(
        createRecommender(courses, { asOf }).plan(profile(name)),
      );
    }
  });
});

describe('properties', () => {
  it('results never contain an excluded course', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (name, budget, hours) => {
          const p = profile(name);
          const q = {
            ...p,
            budget: { amount: budget, currency: p.budget?.currency ?? 'GBP' },
            hoursAvailable: hours,
          };
          for (const x of r.recommend(q, { limit: 10 }).recommendations) {
            expect(r.explain(q, x.id)?.excluded).toEqual([]);
            const c = byId.get(x.id);
            expect((c?.durationHours ?? 0) <= hours).toBe(true);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
  it('catalogue order and an irrelevant course never change the top five', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (name, seed) => {
          const shuffled = [...courses, irrelevant(seed % 7)];
          let s = seed;
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2 ** 31;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Course, shuffled[i] as Course];
          }
          // The same offerings in the same order (an added course shifts word statistics, and
          // with them coverage, a little).
          const top = (rec: typeof r) =>
            rec.recommend(profile(name), { limit: 5 }).recommendations.map((x) => [x.id, x.gaps]);
          expect(top(createRecommender(shuffled, { asOf }))).toEqual(top(r));
        },
      ),
      { numRuns: 4 },
    );
  });
  it('plans never exceed budget or hours', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 40 }),
        (name, budget, hours) => {
          const p = profile(name);
          const currency = p.budget?.currency ?? 'GBP';
          const plan = r.plan({
            ...p,
            budget: { amount: budget, currency },
            hoursAvailable: hours,
          });
          expect(plan.totalHours).toBeLessThanOrEqual(hours);
          const spent = plan.totalCost.find((m) => m.currency === currency)?.amount ?? 0;
          expect(spent).toBeLessThanOrEqual(budget);
          for (const m of plan.totalCost) if (m.currency !== currency) expect(m.amount).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('plan', () => {
  it('covers gaps and reports the NMC requirement with participatory hours', () => {
    const plan = r.plan(profile('uk-nurse'));
    expect(plan.coveredGaps).toContain('sepsis recogntion');
    expect(plan.requirement.needed).toBe(35);
    expect(plan.requirement.met + plan.requirement.shortfall).toBeGreaterThanOrEqual(35 - 1e-9);
    expect(plan.reasons.join(' ')).toMatch(/Participatory learning/);
    expect(plan.courses.some((id) => id.startsWith('mill-'))).toBe(false);
  });
  it('counts required credit (AMA PRA Category 1) toward the requirement', () => {
    const plan = r.plan(profile('us-physician'));
    expect(plan.requirement.needed).toBe(50);
    expect(plan.credits.find((c) => c.type === 'ama-pra-category-1')?.amount).toBe(
      plan.requirement.met,
    );
  });
  it('has no requirement without a regulator or required credit', () => {
    expect(r.plan({ profession: 'nurse', gaps: ['sepsis'] }).requirement).toEqual({
      needed: 0,
      met: 0,
      shortfall: 0,
    });
  });
});
