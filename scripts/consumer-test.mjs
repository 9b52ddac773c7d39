// The consumer test: pack the package, install the tarball into a temporary project, then
// import it from ESM, require it from CJS, type-check a TypeScript consumer and run the
// installed `credence --help`. Proves a stranger can install and use what we publish.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const work = mkdtempSync(join(tmpdir(), 'credence-consumer-'));
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

try {
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  );
  const tarball = join(work, packed[0].filename);
  console.log(
    `packed ${packed[0].filename}: ${(packed[0].size / 1024).toFixed(1)} KB, unpacked ${(packed[0].unpackedSize / 1024).toFixed(1)} KB, ${packed[0].entryCount} files`,
  );
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    tarball,
    `typescript@${process.env.CONSUMER_TS ?? '~5.9.3'}`,
  ]);

  const size = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
      const p = join(dir, e.name);
      return sum + (e.isDirectory() ? size(p) : statSync(p).size);
    }, 0);
  const installed =
    size(join(work, 'node_modules')) - size(join(work, 'node_modules', 'typescript'));
  console.log(`installed size with runtime dependencies: ${(installed / 1_048_576).toFixed(2)} MB`);

  writeFileSync(
    join(work, 'esm.mjs'),
    `
import { parseCatalog, jsonSchemaFor } from 'credence';
const { courses, issues } = parseCatalog('[{"id":"a","title":"ECG","provider":{"name":"RCN","type":"Professional-Body"}}]');
if (courses.length !== 1 || courses[0].provider.type !== 'professional-body' || issues.length !== 0) throw new Error('esm: bad parse');
if (jsonSchemaFor('course').type !== 'object') throw new Error('esm: bad schema');
console.log('esm ok');
`,
  );
  writeFileSync(
    join(work, 'cjs.cjs'),
    `
const { parseCatalog } = require('credence');
const { courses, issues } = parseCatalog('[{"id":"a","title":"ECG","provider":{"name":"X"}},{"id":"b"}]');
if (courses.length !== 1 || issues.length === 0) throw new Error('cjs: bad parse');
console.log('cjs ok');
`,
  );
  writeFileSync(
    join(work, 'consumer.ts'),
    `
import { parseCatalog, type Course, type RecordIssue } from 'credence';
const result = parseCatalog('[]');
const courses: readonly Course[] = result.courses;
const issues: readonly RecordIssue[] = result.issues;
const title: string | undefined = courses[0]?.title;
export { title, issues };
`,
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  console.log(run('node', ['esm.mjs']).trim());
  console.log(run('node', ['cjs.cjs']).trim());
  run(join(work, 'node_modules', '.bin', 'tsc'), ['-p', '.']);
  console.log('typescript consumer ok');
  const help = run(join(work, 'node_modules', '.bin', 'credence'), ['--help']);
  if (!help.includes('credence')) throw new Error('cli: no help');
  console.log('installed credence --help ok');
  console.log('consumer test passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
