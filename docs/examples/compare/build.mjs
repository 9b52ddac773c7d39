// Builds the comparison page into docs/examples/compare/dist/: bundles main.ts (which imports the
// built library from ../../../dist/index.js, as any consumer would) and copies the static files.
// Run `npm run build` first (dist/ must exist), then `node docs/examples/compare/build.mjs`.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the page; returns the output folder. */
export async function buildComparePage(outdir = join(here, 'dist')) {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [join(here, 'main.ts')],
    outfile: join(outdir, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(join(here, 'index.html'), join(outdir, 'index.html'));
  await copyFile(join(here, 'style.css'), join(outdir, 'style.css'));
  return outdir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves `dir` on 127.0.0.1 (a module script cannot load from file://). */
export function serveStatic(dir, port = 8080) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep)) return res.writeHead(403).end();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildComparePage();
  console.log(`built ${out}`);
  if (process.argv.includes('--serve')) {
    const server = await serveStatic(out, Number(process.env.PORT ?? 8080));
    console.log(`open http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
  } else {
    console.log('serve it with: node docs/examples/compare/build.mjs --serve');
  }
}
