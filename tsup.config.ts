import { defineConfig } from 'tsup';
import { referenceDataPlugin } from './scripts/build/reference-data-plugin.mjs';

// natural's Jaro-Winkler module, the stemmer package, punycode's converter and d3-dsv's parser are
// bundled into dist/ (noExternal), so that users never install natural's 77 MB of dependencies, a
// bare `punycode` never resolves to Node's deprecated built-in, and stemmer and d3-dsv (ES modules
// only) load from the CommonJS build too; all stay devDependencies. Licences:
// THIRD_PARTY_NOTICES.md.
const bundled = [/^natural\//, /^punycode\//, /^d3-dsv/, /^stemmer$/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    external: ['zod', 'fuse.js', 'tldts-core'],
    esbuildPlugins: [referenceDataPlugin],
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
    esbuildPlugins: [referenceDataPlugin],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
