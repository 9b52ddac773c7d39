/**
 * Reference lookups: resolving 10,000 organisation names (exact lookups, and look-alike search
 * for names that do not resolve), against the naive baseline of comparing each name with every
 * recognised name by Jaro-Winkler. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { suggestLookalikes } from '../../src/credibility/lookalike.js';
import { bundledData, compileReference } from '../../src/reference/index.js';
import { jaroWinkler, normalizeName } from '../../src/text/index.js';

const data = bundledData();
const known = [
  ...data.accreditors.map((a) => a.name),
  ...data.accreditors.flatMap((a) => a.abbreviations),
  ...data.providers.map((p) => p.name),
];
const names = Array.from({ length: 10_000 }, (_, i) =>
  i % 3 === 0
    ? `Fictional Training Provider ${i}`
    : i % 3 === 1
      ? known[i % known.length]!
      : `${known[i % known.length]!}x`,
);
const allNames = known.map((n) => normalizeName(n));

describe('resolve 10,000 organisation names', () => {
  bench(
    'exact lookups (accreditor, provider, unrecognised)',
    () => {
      const reference = compileReference(data);
      for (const name of names) {
        reference.findAccreditor(name) ??
          reference.findProvider(name) ??
          reference.findUnrecognised(name);
      }
    },
    { iterations: 5 },
  );
  bench(
    'exact lookups + look-alike search for the unresolved',
    () => {
      const reference = compileReference(data);
      for (const name of names) {
        if (!reference.findAccreditor(name) && !reference.findProvider(name))
          suggestLookalikes(name, { reference });
      }
    },
    { iterations: 3 },
  );
  bench(
    'naive baseline: Jaro-Winkler against every recognised name',
    () => {
      for (const name of names.slice(0, 1_000)) {
        const n = normalizeName(name);
        for (const k of allNames) jaroWinkler(n, k);
      }
    },
    { iterations: 2 },
  );
});
