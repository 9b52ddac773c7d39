/**
 * Bundle budget: the public API bundled for browsers (esbuild, platform browser, minified ESM)
 * must need no Node built-in and stay within 200 KB gzipped — library code plus default reference
 * data, the product's browser budget — with code and data each held to its own share, so that
 * growth in one shows where it happened. Figures and how to change the shares:
 * docs/bundle-size.md.
 */
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_OPTIONS, type BundleFigures, measure } from './measure.js';

const KB = 1024;
/** The product's budget: library code plus default data, gzipped. Not to be raised. */
const TOTAL_GZIP_BUDGET = 200 * KB;
/**
 * Code (src/ plus zod, d3-dsv, the stemmer, natural's Jaro-Winkler, punycode's decoder), gzipped:
 * measured 122.76 KB.
 */
const CODE_GZIP_BUDGET = 123 * KB;
/** Default reference data (data/*.json as builds inline it), gzipped: measured 76.54 KB. */
const DATA_GZIP_BUDGET = 77 * KB;

describe('browser bundle of the public API', () => {
  let figures: BundleFigures;
  beforeAll(async () => {
    figures = await measure();
  }, 60_000);

  it('needs no Node built-in', () => {
    // esbuild with platform "browser" fails on any node: import (see the next test), so a
    // successful build already proves it; the inputs and externals are checked as well.
    expect(figures.inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    expect(figures.externalImports).toEqual([]);
  });

  it('would fail on a Node built-in (the check above is real)', async () => {
    await expect(
      build({
        ...BROWSER_OPTIONS,
        stdin: {
          contents: "import { readFileSync } from 'node:fs'; export const r = readFileSync;",
        },
      }),
    ).rejects.toThrow(/node:fs/);
  });

  it(`keeps code and data together within ${TOTAL_GZIP_BUDGET / KB} KB gzipped`, () => {
    expect(CODE_GZIP_BUDGET + DATA_GZIP_BUDGET).toBeLessThanOrEqual(TOTAL_GZIP_BUDGET);
    expect(
      figures.totalGzip,
      `the bundle is ${(figures.totalGzip / KB).toFixed(1)} KB gzipped; see docs/bundle-size.md`,
    ).toBeLessThanOrEqual(TOTAL_GZIP_BUDGET);
  });

  it(`keeps code within ${CODE_GZIP_BUDGET / KB} KB gzipped`, () => {
    expect(figures.codeGzip).toBeGreaterThan(0);
    expect(
      figures.codeGzip,
      `code is ${(figures.codeGzip / KB).toFixed(1)} KB gzipped; see docs/bundle-size.md`,
    ).toBeLessThanOrEqual(CODE_GZIP_BUDGET);
  });

  it(`keeps default data within ${DATA_GZIP_BUDGET / KB} KB gzipped`, () => {
    expect(figures.dataGzip).toBeGreaterThan(0);
    expect(
      figures.dataGzip,
      `data is ${(figures.dataGzip / KB).toFixed(1)} KB gzipped; see docs/bundle-size.md`,
    ).toBeLessThanOrEqual(DATA_GZIP_BUDGET);
  });
});
