/**
 * The package as users run it: the bundle `npm run build` writes to `dist/` (`npm run bench`
 * builds it first). Benchmarks time these functions rather than the TypeScript sources, because
 * vitest's module runner rewrites every cross-module call into a property read on a module
 * namespace object, which costs 20–30% in hot loops and is not what ships.
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
if (!existsSync(bundle)) {
  throw new Error('dist/index.js is missing: run `npm run build` (npm run bench does) first');
}

/** The built package's public API, typed by its sources. */
export const shipped = (await import(bundle)) as typeof import('../../src/index.js');
