/**
 * An esbuild plugin (used by tsup.config.ts and test/bundle/measure.ts) that inlines the
 * reference data files (data/*.json) without the maintainers' provenance: `notes` (how an entry
 * was checked), `checked` dates and the `source` pages of entries whose source no evidence cites.
 * No code reads them, and together they are about a third of the data's gzipped size — the
 * browser budget (library code plus default data ≤ 200 KB gzipped) has no room for them. The
 * files in data/, which the package ships and the repository's integrity test checks, keep every
 * source and date. Domain rules and learning platforms keep their sources: evidence cites them
 * ("…under .ac.uk, which only recognised academic institutions hold (source)").
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Data files whose entries' sources evidence cites. */
const CITED_SOURCES = new Set(['domain-rules.json', 'platforms.json']);

/** Removes the provenance properties, at any depth. */
function withoutProvenance(value, keepSources) {
  if (Array.isArray(value)) return value.map((v) => withoutProvenance(v, keepSources));
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'notes' || key === 'checked' || (key === 'source' && !keepSources)) continue;
      out[key] = withoutProvenance(inner, keepSources);
    }
    return out;
  }
  return value;
}

/** @type {import('esbuild').Plugin} */
export const referenceDataPlugin = {
  name: 'credence-reference-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: JSON.stringify(
        withoutProvenance(
          JSON.parse(await readFile(args.path, 'utf8')),
          CITED_SOURCES.has(basename(args.path)),
        ),
      ),
      loader: 'json',
    }));
  },
};
