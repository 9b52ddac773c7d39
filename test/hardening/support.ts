/**
 * Shared pieces of the hardening suite: fixed seeds, bounded run counts (raised by `npm run fuzz`
 * through FUZZ_RUNS), hostile arbitraries, a time bound per case and a CLI output capture.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import { type Course, parseCatalog } from '../../src/index.js';
import { CredenceError } from '../../src/model/errors.js';

export { capture } from '../cli/capture.js';

/** Seed for every property; FUZZ_SEED overrides it (a failing long run prints its seed). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
/** Multiplier of every run count; `npm run fuzz` sets FUZZ_RUNS=50. */
const SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));
/** Whether this is a long fuzz run (no fixed seed then unless FUZZ_SEED is given). */
export const LONG_RUN = SCALE > 1;

/** fast-check parameters: a fixed seed and a bounded number of runs (× FUZZ_RUNS). */
export function params(numRuns: number): fc.Parameters<unknown> {
  const seed = LONG_RUN && process.env.FUZZ_SEED === undefined ? Date.now() : SEED;
  return { seed, numRuns: numRuns * SCALE, endOnFailure: true };
}

/**
 * Longest time one generated case may take (ms). Generous on purpose: the cases are small, so a
 * hang or a super-linear path takes minutes, while a loaded machine (CI beside other jobs) can
 * slow a healthy case several-fold; speed itself is measured by `npm run bench`, not here.
 */
export const CASE_MS = Number(process.env.FUZZ_CASE_MS ?? 10_000);

/**
 * Runs `fn`, asserting it finished within `ms`. A run over the limit is repeated once and the
 * repeat is judged: a cold JIT, a collection or a busy machine can slow one run, while a
 * super-linear path is slow every time (and a hang meets the test timeout either way).
 */
export function timed<T>(label: string, fn: () => T, ms = CASE_MS): T {
  let start = performance.now();
  let result = fn();
  let took = performance.now() - start;
  if (took >= ms) {
    start = performance.now();
    result = fn();
    took = performance.now() - start;
  }
  expect(took, `${label} took ${took.toFixed(0)} ms twice (limit ${ms} ms)`).toBeLessThan(ms);
  return result;
}

/**
 * Runs `fn` and returns its result, or `undefined` when it threw a typed CredenceError with a
 * readable message. Anything else (TypeError, ZodError, RangeError…) fails the test.
 */
export function typedOrValue<T>(label: string, fn: () => T, ms = CASE_MS): T | undefined {
  try {
    return timed(label, fn, ms);
  } catch (error) {
    if (!(error instanceof CredenceError)) {
      const name = error instanceof Error ? error.constructor.name : typeof error;
      throw new Error(
        `${label} threw ${name} instead of a CredenceError: ${String((error as Error)?.message ?? error).slice(0, 300)}`,
      );
    }
    expectReadable(error.message);
    return undefined;
  }
}

/** A message a person can read: prefixed, non-empty, no JS internals leaked. */
export function expectReadable(message: string): void {
  expect(message).toMatch(/^credence: \S/);
  expect(message).not.toMatch(/\[object Object\]|undefined is not|Cannot read prop|NaN%/);
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

/** Strings that break naive code: controls, bidi, combining marks, emoji, reserved names. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  '\u0007\u001b[31mred\u001b[0m',
  '\u202eevil\u202c',
  '\u200f\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  'e\u0301\u0301\u0301\u0301',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '👩🏽‍⚕️🩺💉',
  '\ud800',
  '\udfff\ud800',
  '\ufeff',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '1e309',
  '0x10',
  '١٢٣',
  '<script>alert(1)</script>',
  '"; DROP TABLE courses; --',
  '$(touch pwned)',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'true',
  '{}',
  '[]',
];

/** Numbers at the edges. */
export const EDGE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MIN_VALUE,
  Number.EPSILON,
  -1,
  0.5,
  2 ** 53 + 1,
];

export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

export const edgeNumber = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
);

/** Any JSON-like value, with edge numbers, nasty strings and reserved keys at any depth. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    edgeNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        nastyString,
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'title', 'provider', 'name'),
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/** JSON text of anything `anyValue` makes (undefined and non-finite numbers become null). */
export const anyJsonText = anyValue.map((v) => JSON.stringify(v) ?? 'null');

/** A valid course with hostile-but-valid text in its fields; `id` is made unique by the caller. */
export const validCourseInput = fc.record(
  {
    title: fc
      .oneof(fc.constantFrom('Sepsis recognition', 'ECG interpretation', 'Wound care'), nastyString)
      .map((s) => (s.trim() === '' ? 'Untitled' : s)),
    description: nastyString,
    provider: fc.record(
      {
        name: fc
          .oneof(fc.constantFrom('Royal College of Nursing', 'ACCME', 'Acme Training'), nastyString)
          .map((s) => (s.trim() === '' ? 'Provider' : s)),
        type: fc.constantFrom(
          'university',
          'professional-body',
          'education-company',
          'unknown',
          'University',
          'PROFESSIONAL_BODY',
        ),
        url: fc.constantFrom(
          'https://www.rcn.org.uk/',
          'rcn.org.uk',
          'https://xn--rcn-org.example/',
          'http://a.example/',
        ),
      },
      { requiredKeys: ['name'] },
    ),
    accreditations: fc.array(
      fc.record(
        {
          body: fc
            .oneof(
              fc.constantFrom(
                'ACCME',
                'RCN',
                'Accredited by the CPD Certification Service',
                'Unknown Board',
              ),
              nastyString,
            )
            .map((s) => (s.trim() === '' ? 'Board' : s)),
          credits: fc.double({ min: 0, max: 1e6, noNaN: true }),
          unit: fc.constantFrom('hours', 'credits', 'ceu', 'ects', 'HOURS'),
          validUntil: fc.constantFrom('2020-01-01', '2030-12-31', '2026-11-28T10:00:00Z'),
        },
        { requiredKeys: ['body'] },
      ),
      { maxLength: 3 },
    ),
    skills: fc.array(nastyString, { maxLength: 4 }),
    learningOutcomes: fc.array(nastyString, { maxLength: 3 }),
    durationHours: fc.oneof(
      fc.double({ min: 0, max: 1e308, noNaN: true }),
      fc.constantFrom('12.5', ' 3 '),
    ),
    cost: fc.record({
      amount: fc.double({ min: 0, max: 1e9, noNaN: true }),
      currency: fc.constantFrom('GBP', 'usd', 'EUR'),
    }),
    format: fc.constantFrom('self-paced-online', 'In Person', 'blended'),
    lastReviewed: fc.constantFrom('2010-01-01', '2026-01-01', '2030-01-01'),
    extra: anyValue,
  },
  { requiredKeys: ['title', 'provider'] },
);

/** `n` valid courses with distinct ids `v0…`. */
export const validCourses = (min: number, max: number) =>
  fc
    .array(validCourseInput, { minLength: min, maxLength: max })
    .map((list) => list.map((c, i) => ({ ...c, id: `v${i}` })));

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ASOF = '2026-11-28';
export const readText = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

let sample: readonly Course[] | undefined;
/** The bundled sample catalogue, parsed. */
export function sampleCourses(): readonly Course[] {
  sample ??= parseCatalog(readText('data/samples/catalogue.json')).courses;
  return sample;
}

/** A temporary folder for CLI files. */
export const TMP = mkdtempSync(join(tmpdir(), 'credence-hardening-'));
export function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

/** Whether Object.prototype (and Array.prototype) still hold nothing they should not. */
export function expectPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'id', 'title', 'name', 'evil']) {
    expect(probe[key], `Object.prototype.${key}`).toBeUndefined();
    expect(
      ([] as unknown as Record<string, unknown>)[key],
      `Array.prototype.${key}`,
    ).toBeUndefined();
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(typeof Object.prototype.toString).toBe('function');
  expect(typeof Object.prototype.hasOwnProperty).toBe('function');
}
