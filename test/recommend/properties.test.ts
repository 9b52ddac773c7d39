/**
 * Properties of recommendations and plans over the sample catalogue, for every sample profile
 * and random requests: the trust floor, coverage, stability under mills, limits, and plans that
 * are optimal on small instances (checked against an exhaustive solver).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/index.js';
import type { Course } from '../../src/model/course.js';
import type { ClinicianProfileInput } from '../../src/model/profile.js';
import { bestCover, type PlanItem } from '../../src/recommend/plan-cover.js';
import { createRecommender } from '../../src/recommend/recommender.js';
import { PRIORITY_WEIGHTS } from '../../src/relevance/defaults.js';
import { SAMPLE_PROFILES } from '../support/sample-profiles.js';

const asOf = '2026-11-28';
const courses = parseCatalog(readFileSync('data/samples/catalogue.json'), {
  format: 'auto',
}).courses;
const PROFILES = SAMPLE_PROFILES;
type Gap = string | { skill: string; priority?: keyof typeof PRIORITY_WEIGHTS };
const profile = (name: string): ClinicianProfileInput & { gaps?: Gap[] } =>
  JSON.parse(readFileSync(`data/samples/profiles/${name}.json`, 'utf8'));
const skillOf = (g: Gap): string => (typeof g === 'string' ? g : g.skill);
const r = createRecommender(courses, { asOf });

/** Random request: a sample profile with its limits changed, and the floor's options. */
const requests = fc.record({
  name: fc.constantFrom(...PROFILES),
  budget: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  hours: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  limit: fc.integer({ min: 1, max: 15 }),
});
const withLimits = (q: { name: string; budget?: number; hours?: number }) => {
  const p = profile(q.name) as ClinicianProfileInput & { budget?: { currency: string } };
  return {
    ...p,
    ...(q.budget === undefined
      ? {}
      : { budget: { amount: q.budget, currency: p.budget?.currency ?? 'GBP' } }),
    ...(q.hours === undefined ? {} : { hoursAvailable: q.hours }),
  } as ClinicianProfileInput;
};

const heldBack = (p: ClinicianProfileInput, id: string) =>
  r.whyNot(p, id).some((reason) => reason.startsWith('held back'));

describe('the trust floor and coverage', () => {
  it('no held-back offering is ever listed or planned; every listed offering covers a gap', () => {
    fc.assert(
      fc.property(requests, (q) => {
        const p = withLimits(q);
        const result = r.recommend(p, { limit: q.limit });
        for (const x of result.recommendations) {
          expect(heldBack(p, x.id)).toBe(false);
          expect(x.gaps.length).toBeGreaterThan(0);
          expect(x.evidence.map((e) => e.gap)).toEqual(x.gaps);
        }
        for (const h of result.heldBack) expect(heldBack(p, h.id)).toBe(true);
        for (const id of r.plan(p).courses) expect(heldBack(p, id)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('a list as long as the gaps covers every gap something eligible covers', () => {
    for (const name of PROFILES) {
      const p = profile(name);
      const result = r.recommend(p, { limit: Math.max(1, p.gaps?.length ?? 0) });
      const listed = new Set(result.recommendations.flatMap((x) => x.gaps));
      for (const g of result.gaps) if (g.covered) expect(listed.has(g.gap)).toBe(true);
    }
  });
});

describe('mills', () => {
  const mills = courses.filter((c) => c.id.startsWith('mill-'));
  it('adding a mill that matches the gaps never changes the top five', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.constantFrom(...mills),
        fc.integer({ min: 0, max: 1000 }),
        (name, mill, n) => {
          const p = profile(name);
          const gaps = (p.gaps ?? []).map(skillOf);
          const planted: Course = {
            ...mill,
            id: `planted-${n}`,
            title: `${gaps.join(', ')}: ${mill.title}`,
            skills: gaps,
            description: `${gaps.join('. ')}. ${mill.description ?? ''}`,
          };
          const other = createRecommender([...courses, planted], { asOf });
          expect(other.whyNot(p, planted.id)[0]).toMatch(/^held back/);
          expect(other.recommend(p, { limit: 5 }).recommendations).toEqual(
            r.recommend(p, { limit: 5 }).recommendations,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('catalogue order never changes anything', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (name, s0) => {
          let s = s0;
          const shuffled = [...courses];
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2 ** 31;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Course, shuffled[i] as Course];
          }
          const other = createRecommender(shuffled, { asOf });
          expect(other.recommend(profile(name))).toEqual(r.recommend(profile(name)));
          expect(other.plan(profile(name))).toEqual(r.plan(profile(name)));
        },
      ),
      { numRuns: 5 },
    );
  });
});

describe('plans', () => {
  it('never exceed the budget or the hours', () => {
    fc.assert(
      fc.property(requests, (q) => {
        const p = withLimits(q) as ClinicianProfileInput & {
          budget?: { amount: number; currency: string };
          hoursAvailable?: number;
        };
        const plan = r.plan(p);
        if (p.hoursAvailable !== undefined) {
          expect(plan.totalHours).toBeLessThanOrEqual(p.hoursAvailable + 1e-9);
        }
        if (p.budget) {
          const spent = plan.totalCost.find((m) => m.currency === p.budget?.currency)?.amount ?? 0;
          expect(spent).toBeLessThanOrEqual(p.budget.amount + 1e-9);
          // Without rates nothing priced in another currency is planned.
          for (const m of plan.totalCost)
            if (m.currency !== p.budget.currency) expect(m.amount).toBe(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('removing an offering a plan used never improves its coverage', () => {
    const weight = (p: { gaps?: Gap[] }, covered: readonly string[]) =>
      (p.gaps ?? []).reduce<number>((sum, g) => {
        const priority = typeof g === 'string' ? 'medium' : (g.priority ?? 'medium');
        return covered.includes(skillOf(g)) ? sum + PRIORITY_WEIGHTS[priority] : sum;
      }, 0);
    for (const name of PROFILES) {
      const p = profile(name);
      const plan = r.plan(p);
      for (const id of plan.courses.slice(0, 2)) {
        const without = createRecommender(
          courses.filter((c) => c.id !== id),
          { asOf },
        ).plan(p);
        expect(without.courses).not.toContain(id);
        expect(weight(p, without.coveredGaps)).toBeLessThanOrEqual(
          weight(p, plan.coveredGaps) + 1e-9,
        );
      }
    }
  });

  it('bestCover covers as much as an exhaustive search on small random instances', () => {
    const instance = fc.record({
      weights: fc.array(fc.constantFrom(1, 0.6, 0.3), { minLength: 1, maxLength: 4 }),
      items: fc.array(
        fc.record({
          cost: fc.integer({ min: 0, max: 100 }),
          hours: fc.integer({ min: 0, max: 20 }),
          covers: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
          quality: fc.double({ min: 0.1, max: 1, noNaN: true }),
        }),
        { maxLength: 9 },
      ),
      budget: fc.integer({ min: 0, max: 200 }),
      hours: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(instance, ({ weights, items, budget, hours }) => {
        const G = weights.length;
        const planItems: PlanItem[] = items.map((it, i) => {
          const gaps = [...new Set(it.covers.filter((g) => g < G))].sort();
          return {
            position: i,
            id: `c${i}`,
            cost: it.cost,
            hours: it.hours,
            gaps,
            quality: gaps.map(() => it.quality),
          };
        });
        let optimum = 0;
        for (let mask = 0; mask < 1 << planItems.length; mask++) {
          let cost = 0;
          let used = 0;
          const covered = new Set<number>();
          planItems.forEach((item, i) => {
            if ((mask & (1 << i)) === 0) return;
            cost += item.cost;
            used += item.hours;
            for (const g of item.gaps) covered.add(g);
          });
          if (cost > budget || used > hours) continue;
          optimum = Math.max(
            optimum,
            [...covered].reduce((s, g) => s + (weights[g] as number), 0),
          );
        }
        const cover = bestCover(planItems, weights, { budget, hours });
        expect(cover.exact).toBe(true);
        expect(cover.covered).toBeCloseTo(optimum, 9);
        expect(cover.cost).toBeLessThanOrEqual(budget);
        expect(cover.hours).toBeLessThanOrEqual(hours);
      }),
      { numRuns: 300 },
    );
  });
});

describe('abbreviations beside decisive words', () => {
  const course = (id: string, title: string, skills: string[], description: string): Course =>
    ({
      id,
      title,
      skills,
      description,
      provider: { name: 'Royal College of Nursing', type: 'professional-body' },
      format: 'self-paced-online',
    }) as Course;
  const catalogue = [
    course(
      'pals-service',
      'PALS: working with the Patient Advice and Liaison Service',
      ['patient advice', 'complaints handling'],
      'How the PALS team resolves concerns and complaints for patients and families.',
    ),
    course(
      'adult-als',
      'Advanced Life Support (ALS) course',
      ['advanced life support'],
      'Adult cardiac arrest management for ward and emergency teams.',
    ),
    course(
      'paediatric-life-support',
      'Paediatric Advanced Life Support (PALS)',
      ['paediatric life support'],
      'Recognition and treatment of the seriously ill child; paediatric resuscitation.',
    ),
  ];
  it('"PALS course paediatric" ranks paediatric life support first', () => {
    const rec = createRecommender(catalogue, { asOf });
    const p = { profession: 'nurse', gaps: ['PALS course paediatric'] };
    expect(rec.recommend(p).recommendations[0]?.id).toBe('paediatric-life-support');
    const service = { profession: 'nurse', gaps: ['PALS complaints'] };
    expect(rec.recommend(service).recommendations[0]?.id).toBe('pals-service');
  });
});
