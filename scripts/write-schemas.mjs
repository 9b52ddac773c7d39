// Writes the JSON Schema of each public input shape to schemas/, from the built library,
// so the package ships them (a website or a Python notebook can validate without TypeScript).
//
// `node scripts/write-schemas.mjs --module` instead regenerates src/model/json-schemas.generated.json
// (what jsonSchemaFor returns) from the zod schemas in src/, after a schema changes:
// test/model/json-schema-module.test.ts fails until it is rerun. The runtime reads that file
// rather than run zod's JSON Schema generator, which would add ~21 KB to every browser bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv.includes('--module')) {
  const { tsImport } = await import('tsx/esm/api');
  const { generateJsonSchemas } = await tsImport(
    '../src/model/json-schema-build.ts',
    import.meta.url,
  );
  const file = join(root, 'src', 'model', 'json-schemas.generated.json');
  const content = {
    $comment:
      'Generated from the zod schemas by `node scripts/write-schemas.mjs --module` (src/model/json-schema-build.ts): do not edit.',
    schemas: generateJsonSchemas(),
  };
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
    stdio: 'ignore',
  });
  console.log(`wrote ${Object.keys(content.schemas).length} JSON Schemas to ${file}`);
} else {
  const { jsonSchemaFor, SCHEMA_NAMES } = await import('../dist/index.js');
  mkdirSync(join(root, 'schemas'), { recursive: true });
  for (const name of SCHEMA_NAMES) {
    writeFileSync(
      join(root, 'schemas', `${name}.schema.json`),
      `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`,
    );
  }
  console.log(`wrote ${SCHEMA_NAMES.length} JSON Schemas to schemas/`);
}
