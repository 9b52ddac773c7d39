import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/model/course.js';
import { defaultReference } from '../../src/reference/reference.js';
import { audienceFit } from '../../src/relevance/audience.js';
import { type CourseIndex, createCourseIndex } from '../../src/relevance/course-index.js';
import { readGap } from '../../src/relevance/gap-reading.js';
import { createScratch, gapTable } from '../../src/relevance/gap-relevance.js';
import { covers } from '../../src/relevance/relevance.js';

const tax = defaultReference().taxonomy();
const concepts = defaultReference().data.concepts;
const idOf = (label: string) => {
  const found = concepts.find((c) => c.label === label);
  if (!found) throw new Error(label);
  return found.id;
};
const course = (id: string, extra: Partial<Course>): Course =>
  ({ id, title: id, provider: { name: 'P', type: 'unknown' }, ...extra }) as Course;

/** Weight of a concept in a one-course catalogue. */
const conceptWeight = (c: Course, label: string): number =>
  createCourseIndex([c], tax)
    .conceptsOf(0)
    .find((x) => x.conceptId === idOf(label))?.weight ?? 0;

const hit = (index: CourseIndex, gap: string, id: string) =>
  gapTable(index, readGap(index, gap, ['nurse']), createScratch(index.courses.length)).get(
    index.positionOf(id) ?? -1,
  );

describe('course concepts', () => {
  it('weights declared skills above description mentions, and saturates repetition', () => {
    const niv = 'Non-invasive ventilation';
    const declared = conceptWeight(course('a', { skills: ['non-invasive ventilation'] }), niv);
    const mentioned = conceptWeight(course('b', { description: 'non-invasive ventilation' }), niv);
    const stuffed = conceptWeight(
      course('c', { description: 'non-invasive ventilation '.repeat(500) }),
      niv,
    );
    expect(declared).toBeGreaterThan(mentioned);
    expect(stuffed).toBeLessThan(declared);
  });

  it('never matches a label across two learning outcomes', () => {
    // "non-invasive" ends one outcome and "ventilation" starts the next: no NIV mention.
    const niv = 'Non-invasive ventilation';
    const split = course('split', {
      learningOutcomes: ['Explain what non-invasive', 'Ventilation settings'],
    });
    const whole = course('whole', { learningOutcomes: ['Explain non-invasive ventilation'] });
    expect(conceptWeight(whole, niv)).toBeGreaterThan(0);
    expect(conceptWeight(split, niv)).toBe(0);
  });
});

describe('gap coverage', () => {
  const index = createCourseIndex(
    [
      course('exact', { skills: ['non-invasive ventilation'] }),
      course('narrower', { skills: ['CPAP'] }),
      course('broader', { skills: ['respiratory care'] }),
      course('text-only', { title: 'Zorblax handling refresher' }),
      course('other', { title: 'Wound care basics' }),
    ],
    tax,
  );

  it('ranks exact > narrower > broader > domain; a whole domain never covers a gap', () => {
    const exact = hit(index, 'NIV', 'exact');
    const narrower = hit(index, 'NIV', 'narrower');
    const broader = hit(index, 'CPAP', 'exact'); // NIV is the topic CPAP belongs to
    const domain = hit(index, 'NIV', 'broader'); // respiratory care: a whole domain
    expect([exact, narrower, broader, domain].map((h) => h?.relation)).toEqual([
      'exact',
      'narrower',
      'broader',
      'domain',
    ]);
    const scores = [exact, narrower, broader, domain].map((h) => h?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.map(covers)).toEqual([true, true, true, false]);
  });

  it('reads the words of a gap outside the taxonomy, and reaches no course without them', () => {
    expect(hit(index, 'zorblax', 'text-only')?.relation).toBe('text');
    expect(covers(hit(index, 'zorblax', 'text-only')?.score ?? 0)).toBe(true);
    expect(hit(index, 'zorblax', 'exact')).toBeUndefined();
  });

  it('reads a typo as the catalogue word it was meant to be', () => {
    expect(hit(index, 'zorblaxx handling', 'text-only')?.relation).toBe('text');
  });

  it('lists a gap’s courses in position order however many it reaches', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      course(`c${String(299 - i).padStart(3, '0')}`, {
        skills: i % 3 === 0 ? ['sepsis'] : ['ECG interpretation'],
      }),
    );
    const big = createCourseIndex(many, tax);
    const table = gapTable(big, readGap(big, 'sepsis', []), createScratch(many.length));
    const reached = [...table.positions].filter((_, i) => covers(table.scores[i] ?? 0));
    expect(reached.length).toBe(100);
    expect([...table.positions]).toEqual([...table.positions].sort((a, b) => a - b));
    for (const p of reached) expect(big.courses[p]?.skills).toEqual(['sepsis']);
  });

  it('leaves a course that does not count out of the statistics: others score the same', () => {
    const honest = [
      course('a', { title: 'Sepsis recognition', description: 'Screening adults for sepsis.' }),
      course('b', { title: 'Wound care', description: 'Dressings and pressure ulcers.' }),
    ];
    const stuffed = course('mill', { title: 'sepsis '.repeat(50), description: 'sepsis' });
    const alone = createCourseIndex(honest, tax);
    const withMill = createCourseIndex([...honest, stuffed], tax, {
      counts: (c) => c.id !== 'mill',
    });
    expect(hit(withMill, 'sepsis', 'a')?.score).toBe(hit(alone, 'sepsis', 'a')?.score);
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

describe('the taxonomy', () => {
  it('is compiled once per reference and shared', () => {
    const reference = defaultReference();
    expect(reference.taxonomy()).toBe(reference.taxonomy());
    expect(reference.taxonomy().concepts.size).toBe(concepts.length);
  });
});
