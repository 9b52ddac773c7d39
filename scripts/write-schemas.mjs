// Writes the JSON Schema of each public input shape to schemas/, from the built library,
// so the package ships them (a website or a Python notebook can validate without TypeScript).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFor, SCHEMA_NAMES } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(
    join(root, 'schemas', `${name}.schema.json`),
    `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`,
  );
}
console.log(`wrote ${SCHEMA_NAMES.length} JSON Schemas to schemas/`);
