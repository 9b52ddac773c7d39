/**
 * Input that used to hang or crash (issue #16), timed with its peak memory. In-process benches
 * time `parseCatalog` (the built package) on pathological shapes; the command-line scenarios run
 * the built CLI in a child process each, so that its peak resident memory (`maxRSS`) is its own,
 * once per scenario, and print a table of time, peak memory and exit code at the end (the vitest
 * figures of those entries time only the first call). Run with `npm run bench`; figures are
 * recorded in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { bundledData } from '../../src/reference/index.js';
import { shipped } from './shipped.js';
import { syntheticCatalogue } from './synthetic.js';

const { parseCatalog } = shipped;
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.cjs');
const TMP = mkdtempSync(join(tmpdir(), 'credence-ingest-bench-'));
const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 } as const;
const MB = 1024 * 1024;

/** 2,000 offerings with 2,000 empty accreditations each (12 MB of JSON). */
const emptyEntries = JSON.stringify(
  Array.from({ length: 2_000 }, (_, i) => ({
    id: `c${i}`,
    title: `Course ${i}`,
    provider: { name: 'Example Provider' },
    accreditations: Array.from({ length: 2_000 }, () => ({})),
  })),
);

/** 2,000 offerings with 2,000 accreditations that each lack a body (every one is left out). */
const bodylessEntries = JSON.stringify(
  Array.from({ length: 2_000 }, (_, i) => ({
    id: `c${i}`,
    title: `Course ${i}`,
    provider: { name: 'Example Provider' },
    accreditations: Array.from({ length: 2_000 }, () => ({ credits: 1 })),
  })),
);

/** A 50 MB spreadsheet export: natural headers, prices and durations to read on every row. */
function bigCsv(mb: number): string {
  const row = (i: number) =>
    `Sepsis recognition and escalation ${i},Example Academy,"£1,250.00",4–6 hours,Online,"sepsis; NEWS2"\n`;
  const parts = ['Course name,Provider,Price,Duration,Format,Topics\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < mb * MB; i++) {
    const r = row(i);
    parts.push(r);
    size += r.length;
  }
  return parts.join('');
}

/** 20,000 rows, each with a broken quote (`"5" screen`): every row recovers on its own line. */
const brokenQuotes = `title,provider,skills,notes\n${Array.from(
  { length: 20_000 },
  (_, i) => `Course ${i},Example Provider,"5" screen,x`,
).join('\n')}\n`;

/** One header with 20,000 unknown columns (each gets a warning and a suggestion search). */
const wideHeader = `title,provider,${Array.from({ length: 20_000 }, (_, i) => `colum ${i}`).join(',')}\nA,B\n`;

describe('parseCatalog on pathological input', () => {
  bench(
    '2,000 × 2,000 empty accreditations (12 MB JSON)',
    () => {
      parseCatalog(emptyEntries);
    },
    ONCE,
  );
  bench(
    '2,000 × 2,000 accreditations without a body (20 MB JSON, 4M values left out)',
    () => {
      parseCatalog(bodylessEntries);
    },
    ONCE,
  );
  const csv50 = bigCsv(50);
  bench(
    '50 MB CSV, natural headers, three readings per row',
    () => {
      parseCatalog(csv50);
    },
    ONCE,
  );
  bench(
    '20,000 rows each with a broken quote',
    () => {
      parseCatalog(brokenQuotes);
    },
    ONCE,
  );
  bench(
    'a header of 20,000 unknown columns',
    () => {
      parseCatalog(wideHeader);
    },
    ONCE,
  );
});

/** What one child-process run cost. */
interface Run {
  readonly scenario: string;
  readonly seconds: number;
  readonly peakMB: number | undefined;
  readonly exit: number | null;
  readonly note: string;
}
const runs: Run[] = [];

const done = new Set<string>();

/**
 * Runs the built CLI in a child process; its own peak RSS comes back on stderr. Once per
 * scenario: vitest's bench runner may call a task again (warm-up), and these runs take minutes.
 */
function cli(scenario: string, args: readonly string[], timeoutSeconds: number): void {
  if (done.has(scenario)) return;
  done.add(scenario);
  const script = `
    const { runCli } = require(${JSON.stringify(CLI)});
    let lines = 0;
    const out = { color: false, line: () => { lines++; }, json: () => { lines++; },
      error: () => {}, progress: () => {} };
    const code = runCli(${JSON.stringify(args)}, out);
    const rss = process.resourceUsage().maxRSS;
    process.stderr.write('\\n@@' + JSON.stringify({ code, rss, lines }) + '\\n');`;
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '-e', script], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * MB,
  });
  const seconds = (performance.now() - started) / 1000;
  const report = /@@(\{.*\})/.exec(child.stderr ?? '')?.[1];
  const result = report
    ? (JSON.parse(report) as { code: number; rss: number; lines: number })
    : undefined;
  runs.push({
    scenario,
    seconds: Math.round(seconds * 10) / 10,
    peakMB: result ? Math.round(result.rss / 1024) : undefined,
    exit: result ? result.code : child.status,
    note: result
      ? `${result.lines.toLocaleString('en-GB')} output lines`
      : child.signal === 'SIGTERM'
        ? `did not finish in ${timeoutSeconds} s (killed)`
        : `failed: ${(child.stderr ?? '').slice(-200)}`,
  });
}

describe('the command line at scale (child process: time and peak memory)', () => {
  const concepts = bundledData().concepts;
  const write = (name: string, content: string): string => {
    const path = join(TMP, name);
    writeFileSync(path, content);
    return path;
  };
  const json250 = write('250k.json', JSON.stringify(syntheticCatalogue(concepts, 250_000)));
  const json200 = write('200k.json', JSON.stringify(syntheticCatalogue(concepts, 200_000)));
  const empty = write('empty-entries.json', emptyEntries);
  const csv50 = write('50mb.csv', bigCsv(50));
  const profile = write(
    'nurse.json',
    JSON.stringify({
      profession: 'nurse',
      regulator: 'NMC',
      gaps: ['sepsis recognition', 'wound care', 'ECG interpretation'],
      budget: { amount: 500, currency: 'GBP' },
    }),
  );
  const asOf = ['--as-of', '2026-12-06'];
  bench(
    'evaluate: the default table at 250,000 offerings',
    () => {
      cli('evaluate, default table, 250,000 offerings', ['evaluate', json250, ...asOf], 600);
    },
    ONCE,
  );
  bench(
    'validate: 2,000 × 2,000 empty accreditations',
    () => {
      cli('validate, 2,000 × 2,000 empty accreditations (12 MB)', ['validate', empty], 600);
    },
    ONCE,
  );
  bench(
    'validate: 50 MB CSV',
    () => {
      cli(`validate, ${(statSync(csv50).size / MB).toFixed(0)} MB CSV`, ['validate', csv50], 600);
    },
    ONCE,
  );
  bench(
    'recommend --top 10000 at 200,000 offerings',
    () => {
      cli(
        'recommend --top 10000, 200,000 offerings',
        ['recommend', json200, '--profile', profile, '--top', '10000', ...asOf],
        600,
      );
    },
    ONCE,
  );
  bench(
    'recommend --why-not at 200,000 offerings',
    () => {
      cli(
        'recommend --why-not, 200,000 offerings',
        ['recommend', json200, '--profile', profile, '--why-not', 'syn-000123', ...asOf],
        600,
      );
    },
    ONCE,
  );
});

afterAll(() => {
  if (runs.length === 0) return;
  const lines = [
    '',
    '| scenario | time | peak RSS | exit | note |',
    '|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.scenario} | ${r.seconds} s | ${r.peakMB === undefined ? '—' : `${r.peakMB} MB`} | ${r.exit ?? '—'} | ${r.note} |`,
    ),
  ];
  console.log(lines.join('\n'));
});
