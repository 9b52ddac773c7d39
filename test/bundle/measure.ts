/**
 * Bundles the public API (src/index.ts) for browsers with esbuild and measures it: the whole
 * bundle, and the code alone (the reference-data JSON replaced by empty stubs), minified and
 * gzipped. Used by bundle-budget.test.ts; run it directly to print the figures:
 * `npx tsx test/bundle/measure.ts`.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { referenceDataPlugin } from '../../scripts/build/reference-data-plugin.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The options a website's bundler would use for the library. */
export const BROWSER_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  treeShaking: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
  absWorkingDir: ROOT,
};

/** The data without the maintainers' provenance, as the package build inlines it (tsup.config.ts). */
export { referenceDataPlugin };

/** Replaces the reference-data files (data/*.json) with empty ones, leaving only code. */
const emptyData: Plugin = {
  name: 'empty-reference-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, () => ({
      contents: '{}',
      loader: 'json',
    }));
  },
};

/** Sizes in bytes. */
export interface BundleFigures {
  readonly totalMin: number;
  readonly totalGzip: number;
  readonly codeMin: number;
  readonly codeGzip: number;
  readonly dataMin: number;
  readonly dataGzip: number;
  /** Every input esbuild read, for the Node built-in check. */
  readonly inputs: readonly string[];
  /** Imports left external (should be none). */
  readonly externalImports: readonly string[];
  /** Minified bytes per package (or "credence" for src/, "data" for data/). */
  readonly byPackage: Readonly<Record<string, number>>;
}

async function bundle(plugins: Plugin[]): Promise<{ code: Uint8Array; metafile: Metafile }> {
  const result = await build({
    ...BROWSER_OPTIONS,
    entryPoints: ['src/index.ts'],
    outfile: 'out.js',
    plugins,
  });
  const file = result.outputFiles?.find((f) => f.path.endsWith('.js'));
  if (!file || !result.metafile) throw new Error('esbuild produced no bundle');
  return { code: file.contents, metafile: result.metafile };
}

const packageOf = (input: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m?.[1]) return m[1];
  return input.startsWith('data/') ? 'data' : 'credence';
};

/** Bundles twice (with and without the data) and measures both. */
export async function measure(): Promise<BundleFigures> {
  const full = await bundle([referenceDataPlugin]);
  const code = await bundle([emptyData]);
  const gz = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
  const totalGzip = gz(full.code);
  const codeGzip = gz(code.code);
  const byPackage: Record<string, number> = {};
  const output = Object.values(full.metafile.outputs)[0];
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const key = packageOf(input);
    byPackage[key] = (byPackage[key] ?? 0) + bytesInOutput;
  }
  return {
    totalMin: full.code.length,
    totalGzip,
    codeMin: code.code.length,
    codeGzip,
    dataMin: full.code.length - code.code.length,
    dataGzip: totalGzip - codeGzip,
    inputs: Object.keys(full.metafile.inputs),
    externalImports: (output?.imports ?? []).filter((i) => i.external).map((i) => i.path),
    byPackage,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const f = await measure();
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`total: ${kb(f.totalMin)} min, ${kb(f.totalGzip)} gzip`);
  console.log(`code:  ${kb(f.codeMin)} min, ${kb(f.codeGzip)} gzip`);
  console.log(`data:  ${kb(f.dataMin)} min, ${kb(f.dataGzip)} gzip`);
  for (const [name, bytes] of Object.entries(f.byPackage).sort((a, b) => b[1] - a[1]))
    console.log(`  ${name}: ${kb(bytes)} min`);
}
