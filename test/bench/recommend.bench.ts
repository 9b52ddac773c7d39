import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { afterAll, bench, describe } from 'vitest';
import type { ClinicianProfileInput } from '../../src/model/profile.js';
import { createRecommender, type Recommender } from '../../src/recommend/recommender.js';
import { defaultReference } from '../../src/reference/reference.js';
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
  const t1 = performance.now();
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
  const fuseBuild = performance.now() - t1 - naive.reduce((a, b) => a + b, 0);
  const p50 = pct(times, 0.5);
  rows.push({
    offerings: n,
    'create ms': ms(build),
    'heap MB': ms(heap),
    'recommend p50 ms': ms(p50),
    'recommend p95 ms': ms(pct(times, 0.95)),
    'plan max ms': ms(Math.max(...planTimes)),
    'naive fuse ms/profile': ms(pct(naive, 0.5)),
    'naive index ms': ms(fuseBuild),
    speedup: Math.round(pct(naive, 0.5) / p50),
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
  console.log('\ncredence recommend benchmark');
  console.table(rows);
});
