/**
 * An esbuild plugin (used by tsup.config.ts and test/bundle/measure.ts) that leaves the
 * maintainers' `notes` out of the reference data files (data/*.json) a build inlines. Notes say
 * how an entry was checked; no code reads them, and they are about a seventh of the data's
 * gzipped size. The files in data/ keep them, and so does the package's data/ folder.
 */
import { readFile } from 'node:fs/promises';

/** Removes every `notes` property, at any depth. */
function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key !== 'notes') out[key] = withoutNotes(inner);
    }
    return out;
  }
  return value;
}

/** @type {import('esbuild').Plugin} */
export const maintainerNotesPlugin = {
  name: 'credence-maintainer-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: JSON.stringify(withoutNotes(JSON.parse(await readFile(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};
