/**
 * Bundle budget: the public API bundled for browsers (esbuild, platform browser, minified ESM)
 * must need no Node built-in and stay within budgets for code and for default reference data,
 * gzipped. Figures and how to change the budgets: docs/bundle-size.md.
 */
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_OPTIONS, type BundleFigures, measure } from './measure.js';

const KB = 1024;
/** Code (src/ plus zod, fuse.js, papaparse, natural's leaves), gzipped: measured 91.8 KB. */
const CODE_GZIP_BUDGET = 101 * KB;
/** Default reference data (data/*.json), gzipped: measured 78.2 KB. */
const DATA_GZIP_BUDGET = 87 * KB;

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
