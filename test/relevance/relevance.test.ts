import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/model/course.js';
import { defaultReference } from '../../src/reference/reference.js';
import { createTaxonomyIndex } from '../../src/reference/taxonomy.js';
import { audienceFit } from '../../src/relevance/audience.js';
import { courseConcepts } from '../../src/relevance/course-concepts.js';
import { createCourseIndex } from '../../src/relevance/course-index.js';
import { gapCoverage, resolveGap } from '../../src/relevance/gap-relevance.js';

const concepts = defaultReference().data.concepts;
const tax = createTaxonomyIndex(concepts);
const idOf = (label: string) => concepts.find((c) => c.label === label)!.id;
const course = (id: string, extra: Partial<Course>): Course =>
  ({ id, title: id, provider: { name: 'P', type: 'unknown' }, ...extra }) as Course;

describe('course concepts', () => {
  it('weights declared skills above description mentions, and saturates repetition', () => {
    const declared = courseConcepts(
      tax,
      course('a', { skills: ['non-invasive ventilation'] }),
      new Map(),
    );
    const mentioned = courseConcepts(
      tax,
      course('b', { description: 'non-invasive ventilation' }),
      new Map(),
    );
    const stuffed = courseConcepts(
      tax,
      course('c', { description: 'non-invasive ventilation '.repeat(500) }),
      new Map(),
    );
    const w = (xs: typeof declared) =>
      xs.find((x) => x.conceptId === idOf('Non-invasive ventilation'))?.weight ?? 0;
    expect(w(declared)).toBeGreaterThan(w(mentioned));
    expect(w(stuffed)).toBeLessThan(w(declared));
    expect(w(stuffed)).toBeLessThanOrEqual(0.45);
  });
});

describe('gap coverage', () => {
  const courses = [
    course('exact', { skills: ['non-invasive ventilation'] }),
    course('narrower', { skills: ['CPAP'] }),
    course('broader', { skills: ['respiratory care'] }),
    course('text-only', { title: 'Zorblax handling refresher' }),
  ];
  const index = createCourseIndex(courses, tax);
  const score = (gap: string, id: string) =>
    gapCoverage(index, resolveGap(index, gap)).get(index.positionOf(id)!);
  it('ranks exact > narrower > broader', () => {
    const exact = score('NIV', 'exact');
    const narrower = score('NIV', 'narrower');
    const broader = score('NIV', 'broader');
    expect(exact?.relation).toBe('exact');
    expect(narrower?.relation).toBe('narrower');
    expect(broader?.relation).toBe('broader');
    expect(exact!.score).toBeGreaterThan(narrower!.score);
    expect(narrower!.score).toBeGreaterThan(broader!.score);
  });
  it('falls back to full text when the gap names no concept', () => {
    expect(score('zorblax', 'text-only')?.relation).toBe('text');
    expect(score('zorblax', 'exact')).toBeUndefined();
  });
});

describe('audience fit', () => {
  it('knows RN = nurse, doctor = physician, and "any"', () => {
    expect(audienceFit(course('x', { audience: { professions: ['RN'] } }), 'nurse').fit).toBe(1);
    expect(
      audienceFit(course('x', { audience: { professions: ['physician'] } }), 'doctor').fit,
    ).toBe(1);
    expect(audienceFit(course('x', { audience: { professions: ['any'] } }), 'midwife').fit).toBe(1);
    expect(
      audienceFit(course('x', { audience: { professions: ['pharmacist'] } }), 'nurse').fit,
    ).toBeLessThan(0.5);
    expect(audienceFit(course('x', {}), 'nurse').fit).toBe(0.8);
  });
});

describe('index internals', () => {
  it('never matches a label across two learning outcomes', () => {
    // "non-invasive" ends one outcome and "ventilation" starts the next: no NIV mention.
    const split = courseConcepts(
      tax,
      course('split', { learningOutcomes: ['Explain what non-invasive', 'Ventilation settings'] }),
      new Map(),
    );
    const whole = courseConcepts(
      tax,
      course('whole', { learningOutcomes: ['Explain non-invasive ventilation'] }),
      new Map(),
    );
    const niv = idOf('Non-invasive ventilation');
    expect(whole.map((c) => c.conceptId)).toContain(niv);
    expect(split.map((c) => c.conceptId)).not.toContain(niv);
  });

  it('lists a gap’s courses in position order however many it reaches', () => {
    // Enough courses that the positions are read back from the scratch stamps, not sorted.
    const many = Array.from({ length: 300 }, (_, i) =>
      course(`c${String(299 - i).padStart(3, '0')}`, {
        skills: i % 3 === 0 ? ['sepsis'] : ['ECG interpretation'],
      }),
    );
    const index = createCourseIndex(many, tax);
    const hits = [...gapCoverage(index, resolveGap(index, 'sepsis')).keys()];
    expect(hits.length).toBe(100);
    expect(hits).toEqual([...hits].sort((a, b) => a - b));
    for (const p of hits) expect(index.courses[p]?.skills).toEqual(['sepsis']);
  });

  it('compiles a reference’s taxonomy once and shares it', () => {
    const reference = defaultReference();
    expect(reference.taxonomy()).toBe(reference.taxonomy());
    expect(reference.taxonomy().concepts.size).toBe(concepts.length);
  });
});
