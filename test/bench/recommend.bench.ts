import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { afterAll, bench, describe } from 'vitest';
import type { ClinicianProfileInput } from '../../src/model/profile.js';
import { createRecommender, type Recommender } from '../../src/recommend/recommender.js';
import { defaultReference } from '../../src/reference/reference.js';
import { createCourseIndex } from '../../src/relevance/course-index.js';
import { syntheticCatalogue } from './synthetic.js';

const asOf = '2026-11-28';
const concepts = defaultReference().data.concepts;
const names = [
  'uk-nurse',
  'us-physician',
  'uk-midwife',
  'uk-paramedic',
  'au-pharmacist',
  'nz-nurse',
  'ie-physician',
  'us-pa',
  'ca-family-physician',
  'uk-physiotherapist',
];
const profiles: ClinicianProfileInput[] = names.map((n) =>
  JSON.parse(readFileSync(`data/samples/profiles/${n}.json`, 'utf8')),
);
const rows: Record<string, string | number>[] = [];
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const ms = (x: number): number => Math.round(x * 100) / 100;

function measure(n: number): Recommender {
  const courses = syntheticCatalogue(concepts, n);
  // The concept + BM25 index alone (createRecommender also runs evaluateCatalog).
  const tIndex = performance.now();
  createCourseIndex(courses, concepts);
  const indexMs = performance.now() - tIndex;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = createRecommender(courses, { asOf });
  const build = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - heap0) / 1_048_576;
  r.recommend(profiles[0] as ClinicianProfileInput);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const p of profiles) {
      const t = performance.now();
      r.recommend(p, { limit: 10 });
      times.push(performance.now() - t);
    }
  }
  const planTimes = profiles.map((p) => {
    const t = performance.now();
    r.plan(p);
    return performance.now() - t;
  });
  // Naive baseline: fuse.js over the whole catalogue, once per gap.
  const fuse = new Fuse(courses, {
    keys: ['title', 'skills', 'description'],
    threshold: 0.4,
    ignoreLocation: true,
  });
  const sample = profiles.slice(0, n > 20_000 ? 1 : 3);
  const naive: number[] = [];
  for (const p of sample) {
    const t = performance.now();
    for (const g of p.gaps as readonly (string | { skill: string })[])
      fuse.search(typeof g === 'string' ? g : g.skill, { limit: 10 });
    naive.push(performance.now() - t);
  }
  const p50 = pct(times, 0.5);
  const naiveMs = pct(naive, 0.5);
  rows.push({
    offerings: n.toLocaleString('en'),
    'build ms': Math.round(build),
    'index ms': Math.round(indexMs),
    'heap MB': Math.round(heap),
    'rec p50 ms': ms(p50),
    'rec p95 ms': ms(pct(times, 0.95)),
    'plan max ms': ms(Math.max(...planTimes)),
    'naive fuse ms/profile': Math.round(naiveMs),
    'speed-up': `${Math.round(naiveMs / p50)}×`,
  });
  return r;
}

for (const n of [1_000, 10_000, 100_000]) {
  describe(`${n} offerings`, () => {
    const r = measure(n);
    let i = 0;
    bench(
      'recommend',
      () => {
        r.recommend(profiles[i++ % profiles.length] as ClinicianProfileInput, { limit: 10 });
      },
      { iterations: 20, time: 0 },
    );
  });
}

afterAll(() => {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((x, i) => x.padStart(widths[i] ?? 0)).join(' | ')} |`;
  console.log('\ncredence recommend benchmark (build = createRecommender, incl. evaluateCatalog;');
  console.log('index = createCourseIndex alone; naive = fuse.js over the catalogue, per gap)\n');
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(columns.map((c) => String(r[c]))));
});
