import { defineConfig } from 'tsup';

// natural's three leaf modules are bundled into dist/ (noExternal) so that users never install
// natural's 77 MB of dependencies; natural stays a devDependency. Licence: THIRD_PARTY_NOTICES.md.
const bundleNatural = [/^natural\//];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundleNatural,
    external: ['zod', 'fuse.js', 'papaparse'],
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
    noExternal: bundleNatural,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
