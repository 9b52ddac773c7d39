/**
 * Every public function, fed arbitrary and hostile input: it returns a result or throws a typed
 * CredenceError with a readable message, within a bounded time, and loses no valid record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  americanize,
  compareCourses,
  createRecommender,
  createReference,
  createTaxonomyIndex,
  decodeInput,
  defaultReference,
  detectJsonFormat,
  detectTextFormat,
  editSimilarity,
  evaluateCatalog,
  evaluateCredibility,
  foldText,
  jaroWinkler,
  jsonSchemaFor,
  LIMITS,
  loadReferenceData,
  normalizeName,
  normalizeText,
  parseCatalog,
  parseCourse,
  parsePolicyInput,
  parseProfile,
  resolveClaims,
  resolvePhrase,
  resolvePolicy,
  SCHEMA_NAMES,
  sanitizeJson,
  skeleton,
  stemToken,
  suggestLookalikes,
  terms,
  tokenize,
  validateCourses,
} from '../../src/index.js';
import { shapeOf } from '../../src/model/schema-shape.js';
import {
  ASOF,
  anyJsonText,
  anyValue,
  EDGE_NUMBERS,
  edgeNumber,
  nastyString,
  params,
  readText,
  sampleCourses,
  timed,
  typedOrValue,
  validCourseInput,
  validCourses,
} from './support.js';

/** Every number anywhere in a result is finite (no NaN/Infinity leaks into reports). */
function expectFiniteNumbers(value: unknown, path = '$'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) expectFiniteNumbers(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) expectFiniteNumbers(v, `${path}.${k}`);
}

const taxonomy = createTaxonomyIndex(defaultReference().data.concepts);

describe('parseCatalog', () => {
  it('answers any string with courses + issues or a CredenceError', () => {
    fc.assert(
      fc.property(
        fc.oneof(nastyString, anyJsonText, fc.string({ unit: 'binary', maxLength: 300 })),
        (text) => {
          const result = typedOrValue('parseCatalog(string)', () => parseCatalog(text));
          if (result)
            for (const issue of result.issues) expect(issue.message).toMatch(/^record \d+/);
        },
      ),
      params(300),
    );
  });

  it('answers arbitrary bytes (binary, invalid UTF-8, BOMs) the same way', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, bom) => {
        const input = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
        typedOrValue('parseCatalog(bytes)', () => parseCatalog(input));
        typedOrValue('parseCatalog(ArrayBuffer)', () => parseCatalog(input.slice().buffer));
      }),
      params(200),
    );
  });

  it('answers arbitrary decoded values in every format', () => {
    fc.assert(
      fc.property(
        anyValue,
        fc.constantFrom('auto', 'json', 'csv', 'openbadges', 'ctdl') as fc.Arbitrary<'auto'>,
        (value, format) => {
          typedOrValue('parseCatalog(value)', () => parseCatalog(value as object, { format }));
          typedOrValue('parseCatalog(JSON text)', () =>
            parseCatalog(JSON.stringify(value) ?? 'null', { format }),
          );
        },
      ),
      params(300),
    );
  });

  it('keeps every valid record when valid records are mixed with junk (JSON)', () => {
    fc.assert(
      fc.property(
        validCourses(0, 6),
        fc.array(anyValue, { maxLength: 6 }),
        fc.nat(),
        (valid, junk, salt) => {
          // Junk never carries the id of a valid record, so duplicate-id rejection cannot hide one.
          const noisy = junk.map((j) =>
            j !== null && typeof j === 'object' && !Array.isArray(j)
              ? { ...j, id: `junk-${salt}` }
              : j,
          );
          const mixed: unknown[] = [];
          for (const [i, v] of valid.entries()) mixed.push(noisy[i] ?? null, v);
          const text = JSON.stringify(mixed);
          const result = typedOrValue('parseCatalog(mixed)', () => parseCatalog(text));
          expect(result).toBeDefined();
          const ids = new Set(result!.courses.map((c) => c.id));
          for (const v of valid) expect(ids, `valid record ${v.id} lost`).toContain(v.id);
          // Every record is accounted for, and each rejected one has an error naming it.
          const { stats } = result!;
          expect(stats.accepted + stats.rejected + stats.skipped).toBe(mixed.length);
          expect(stats.accepted).toBe(result!.courses.length);
          const withErrors = new Set(
            result!.issues.filter((i) => i.severity === 'error').map((i) => i.index),
          );
          expect(withErrors.size).toBe(stats.rejected);
        },
      ),
      params(150),
    );
  });

  it('keeps every valid CSV row when mixed with broken rows', () => {
    const header = 'id,title,provider.name,cost.amount,cost.currency,durationHours,skills';
    // NUL makes the whole input binary (a CredenceInputError by design), so cells never hold it.
    const cell = fc
      .oneof(
        nastyString,
        fc.constantFrom('£1,250.00', '4–6 hours', 'free', 'N/A', '"a,b"', '1e308', 'NaN'),
      )
      .map((s) => s.replace(/\u0000/g, ''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell, cell), { maxLength: 8 }),
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 5 }),
        (good, junk) => {
          const esc = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const lines = [header];
          good.forEach(([t, a, h, s], i) => {
            lines.push(
              [
                `good${i}`,
                esc(`T ${t}`),
                esc(`P ${a}`),
                '10',
                'GBP',
                esc(h.trim() === '' ? '1' : '1'),
                esc(s),
              ].join(','),
            );
            const j = junk[i];
            if (j) lines.push(j.map(esc).join(','));
          });
          const result = typedOrValue('parseCatalog(csv)', () =>
            parseCatalog(lines.join('\n'), { format: 'csv' }),
          );
          expect(result).toBeDefined();
          const ids = new Set(result!.courses.map((c) => c.id));
          for (const i of good.keys()) expect(ids, `good${i} lost`).toContain(`good${i}`);
        },
      ),
      params(150),
    );
  });

  it('takes the delimiter from the header, not from cell text (found by npm run fuzz)', () => {
    const csv = [
      'id,title,provider.name,cost.amount,cost.currency,durationHours,skills',
      'good0,"T ""; DROP TABLE courses; --","P 4–6 hours",10,GBP,1,"a"',
      '"x","../../../../etc/passwd",""',
      'good1,"T ""a;b""; c; d","P",10,GBP,1,"a;b;c"',
      'good2,"T; ; ; ;","P | | |",10,GBP,1,"x|y"',
    ].join('\n');
    const result = parseCatalog(csv);
    expect(result.courses.map((c) => c.id)).toEqual(['good0', 'good1', 'good2']);
    expect(parseCatalog('id;title;provider.name\na;T, with, commas;P').courses[0]?.title).toBe(
      'T, with, commas',
    );
    expect(parseCatalog('id\ttitle\tprovider.name\na\tT;x\tP').courses[0]?.title).toBe('T;x');
  });

  it('survives the Open Badges and CTDL fixtures with random fields replaced by junk', () => {
    const fixtures = [
      'test/fixtures/ingest/ob3-nursing.json',
      'test/fixtures/ingest/ctdl-graph.json',
    ].map((p) => JSON.parse(readText(p)) as unknown);
    const mutate = (node: unknown, junk: unknown, pick: number): unknown => {
      let n = pick;
      const walk = (v: unknown): unknown => {
        if (n-- === 0) return junk;
        if (Array.isArray(v)) return v.map(walk);
        if (v !== null && typeof v === 'object') {
          const out: Record<string, unknown> = {};
          for (const [k, c] of Object.entries(v))
            Object.defineProperty(out, k, {
              value: walk(c),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          return out;
        }
        return v;
      };
      return walk(node);
    };
    fc.assert(
      fc.property(fc.constantFrom(0, 1), anyValue, fc.nat({ max: 400 }), (which, junk, pick) => {
        const doc = mutate(fixtures[which], junk, pick);
        typedOrValue('parseCatalog(mutated fixture)', () => parseCatalog(doc as object));
        typedOrValue('parseCatalog(mutated fixture text)', () =>
          parseCatalog(JSON.stringify(doc), { asOf: ASOF }),
        );
      }),
      params(300),
    );
  });

  it('reads empty catalogues and catalogues of one', () => {
    expect(parseCatalog('[]').courses).toEqual([]);
    expect(parseCatalog('{"courses":[]}').courses).toEqual([]);
    expect(parseCatalog('[{"id":"a","title":"T","provider":{"name":"P"}}]').courses).toHaveLength(
      1,
    );
    expect(parseCatalog('{"id":"a","title":"T","provider":{"name":"P"}}').courses).toHaveLength(1);
    expect(parseCatalog('id,title,provider.name\n').courses).toEqual([]);
    expect(() => parseCatalog('')).toThrow(/empty/);
  });
});

describe('validateCourses / parseCourse', () => {
  it('never throws on any records and reports each rejected one by index', () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 10 }), (records) => {
        const result = typedOrValue('validateCourses', () => validateCourses(records))!;
        const errorIdx = new Set(
          result.issues.filter((i) => i.severity === 'error').map((i) => i.index),
        );
        expect(result.courses.length + errorIdx.size).toBe(records.length);
        for (const issue of result.issues) {
          expect(issue.message).toMatch(/^record \d+( \(id ".*"\))?: /s);
          expect(issue.message).not.toMatch(/\[object Object\]/);
        }
      }),
      params(300),
    );
  });

  it('skips exact repeats and keeps other records with a repeated id under a new id', () => {
    fc.assert(
      fc.property(validCourseInput, fc.integer({ min: 2, max: 5 }), (course, copies) => {
        const records = Array.from({ length: copies }, () => ({ ...course, id: 'dup' }));
        const result = validateCourses(records);
        expect(result.courses).toHaveLength(1);
        expect(result.stats.skipped).toBe(copies - 1);
        expect(
          result.issues.filter((i) => /repeats an earlier record exactly/.test(i.message)),
        ).toHaveLength(copies - 1);
        const differing = records.map((r, i) => ({ ...r, title: `${String(r.title)} ${i}` }));
        const kept = validateCourses(differing).courses.map((c) => c.id);
        expect(kept).toEqual([
          'dup',
          ...Array.from({ length: copies - 1 }, (_, i) => `dup-${i + 2}`),
        ]);
      }),
      params(50),
    );
  });

  it('parseCourse accepts or throws CredenceValidationError for any value, with mutated fields', () => {
    const base = { id: 'c1', title: 'T', provider: { name: 'P' } };
    // Every field the course schema declares, and one it does not.
    const field = fc.constantFrom(...(shapeOf('course').get('')?.keys ?? []), 'unknownExtra');
    fc.assert(
      fc.property(
        field,
        fc.oneof(
          anyValue,
          edgeNumber.map((n) => ({ amount: n, currency: 'GBP' })),
        ),
        fc.boolean(),
        (key, value, drop) => {
          const record: Record<string, unknown> = { ...base };
          if (drop) delete record[key];
          else record[key] = value;
          typedOrValue('parseCourse', () => parseCourse(record));
        },
      ),
      params(400),
    );
  });

  it('leaves out every non-finite, negative or oversize number with a field path, keeping the offering', () => {
    for (const n of EDGE_NUMBERS) {
      const result = validateCourses([
        {
          id: 'a',
          title: 'T',
          provider: { name: 'P' },
          durationHours: n,
          cost: { amount: n, currency: 'GBP' },
        },
      ]);
      expect(result.courses, `value ${n}`).toHaveLength(1);
      const course = result.courses[0]!;
      if (Number.isFinite(n) && n >= 0 && n <= LIMITS.maxAmount) {
        expect(course.durationHours, `value ${n}`).toBe(n);
        expect(result.issues).toEqual([]);
      } else {
        expect(course.durationHours, `value ${n}`).toBeUndefined();
        expect(course.cost, `value ${n}`).toBeUndefined();
        expect(result.issues.map((i) => [i.path, i.severity])).toEqual([
          ['durationHours', 'warning'],
          ['cost.amount', 'warning'],
        ]);
      }
    }
  });
});

describe('parseProfile / parsePolicyInput / resolvePolicy', () => {
  const gap = fc.oneof(
    nastyString,
    fc.record({
      skill: nastyString,
      priority: fc.oneof(nastyString, fc.constantFrom('high', 'LOW')),
    }),
    anyValue,
  );
  it('parseProfile answers any profile-shaped value', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            profession: fc.oneof(nastyString, anyValue),
            gaps: fc.oneof(fc.array(gap, { maxLength: 6 }), anyValue),
            country: nastyString,
            budget: anyValue,
            hoursAvailable: edgeNumber,
            formats: anyValue,
            requiredCredit: anyValue,
            extra: anyValue,
          },
          { requiredKeys: [] },
        ),
        (profile) => {
          typedOrValue('parseProfile', () => parseProfile(profile));
        },
      ),
      params(300),
    );
  });

  it('accepts profiles with 0 and 200 gaps, and rejects 500 with a clear error', () => {
    expect(parseProfile({ profession: 'nurse', gaps: [] }).gaps).toEqual([]);
    expect(
      parseProfile({ profession: 'nurse', gaps: Array.from({ length: 200 }, (_, i) => `gap ${i}`) })
        .gaps,
    ).toHaveLength(200);
    expect(() =>
      parseProfile({
        profession: 'nurse',
        gaps: Array.from({ length: 500 }, (_, i) => `gap ${i}`),
      }),
    ).toThrow(/at most 200/);
  });

  it('parsePolicyInput and resolvePolicy answer any value', () => {
    const policyLike = fc.record(
      {
        weights: fc.dictionary(
          fc.constantFrom('provider', 'accreditation', 'university', 'nope'),
          edgeNumber,
        ),
        gradeBands: anyValue,
        criticalGradeCap: nastyString,
        thresholds: fc.dictionary(
          fc.constantFrom('freshYears', 'staleYears', 'minConfidence'),
          edgeNumber,
        ),
        ranking: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyValue, policyLike), (input) => {
        typedOrValue('parsePolicyInput', () => parsePolicyInput(input));
        const resolved = typedOrValue('resolvePolicy', () => resolvePolicy(input));
        if (resolved) {
          const sum = Object.values(resolved.policy.weights).reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
          for (const w of Object.values(resolved.policy.weights))
            expect(Number.isFinite(w)).toBe(true);
        }
      }),
      params(300),
    );
  });
});

describe('evaluateCredibility / evaluateCatalog / resolveClaims', () => {
  it('scores any valid course within bounds and explains it', () => {
    fc.assert(
      fc.property(validCourses(1, 4), (inputs) => {
        const { courses } = validateCourses(inputs);
        expect(courses).toHaveLength(inputs.length);
        const reports = typedOrValue('evaluateCatalog', () =>
          evaluateCatalog(courses, { asOf: ASOF }),
        )!;
        for (const report of reports) {
          expect(report.score).toBeGreaterThanOrEqual(0);
          expect(report.score).toBeLessThanOrEqual(100);
          expect(Number.isFinite(report.confidence)).toBe(true);
          expect(report.factors.length).toBeGreaterThan(0);
          expectFiniteNumbers(report);
          expect(JSON.stringify(report)).not.toMatch(/\[object Object\]/);
        }
        typedOrValue('resolveClaims', () => resolveClaims(courses[0]!, { asOf: ASOF }));
      }),
      params(150),
    );
  });

  it('rejects a bad asOf with a CredenceError', () => {
    const course = sampleCourses()[0]!;
    fc.assert(
      fc.property(
        fc.oneof(
          nastyString,
          fc.constantFrom('2026-02-30', '26-11-28', '2026-11-28T00:00:00Z', '99999-01-01'),
        ),
        (asOf) => {
          typedOrValue('evaluateCredibility(asOf)', () => evaluateCredibility(course, { asOf }));
        },
      ),
      params(100),
    );
  });

  it('evaluates claims and names made of accreditation words, and of blanks, without stalling', () => {
    // Found by sweeps: a 600-character claim of repeated accreditation words took 1 to 9 s in
    // the standard statements' patterns (adjacent placeholders nested their word runs), and a
    // claim body of blanks threw a TypeError.
    const units = [
      'of Council \u2013Accredited  ;',
      'Royal College of Nursing accredited ',
      '&amp;#39;',
      'has been accredited by the ',
    ];
    // Distinct texts (a batch resolves a claim text once), each a claim's full 600 characters.
    const hostile = units.flatMap((unit) =>
      Array.from({ length: 12 }, (_, i) => `${i} ${unit.repeat(40)}`),
    );
    const courses = hostile.map((text, i) => ({
      id: `hostile-${i}`,
      title: text.slice(0, 300),
      description: text,
      provider: { name: text.slice(0, 200), type: 'unknown' as const },
      accreditations: [{ body: text.slice(0, 600) }, { body: '  ' }, { body: '\u2122' }],
    }));
    const reports = timed('evaluateCatalog(hostile claims)', () =>
      evaluateCatalog(courses as never, { asOf: ASOF }),
    );
    expect(reports).toHaveLength(courses.length);
  });

  it('evaluates an empty catalogue to no reports', () => {
    expect(evaluateCatalog([], { asOf: ASOF })).toEqual([]);
  });
});

describe('createRecommender: recommend / plan / whyNot / explain', () => {
  const recommender = createRecommender(sampleCourses(), { asOf: ASOF });
  const validProfile = fc.record(
    {
      profession: fc.constantFrom('nurse', 'physician', 'pharmacist', 'Nurse', 'alien'),
      // ZZ ("unknown region") and amounts over LIMITS.maxAmount are refused by parseProfile.
      country: fc.constantFrom('GB', 'US', 'uk'),
      gaps: fc.array(
        fc.oneof(
          nastyString.filter((s) => s.trim() !== '').map((s) => s.slice(0, 120)),
          fc.constantFrom('sepsis recogntion', 'NIV', 'EKG', 'tissue viabilty'),
        ),
        { maxLength: 6 },
      ),
      budget: fc.record({
        amount: fc.double({ min: 0, max: 1e9, noNaN: true }),
        currency: fc.constantFrom('GBP', 'USD'),
      }),
      hoursAvailable: fc.double({ min: 0, max: 1e9, noNaN: true }),
    },
    { requiredKeys: ['profession', 'gaps'] },
  );

  it('recommends, plans and explains for any valid profile, including hostile gap text', () => {
    fc.assert(
      fc.property(
        validProfile,
        fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.nat(20)),
        (input, limit) => {
          const profile = parseProfile(input);
          const result = typedOrValue('recommend', () =>
            recommender.recommend(profile, { limit }),
          )!;
          expect(result.recommendations.length).toBeLessThanOrEqual(
            Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 1000,
          );
          for (const r of result.recommendations) expect(Number.isFinite(r.score)).toBe(true);
          typedOrValue('plan', () => recommender.plan(profile));
          typedOrValue('whyNot', () => recommender.whyNot(profile, sampleCourses()[0]!.id));
          typedOrValue('whyNot(unknown id)', () => recommender.whyNot(profile, '__proto__'));
          typedOrValue('explain', () => recommender.explain(profile, 'constructor'));
        },
      ),
      params(40),
    );
  });

  it('handles empty catalogues, catalogues of one, and profiles with 0 or 200 gaps', () => {
    for (const courses of [[], sampleCourses().slice(0, 1)]) {
      const r = createRecommender(courses, { asOf: ASOF });
      expect(r.recommend({ profession: 'nurse', gaps: [] }).recommendations).toEqual(
        courses.length === 0 ? [] : expect.any(Array),
      );
      const many = {
        profession: 'nurse',
        gaps: Array.from({ length: 200 }, (_, i) => (i % 2 ? `sepsis ${i}` : `gap ${i}`)),
      };
      const out = typedOrValue('recommend(200 gaps)', () => r.recommend(many), 10_000)!;
      expect(out.uncoveredGaps.length).toBeLessThanOrEqual(200);
      typedOrValue('plan(200 gaps)', () => r.plan(many), 10_000);
    }
  });
});

describe('compareCourses', () => {
  it('compares any valid courses, with or without a profile', () => {
    fc.assert(
      fc.property(validCourses(0, 3), fc.boolean(), (inputs, withProfile) => {
        const { courses } = validateCourses(inputs);
        const rows = typedOrValue('compareCourses', () =>
          compareCourses(courses, {
            asOf: ASOF,
            ...(withProfile ? { profile: { profession: 'nurse', gaps: ['sepsis'] } } : {}),
          }),
        )!;
        expect(rows.map((r) => r.id)).toEqual(courses.map((c) => c.id));
      }),
      params(60),
    );
  });
});

describe('reference data: createReference / loadReferenceData / suggestLookalikes / resolvePhrase', () => {
  it('reports invalid reference entries and never throws', () => {
    const lists = [
      'accreditors',
      'unrecognised',
      'indicators',
      'providers',
      'domainRules',
      'platforms',
      'universities',
      'regulators',
      'concepts',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...lists),
        fc.array(anyValue, { maxLength: 4 }),
        fc.boolean(),
        (list, entries, replace) => {
          const loaded = typedOrValue('loadReferenceData', () =>
            loadReferenceData({ [list]: entries }, { replaceDefaults: replace }),
          )!;
          for (const issue of loaded.issues)
            expect(issue.message).toMatch(new RegExp(`^${list} entry \\d+`));
          typedOrValue(
            'createReference',
            () => createReference({ [list]: entries }, { replaceDefaults: replace }),
            5_000,
          );
        },
      ),
      params(80),
    );
  });

  it('suggestLookalikes and resolvePhrase answer any text', () => {
    fc.assert(
      fc.property(nastyString, (name) => {
        const found = typedOrValue('suggestLookalikes', () => suggestLookalikes(name))!;
        for (const l of found) {
          expect(l.evidence.length).toBeGreaterThan(0);
          expect(typeof l.target.id).toBe('string');
          expect(typeof l.strong).toBe('boolean');
        }
        typedOrValue('resolvePhrase', () =>
          resolvePhrase(taxonomy, name, { context: name, limit: 3 }),
        );
      }),
      params(300),
    );
  });
});

describe('text helpers and small utilities', () => {
  it('are total, pure and bounded on any string', () => {
    fc.assert(
      fc.property(nastyString, nastyString, (a, b) => {
        for (const f of [
          normalizeText,
          normalizeName,
          foldText,
          skeleton,
          americanize,
          stemToken,
        ]) {
          const out = f(a);
          expect(typeof out).toBe('string');
          expect(f(a)).toBe(out);
        }
        expect(normalizeText(normalizeText(a))).toBe(normalizeText(a));
        expect(Array.isArray(tokenize(a)) && Array.isArray(terms(a))).toBe(true);
        const jw = jaroWinkler(a, b);
        const ed = editSimilarity(a, b);
        for (const v of [jw, ed]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(typeof defaultReference().skeletons.hasLookalikeCharacters(a)).toBe('boolean');
        expect(defaultReference().webAddress(a)?.host ?? '').toBeTypeOf('string');
        const s = sanitizeJson({ [a]: b });
        expect(
          s.problems.length === 0 || a === '__proto__' || a === 'constructor' || a === 'prototype',
        ).toBe(true);
        expect(['json-like', 'csv', undefined]).toContain(detectTextFormat(a));
        typedOrValue('decodeInput', () => decodeInput(a));
      }),
      params(400),
    );
  });

  it('detectJsonFormat and jsonSchemaFor answer any value', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        expect(['json', 'openbadges', 'ctdl']).toContain(detectJsonFormat(v));
      }),
      params(300),
    );
    for (const name of SCHEMA_NAMES)
      expect(JSON.stringify(jsonSchemaFor(name)).length).toBeGreaterThan(100);
  });
});
