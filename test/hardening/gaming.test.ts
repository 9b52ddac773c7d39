/**
 * Gaming resistance: keyword stuffing does not beat an honest, well-matched course; fields that
 * say nothing never raise credibility; look-alike names and domains are flagged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Course,
  createRecommender,
  evaluateCredibility,
  parseCourse,
  suggestLookalikes,
  validateCourses,
} from '../../src/index.js';
import { ASOF, params, sampleCourses, validCourses } from './support.js';

const honest = () => sampleCourses().find((c) => c.id === 'ucd-deteriorating-patient-sepsis')!;
// Irish, like the honest course: blended courses outside the clinician's country do not fit.
const nurse = {
  profession: 'nurse',
  country: 'IE',
  gaps: [{ skill: 'sepsis recognition', priority: 'high' }],
};

const stuffed = (id: string, extra: Partial<Record<string, unknown>> = {}): Course =>
  parseCourse({
    id,
    title: 'Sepsis Sepsis Sepsis: sepsis sepsis',
    description: Array.from({ length: 500 }, () => 'sepsis').join(' '),
    skills: Array.from({ length: 50 }, () => 'sepsis'),
    learningOutcomes: Array.from({ length: 50 }, () => 'sepsis sepsis recognition sepsis'),
    provider: { name: 'Quick CPD Online', type: 'education-company' },
    format: 'self-paced-online',
    durationHours: 1,
    cost: { amount: 0, currency: 'GBP' },
    ...extra,
  });

describe('keyword stuffing', () => {
  it('"sepsis" ×500 does not outrank an honest, well-matched course', () => {
    const courses = [...sampleCourses(), stuffed('stuffer')];
    const r = createRecommender(courses, { asOf: ASOF });
    const ranked = r.recommend(nurse, { limit: 20 }).recommendations;
    const honestRank = ranked.find((x) => x.id === honest().id)?.rank;
    const stufferRank = ranked.find((x) => x.id === 'stuffer')?.rank ?? Number.POSITIVE_INFINITY;
    expect(honestRank).toBeDefined();
    expect(honestRank!).toBeLessThan(stufferRank);
  });

  it('repeating the keyword gains at most a bounded, saturating sliver of relevance', () => {
    // Strictly no gain from exact duplicates is covered by gaming-fixed.test.ts; today a
    // repeated skill adds < 0.01 relevance and nothing more from ×5 to ×500.
    const once = parseCourse({
      id: 'once',
      title: 'Sepsis',
      description: 'Sepsis recognition for nurses.',
      skills: ['sepsis'],
      provider: { name: 'Quick CPD Online', type: 'education-company' },
      format: 'self-paced-online',
      durationHours: 1,
      cost: { amount: 0, currency: 'GBP' },
    });
    const gains: number[] = [];
    for (const times of [5, 50, 500]) {
      const many = parseCourse({
        ...once,
        id: 'many',
        description: `${'Sepsis recognition for nurses. '.repeat(times)}`,
        skills: Array.from({ length: Math.min(times, 100) }, () => 'sepsis'),
      });
      const r = createRecommender([once, many], { asOf: ASOF });
      const a = r.explain(nurse, 'once')!;
      const b = r.explain(nurse, 'many')!;
      gains.push(b.relevance - a.relevance);
      expect(b.relevance - a.relevance, `×${times}`).toBeLessThanOrEqual(0.01);
    }
    expect(Math.max(...gains) - Math.min(...gains)).toBeLessThanOrEqual(0.001);
  });

  it('stuffing the gap into an unrelated course does not beat the honest course either', () => {
    const ecg = sampleCourses().find((c) => /ecg/i.test(c.title))!;
    const gamed = parseCourse({
      ...ecg,
      id: 'gamed-ecg',
      description: `${ecg.description ?? ''} ${'sepsis '.repeat(500)}`,
    });
    const r = createRecommender([...sampleCourses(), gamed], { asOf: ASOF });
    const ranked = r.recommend(nurse, { limit: 30 }).recommendations;
    const honestRank = ranked.find((x) => x.id === honest().id)!.rank;
    const gamedRank = ranked.find((x) => x.id === 'gamed-ecg')?.rank ?? Number.POSITIVE_INFINITY;
    expect(honestRank).toBeLessThan(gamedRank);
  });
});

describe('fields that say nothing never raise credibility', () => {
  const score = (c: Course) => evaluateCredibility(c, { asOf: ASOF }).score;
  const pool = () =>
    fc.oneof(
      fc.constantFrom(...sampleCourses()),
      validCourses(1, 1).map((l) => validateCourses(l).courses[0]!),
    );

  it('empty arrays', () => {
    fc.assert(
      fc.property(pool(), (course) => {
        // Empty lists only where the course has none: removing a real claim may rightly change the score.
        const padded = parseCourse({
          ...course,
          accreditations: course.accreditations ?? [],
          partners: course.partners ?? [],
          skills: course.skills ?? [],
          learningOutcomes: course.learningOutcomes ?? [],
          audience: { ...course.audience, professions: course.audience?.professions ?? [] },
        });
        expect(score(padded)).toBeLessThanOrEqual(score(course));
      }),
      params(60),
    );
  });

  it('"accredited" and similar claims in the title and a substantive description', () => {
    // Bare claims in qualityAssurance ("Fully accredited.") are covered by gaming-fixed.test.ts.
    const claim = fc.constantFrom(
      'Fully accredited.',
      'CPD certified. CME approved. Accredited by leading bodies.',
      'ACCME accredited',
      'Accreditation: world-class',
      'Approved by the RCN',
    );
    fc.assert(
      fc.property(pool(), claim, (course, text) => {
        const described = parseCourse({
          ...course,
          description: `${course.description ?? ''} A substantive description of the course.`,
        });
        const claimed = parseCourse({
          ...described,
          description: `${described.description} ${text}`,
          title: `${course.title} (${text})`,
        });
        expect(score(claimed)).toBeLessThanOrEqual(score(described));
      }),
      params(60),
    );
  });

  it('unknown accreditors', () => {
    const unknownBody = fc.constantFrom(
      'Global CPD Excellence Board',
      'International Accreditation Organization',
      'World Health Learning Council',
      'Board of Superior Education',
      'Zyx Accreditation Ltd',
    );
    fc.assert(
      fc.property(
        pool(),
        fc.array(unknownBody, { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 100 }),
        (course, bodies, credits) => {
          const more = parseCourse({
            ...course,
            accreditations: [
              ...(course.accreditations ?? []),
              ...bodies.map((body) => ({ body, credits, unit: 'hours' })),
            ],
          });
          expect(score(more)).toBeLessThanOrEqual(score(course));
        },
      ),
      params(60),
    );
  });
});

describe('look-alikes', () => {
  const ACCME = 'Accreditation Council for Continuing Medical Education';
  const RCN = 'Royal College of Nursing';
  const variants: readonly [string, string][] = [
    ['Cyrillic А', ACCME.replace('A', '\u0410')],
    ['Cyrillic о and е', ACCME.replace(/o/g, '\u043e').replace('e', '\u0435')],
    ['Greek ο', RCN.replace('o', '\u03bf')],
    ['swapped letters', 'Accerditation Council for Continuing Medical Education'],
    ['dropped letter', 'Accreditation Council for Continuing Medical Educaton'],
    ['substituted form word', 'American Nurses Credentialing Council'],
    ['rn for m', 'Royal College of Midwives'.replace('M', 'rn')],
    ['swapped letters (RCN)', 'Royal Colelge of Nursing'],
  ];
  const TARGETS = [
    ACCME,
    'American Nurses Credentialing Center',
    'Royal College of Nursing Centre for Professional Accreditation',
    'Royal College of Nursing',
    'Royal College of Midwives',
  ];

  it.each(variants)('suggestLookalikes flags %s', (_label, name) => {
    const found = suggestLookalikes(name);
    expect(found.length).toBeGreaterThan(0);
    expect(TARGETS).toContain(found[0]!.target.name);
  });

  it('calls confusable characters and substituted words strong evidence, misspellings weak', () => {
    expect(suggestLookalikes(ACCME.replace('A', '\u0410'))[0]).toMatchObject({
      strong: true,
      rule: 'confusable-characters',
    });
    expect(suggestLookalikes('American Nurses Credentialing Council')[0]).toMatchObject({
      strong: true,
      rule: 'substituted-form-word',
    });
    expect(
      suggestLookalikes('Accreditation Council for Continuing Medical Educaton')[0],
    ).toMatchObject({ strong: false, rule: 'misspelling' });
  });

  it('does not flag the real names, their variants, or other real bodies that add words', () => {
    for (const name of [
      ACCME,
      RCN,
      'Royal College of Physicians of London',
      'The Royal College of Physicians (London)',
      'Royal New Zealand College of General Practitioners',
      'International Accreditation Council for Continuing Medical Education Online',
      'Australian Physiotherapy Council',
    ]) {
      expect(suggestLookalikes(name), name).toEqual([]);
    }
  });

  it.each(
    variants.filter(([, n]) => n.includes('ccredi') || n.includes('Аccredi') || /Educ/.test(n)),
  )(
    'evaluateCredibility flags a look-alike accreditor (%s) and grants it nothing',
    (_label, body) => {
      const base = {
        id: 'x',
        title: 'Cardiology update',
        provider: { name: 'Heart Learning Ltd', type: 'education-company' },
      };
      const real = evaluateCredibility(
        parseCourse({ ...base, accreditations: [{ body: ACCME, credits: 2, unit: 'hours' }] }),
        { asOf: ASOF },
      );
      const fake = evaluateCredibility(
        parseCourse({ ...base, accreditations: [{ body, credits: 2, unit: 'hours' }] }),
        { asOf: ASOF },
      );
      const none = evaluateCredibility(parseCourse(base), { asOf: ASOF });
      expect(fake.flags.map((f) => f.code)).toContain('lookalike-accreditor');
      expect(fake.score).toBeLessThan(real.score);
      expect(fake.score).toBeLessThanOrEqual(none.score);
    },
  );

  it.each(variants.filter(([, n]) => /N\S*rs|Col/.test(n)))(
    'evaluateCredibility flags a look-alike provider (%s)',
    (_label, name) => {
      const report = evaluateCredibility(
        parseCourse({
          id: 'x',
          title: 'Wound care',
          provider: { name, type: 'professional-body' },
        }),
        { asOf: ASOF },
      );
      expect(report.flags.map((f) => f.code)).toContain('lookalike-provider');
    },
  );

  // Short labels (rcn.org.uk.evil.example) are covered by gaming-fixed.test.ts.
  it.each([
    'https://accme.org.evil.example/',
    'https://www.accme.example/',
    'https://accme-org.com/',
    'https://cochrane-training.example/',
  ])('evaluateCredibility flags a look-alike domain %s', (url) => {
    const report = evaluateCredibility(
      parseCourse({ id: 'x', title: 'Wound care', url, provider: { name: 'Learning Ltd', url } }),
      { asOf: ASOF },
    );
    expect(report.flags.map((f) => f.code)).toContain('lookalike-domain');
  });
});
