/**
 * Deterministic synthetic catalogues generated from the taxonomy (seeded), for benchmarks.
 * @module
 */
import type { Course } from '../../src/model/course.js';
import type { Concept } from '../../src/reference/schemas.js';

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FORMATS = ['self-paced-online', 'live-online', 'in-person', 'blended', 'workplace'] as const;
const PROFESSIONS = [
  'nurse',
  'physician',
  'pharmacist',
  'paramedic',
  'midwife',
  'physiotherapist',
  'any',
];
const BODIES = [
  'Accreditation Council for Continuing Medical Education',
  'Royal College of Nursing Centre for Professional Accreditation',
  'CPD Standards Office',
  'Global Accreditation Council for Health Education',
  'Made-up Board of Learning',
];
const FILLER =
  'This course offers practical guidance with case studies, reflective exercises and a short quiz for busy teams'.split(
    ' ',
  );

/**
 * `n` courses built from random taxonomy concepts (labels, alt labels, abbreviations as skills,
 * outcomes and descriptions), with varied cost, duration, format, audience and accreditation.
 */
export function syntheticCatalogue(concepts: readonly Concept[], n: number, seed = 42): Course[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: Course[] = [];
  for (let i = 0; i < n; i++) {
    const main = pick(concepts);
    const extra = [pick(concepts), pick(concepts)];
    const surface = (c: Concept): string =>
      next() < 0.5 || c.altLabels.length === 0 ? c.label : pick(c.altLabels);
    const words = Array.from({ length: 20 }, () => pick(FILLER));
    const body = pick(BODIES);
    out.push({
      id: `syn-${String(i).padStart(6, '0')}`,
      title: `${surface(main)} ${pick(['update', 'masterclass', 'essentials', 'for clinicians', 'workshop'])} ${i % 97}`,
      description: `${words.join(' ')} on ${surface(main)} and ${surface(extra[0] as Concept)}. ${words.slice(0, 8).join(' ')}.`,
      provider: {
        name: `Provider ${i % 500}`,
        type: pick(['university', 'professional-body', 'education-company', 'unknown'] as const),
      },
      skills: [main, ...extra].map(surface),
      learningOutcomes: [
        `Apply ${surface(main)} in practice`,
        `Explain ${surface(extra[1] as Concept)}`,
      ],
      audience: {
        professions: [pick(PROFESSIONS), pick(PROFESSIONS)],
        level: pick(['foundation', 'intermediate', 'advanced'] as const),
      },
      format: pick(FORMATS),
      durationHours: Math.round(next() * 400) / 10,
      cost: {
        amount: next() < 0.3 ? 0 : Math.round(next() * 800),
        currency: pick(['GBP', 'USD', 'EUR', 'AUD']),
      },
      assessment: { type: pick(['none', 'quiz', 'exam', 'practical'] as const) },
      language: 'en',
      lastReviewed: `20${10 + Math.floor(next() * 16)}-0${1 + Math.floor(next() * 9)}-15`,
      ...(next() < 0.6
        ? { accreditations: [{ body, credits: Math.ceil(next() * 10), unit: 'credits' as const }] }
        : {}),
    } as Course);
  }
  return out;
}

/**
 * A catalogue as an application holds it after reading a file (`JSON.parse`), which is how
 * catalogues of this size arrive. Strings built with template literals are V8 cons-strings
 * (ropes) shared between offerings; the first reader of each must flatten it, which would bill
 * the first timed run for an artefact of the generator. Parsed text is flat and unshared.
 */
export function asLoaded(courses: readonly Course[]): Course[] {
  return JSON.parse(JSON.stringify(courses)) as Course[];
}
