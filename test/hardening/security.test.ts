/**
 * Security: reserved keys never pollute prototypes in any format; regular expressions that see
 * user text run in linear-ish time on long adversarial strings; the example page renders user
 * text as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  createRecommender,
  createReference,
  detectJsonFormat,
  detectTextFormat,
  evaluateCatalog,
  foldText,
  normalizeName,
  normalizeText,
  parseCatalog,
  parseCourse,
  parseProfile,
  resolvePolicy,
  skeleton,
  suggestLookalikes,
  terms,
  tokenize,
  validateCourses,
} from '../../src/index.js';
import { resolveNaturalHeader } from '../../src/ingest/csv/headers.js';
import { splitRows } from '../../src/ingest/csv/split.js';
import { hostName, isoDay, num } from '../../src/ingest/loose-json.js';
import {
  parseYesNo,
  readCredits,
  readLevelNumber,
  readNumberCell,
  splitList,
} from '../../src/ingest/values/cells.js';
import { readDate } from '../../src/ingest/values/dates.js';
import { readDuration } from '../../src/ingest/values/duration.js';
import { readCurrency, readPrice } from '../../src/ingest/values/money.js';
import { parseLooseNumber } from '../../src/ingest/values/numbers.js';
import { readCountry, readLanguage } from '../../src/ingest/values/places.js';
import { lookupWord } from '../../src/ingest/vocabulary.js';
import {
  ASOF,
  capture,
  expectPrototypesClean,
  params,
  ROOT,
  readText,
  timed,
  tmpFile,
} from './support.js';

const POISON =
  '"__proto__":{"polluted":1,"isAdmin":true},"constructor":{"prototype":{"polluted":2}},"prototype":{"evil":3},';

/** Inserts reserved keys at the start of every object in a JSON text. */
const poisonEveryObject = (json: string): string => json.replace(/\{(?=\s*")/g, `{${POISON}`);

afterEach(() => expectPrototypesClean());

describe('prototype pollution', () => {
  it('native JSON: reserved keys at every level are dropped with warnings; every course kept', () => {
    const clean = readText('data/samples/catalogue.json');
    const before = parseCatalog(clean);
    const after = parseCatalog(poisonEveryObject(clean));
    expect(after.courses.map((c) => c.id)).toEqual(before.courses.map((c) => c.id));
    expect(JSON.stringify(after.courses)).toBe(JSON.stringify(before.courses));
    const reserved = after.issues.filter((i) => /reserved name/.test(i.message));
    expect(reserved.length).toBeGreaterThan(before.courses.length);
    expect(reserved.every((i) => i.severity === 'warning')).toBe(true);
    for (const course of after.courses)
      expect(Object.getPrototypeOf(course)).toBe(Object.prototype);
  });

  it('Open Badges and CTDL (JSON-LD): reserved keys anywhere never pollute and lose nothing', () => {
    for (const fixture of [
      'test/fixtures/ingest/ob3-nursing.json',
      'test/fixtures/ingest/ctdl-graph.json',
    ]) {
      const clean = readText(fixture);
      const before = parseCatalog(clean, { asOf: ASOF });
      const after = parseCatalog(poisonEveryObject(clean), { asOf: ASOF });
      expect(after.format).toBe(before.format);
      expect(after.courses.map((c) => c.id)).toEqual(before.courses.map((c) => c.id));
      // Decoded objects (JSON.parse keeps "__proto__" as an own key) are handled the same way.
      const decoded = parseCatalog(JSON.parse(poisonEveryObject(clean)) as object, { asOf: ASOF });
      expect(decoded.courses.map((c) => c.id)).toEqual(before.courses.map((c) => c.id));
    }
  });

  it('JSON-LD @context, @graph and @type holding reserved names', () => {
    const docs = [
      {
        '@context': { __proto__: 'x', constructor: 'y' },
        '@graph': [{ '@type': '__proto__', __proto__: { polluted: 1 } }],
      },
      JSON.parse(
        '{"@context":"https://credreg.net/ctdl/schema/context/json","@graph":[{"@type":"ceterms:Certificate","ceterms:name":{"__proto__":{"polluted":1},"en":"X"},"__proto__":{"polluted":1}}]}',
      ),
      JSON.parse(
        '{"@context":"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json","type":["OpenBadgeCredential"],"credentialSubject":{"achievement":{"__proto__":{"polluted":1},"name":"X","constructor":{"prototype":{"polluted":1}}}}}',
      ),
    ];
    for (const doc of docs) {
      try {
        parseCatalog(doc);
      } catch (error) {
        expect((error as Error).message).toMatch(/^credence: /);
      }
      detectJsonFormat(doc);
    }
  });

  it('CSV headers naming reserved keys are ignored with a warning', () => {
    const csv = [
      'id,title,provider.name,__proto__.polluted,constructor.prototype.polluted,provider.__PROTO__,Prototype,partners.0.__proto__,cost.constructor',
      'c1,ECG,RCN,1,2,3,4,5,6',
    ].join('\n');
    const result = parseCatalog(csv);
    expect(result.courses).toHaveLength(1);
    expect(result.issues.filter((i) => /reserved name/.test(i.message))).toHaveLength(6);
    expect(Object.keys(result.courses[0]!).sort()).toEqual(['id', 'provider', 'title']);
  });

  it('arbitrary reserved-key placement in any public input', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const nested = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constant({ polluted: 1 }),
        fc.dictionary(
          fc.oneof(key, fc.constantFrom('id', 'title', 'provider', 'name', 'gaps', 'weights')),
          tie('node'),
          { maxKeys: 3 },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(nested, (value) => {
        const text = JSON.stringify(value);
        const decoded = JSON.parse(text) as unknown;
        for (const f of [
          () =>
            validateCourses([
              decoded,
              { id: 'a', title: 'T', provider: { name: 'P', ...(decoded as object) } },
            ]),
          () => parseCourse(decoded),
          () => parseProfile(decoded),
          () => resolvePolicy(decoded),
          () => parseCatalog(text),
          () => parseCatalog(`[${text}]`),
          () => createReference({ accreditors: [decoded], concepts: [decoded] }),
        ]) {
          try {
            f();
          } catch (error) {
            expect((error as Error).message).toMatch(/^credence: /);
          }
        }
        expectPrototypesClean();
      }),
      params(150),
    );
  });

  it('CLI profile and policy files with reserved keys', () => {
    const profile = tmpFile(
      'poison-profile.json',
      poisonEveryObject(readText('data/samples/profiles/uk-nurse.json')),
    );
    const policy = tmpFile(
      'poison-policy.json',
      `{${POISON}"weights":{${POISON}"accreditation":0.3}}`,
    );
    for (const argv of [
      ['recommend', '--profile', profile],
      ['plan', '--profile', profile],
      ['evaluate', '--policy', policy],
    ]) {
      const o = capture();
      const code = runCli(argv, o);
      expect([0, 1, 2]).toContain(code);
      expect(o.err.join('\n')).not.toMatch(/unexpected error/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// ReDoS: long adversarial strings against every regular-expression path that sees user text
// ---------------------------------------------------------------------------------------------

const N = 50_000;
/** Patterns that make ambiguous quantifiers backtrack: long runs, separators, near-matches. */
const ADVERSARIAL: Readonly<Record<string, string>> = {
  letters: `${'a'.repeat(N)}!`,
  digits: `${'1'.repeat(N)}x`,
  spaces: `a${' '.repeat(N)}x`,
  tabsSpaces: `x${' \t'.repeat(N / 2)}y`,
  dotDigits: `${'1.'.repeat(N / 2)}x`,
  commaDigits: `${'1,'.repeat(N / 2)}x`,
  dashes: `${'1-'.repeat(N / 2)}`,
  toRange: `${'1 to '.repeat(N / 5)}x`,
  domainish: `${'a.'.repeat(N / 2)}!`,
  dateish: `2020-01-01T${'1'.repeat(N)}x`,
  parens: '('.repeat(N),
  wrappers: 'accredited by '.repeat(N / 14),
  upper: 'AB '.repeat(N / 3),
  emoji: '😀'.repeat(N / 2),
  combining: 'e\u0301'.repeat(N / 2),
  rtl: '\u202e\u0627'.repeat(N / 2),
  numbers: '1e'.repeat(N / 2),
};

/** Each adversarial string through `fn` in under `ms` (linear work on 50 k chars is ~ms). */
function expectFast(label: string, fn: (s: string) => unknown, ms = 1_000): void {
  for (const [name, s] of Object.entries(ADVERSARIAL)) {
    timed(
      `${label} on ${name}`,
      () => {
        try {
          fn(s);
        } catch (error) {
          expect((error as Error).message, `${label} on ${name}`).toMatch(/^credence: /);
        }
      },
      ms,
    );
  }
}

const base = { id: 'c1', title: 'T', provider: { name: 'P' } };

describe('regular expressions on long adversarial text (ReDoS)', () => {
  it('text helpers: normalizeText, foldText, normalizeName, skeleton, tokenize, terms', () => {
    for (const f of [normalizeText, foldText, normalizeName, skeleton, tokenize, terms])
      expectFast(f.name, f);
  });

  it('model primitives: dates, web addresses, numbers, enums, codes, language tags', () => {
    for (const field of [
      'url',
      'lastReviewed',
      'durationHours',
      'eqfLevel',
      'language',
      'format',
      'outcomesLevel',
      'title',
      'description',
    ]) {
      expectFast(`course.${field}`, (s) => validateCourses([{ ...base, [field]: s }]));
    }
    expectFast('provider fields', (s) =>
      validateCourses([{ ...base, provider: { name: 'P', url: s, country: s, type: s } }]),
    );
    expectFast('cost', (s) => validateCourses([{ ...base, cost: { amount: s, currency: s } }]));
    expectFast('assessment', (s) =>
      validateCourses([{ ...base, assessment: { type: s, supervised: s } }]),
    );
    expectFast('accreditation validUntil/credits', (s) =>
      validateCourses([
        { ...base, accreditations: [{ body: 'X', validUntil: s, credits: s, unit: s }] },
      ]),
    );
    expectFast('profile', (s) => {
      try {
        parseProfile({
          profession: s,
          country: s,
          language: s,
          gaps: [{ skill: 'x', priority: s }],
          budget: { amount: s, currency: s },
        });
      } catch {
        // a validation error is the expected answer
      }
    });
  });

  it('CSV quirks: numbers, money, ranges, units, yes/no, lists, headers', () => {
    expectFast('readPrice', (s) => readPrice(s));
    expectFast('readPrice(US)', (s) => readPrice(`$${s}`, 'US'));
    expectFast('readCurrency', readCurrency);
    expectFast('readDuration', (s) => readDuration(s));
    expectFast('readDuration(days)', (s) => readDuration(`6 weeks, ${s} hrs/week`, 'days'));
    expectFast('readDate', (s) => readDate(s));
    expectFast('readCountry', readCountry);
    expectFast('readLanguage', readLanguage);
    expectFast('readCredits', readCredits);
    expectFast('readNumberCell', readNumberCell);
    expectFast('readLevelNumber', readLevelNumber);
    expectFast('parseYesNo', parseYesNo);
    expectFast('splitList', (s) => splitList(s, true));
    expectFast('lookupWord', (s) => lookupWord('format', s));
    expectFast('resolveNaturalHeader', resolveNaturalHeader);
    expectFast('parseLooseNumber', (s) => parseLooseNumber(s, { money: true }));
    expectFast('splitRows', (s) => splitRows(`a,b\n${s}\n"${s}\nc,d`, ','));
    expectFast('JSON loose values', (s) =>
      parseCatalog([
        {
          title: 'T',
          provider: { name: 'P', country: s, type: s },
          cost: { amount: s, currency: s },
          durationHours: s,
          format: s,
          language: s,
          lastReviewed: s,
          skills: s,
          accreditations: [{ body: 'X', credits: s, unit: s, validUntil: s }],
        },
      ]),
    );
    expectFast(
      'CSV cells',
      (s) =>
        parseCatalog(
          `id,title,provider.name,cost.amount,durationHours,skills,assessment.supervised,accreditations.0.credits\nc1,T,P,"${s}","${s}","${s}","${s}","${s}"`,
        ),
      2_000,
    );
    expectFast('CSV header', (s) => parseCatalog(`id,title,provider.name,"${s}"\nc1,T,P,x`));
    expectFast('CSV detection', detectTextFormat);
  });

  it('adapter helpers: isoDay, num, hostName', () => {
    for (const f of [isoDay, num, hostName]) expectFast(f.name, f);
  });

  it('credibility over long text in titles, providers, partners and outcomes', () => {
    const evaluate = (record: object) => {
      const { courses } = validateCourses([record]);
      evaluateCatalog(courses, { asOf: ASOF });
    };
    expectFast('title', (s) => evaluate({ ...base, title: s, description: s }));
    expectFast('provider', (s) => evaluate({ ...base, provider: { name: s } }));
    expectFast('partner', (s) =>
      evaluate({ ...base, partners: [{ name: s, type: 'university' }] }),
    );
    expectFast('academic credit', (s) =>
      evaluate({ ...base, academicCredit: { value: 1, unit: 'ects', awardedBy: s } }),
    );
    expectFast('outcomes', (s) =>
      evaluate({ ...base, qualityAssurance: s, learningOutcomes: [s] }),
    );
    // Accreditation bodies: see redos-claims.test.ts.
    expectFast('accreditation body (letters only)', (s) =>
      evaluate({ ...base, accreditations: [{ body: s.replace(/\s/g, 'a') }] }),
    );
  });

  it('look-alike search over long names', () => {
    expectFast('suggestLookalikes', (s) => suggestLookalikes(s));
  });

  it('recommending over long course text (description, outcomes)', () => {
    expectFast(
      'recommend',
      (s) => {
        const { courses } = validateCourses([
          { ...base, title: s.slice(0, 200), description: s, learningOutcomes: [s] },
        ]);
        createRecommender(courses, { asOf: ASOF }).recommend({
          profession: 'nurse',
          gaps: ['sepsis'],
        });
      },
      2_000,
    );
  });
});

describe('output for web pages', () => {
  it('the example comparison page renders catalogue text with textContent, never as HTML', () => {
    const source = readFileSync(join(ROOT, 'docs/examples/compare/main.ts'), 'utf8');
    expect(source).not.toMatch(
      /\.innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/,
    );
    expect(source).toMatch(/textContent/);
  });

  it('JSON output keeps hostile titles as data (escaped by JSON.stringify)', () => {
    const path = tmpFile(
      'xss.json',
      JSON.stringify([
        {
          id: '<img src=x onerror=alert(1)>',
          title: '<b>T</b>\u2028',
          provider: { name: '</script>' },
        },
      ]),
    );
    const o = capture();
    expect(runCli(['evaluate', path, '--json'], o)).toBe(0);
    const parsed = JSON.parse(o.out.join('\n')) as unknown;
    expect(JSON.stringify(parsed)).toContain('<img src=x onerror=alert(1)>');
  });
});
