import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { afterAll, bench, describe } from 'vitest';
import type { Course } from '../../src/model/course.js';
import type { ClinicianProfileInput } from '../../src/model/profile.js';
import type { Recommender } from '../../src/recommend/recommender.js';
import { defaultReference } from '../../src/reference/reference.js';
import { SAMPLE_PROFILES } from '../support/sample-profiles.js';
import { realisticCatalogue } from './realistic.js';
import { shipped } from './shipped.js';
import { asLoaded, syntheticCatalogue } from './synthetic.js';

const { createRecommender, summarizeCatalog } = shipped;

const asOf = '2026-11-28';
const concepts = defaultReference().data.concepts;
const names = SAMPLE_PROFILES;
const profiles: ClinicianProfileInput[] = names.map((n) =>
  JSON.parse(readFileSync(`data/samples/profiles/${n}.json`, 'utf8')),
);
const rows: Record<string, string | number>[] = [];
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const ms = (x: number): number => Math.round(x * 100) / 100;
/**
 * JS heap plus typed-array buffers after full collections. Two collections: the first leaves
 * dead buffers for the sweeper, and the next one finishes freeing them (one collection alone
 * counted up to 40 MB of dead buffers as retained).
 */
const retained = (): number => {
  globalThis.gc?.();
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Which generator: `synthetic.ts` (taxonomy wording) or `realistic.ts` (real-looking fields). */
type Kind = 'synthetic' | 'realistic';

/**
 * The catalogue of `n` offerings as loaded from a file. Its own function, so the generator's
 * objects die with this frame: an interpreter register in `measure` kept them alive past the
 * baseline heap reading and made "retained" negative.
 */
function catalogue(kind: Kind, n: number): Course[] {
  return asLoaded(
    kind === 'synthetic'
      ? syntheticCatalogue(concepts, n)
      : realisticCatalogue(defaultReference().data, n, 'platform'),
  );
}

function measure(kind: Kind, n: number): Recommender {
  const courses = catalogue(kind, n);
  // Build time is the median of three builds (one sample on a shared machine swings by ±20%);
  // the memory figure is what the last recommender retains after a full collection: JS heap plus
  // the typed arrays' buffers, which live outside it. No collection is forced between builds: it
  // would shrink the young generation and bill the next build for growing it back.
  const builds: number[] = [];
  let r: Recommender | undefined;
  const heap0 = retained();
  for (let round = 0; round < 3; round++) {
    r = undefined;
    const t0 = performance.now();
    r = createRecommender(courses, { asOf });
    builds.push(performance.now() - t0);
  }
  const heap = (retained() - heap0) / 1_048_576;
  if (!r) throw new Error('no recommender');
  const build = pct(builds, 0.5);
  // The credibility evaluation alone, for the share of a build it takes.
  const c0 = performance.now();
  summarizeCatalog(courses, { asOf });
  const credibility = performance.now() - c0;
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
    catalogue: kind,
    offerings: n.toLocaleString('en'),
    'build ms': Math.round(build),
    'credibility ms': Math.round(credibility),
    'build range ms': `${Math.round(Math.min(...builds))}–${Math.round(Math.max(...builds))}`,
    'retained MB': Math.round(heap),
    'rec p50 ms': ms(p50),
    'rec p95 ms': ms(pct(times, 0.95)),
    // The first round asks each profile for the first time: its gaps are resolved and their
    // coverage tables built (later rounds find them cached).
    'first ask p50 ms': ms(pct(times.slice(0, profiles.length), 0.5)),
    'plan max ms': ms(Math.max(...planTimes)),
    'naive fuse ms/profile': Math.round(naiveMs),
    'speed-up': `${Math.round(naiveMs / p50)}×`,
  });
  return r;
}

const runs: [Kind, number][] = [
  ['synthetic', 1_000],
  ['synthetic', 10_000],
  ['synthetic', 100_000],
  ['realistic', 100_000],
];
for (const [kind, n] of runs) {
  describe(`${n} ${kind} offerings`, () => {
    const r = measure(kind, n);
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

/** What `--why-not ID` and `--top 10000` ask, at 200,000 realistic offerings. */
const large: Record<string, string | number>[] = [];
describe('200,000 realistic offerings: --why-not and --top 10000', () => {
  const courses = catalogue('realistic', 200_000);
  const t0 = performance.now();
  const r = createRecommender(courses, { asOf });
  const build = performance.now() - t0;
  const p = profiles[0] as ClinicianProfileInput;
  const top = (limit: number) => {
    const t = performance.now();
    const result = r.recommend(p, { limit });
    return { ms: performance.now() - t, result };
  };
  const first = top(10_000);
  const again = top(10_000);
  const last = first.result.recommendations.at(-1)?.id ?? (courses[0] as Course).id;
  const whyNot = (id: string) => {
    const t = performance.now();
    r.whyNot(p, id);
    return performance.now() - t;
  };
  large.push({
    'build s': ms(build / 1000),
    '--top 10000 first ms': Math.round(first.ms),
    '--top 10000 again ms': Math.round(again.ms),
    listed: first.result.recommendations.length,
    // Its place by score needs every offering above it scored.
    '--why-not (the 10,000th) ms': Math.round(whyNot(last)),
  });
  bench(
    'whyNot',
    () => {
      r.whyNot(p, last);
    },
    { iterations: 3, time: 0 },
  );
});

/** A markdown table of rows. */
function table(title: string, list: Record<string, string | number>[]): void {
  const columns = Object.keys(list[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...list.map((r) => String(r[c]).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((x, i) => x.padStart(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of list) console.log(line(columns.map((c) => String(r[c]))));
}

afterAll(() => {
  table(
    'credence recommend benchmark on the built package (build = createRecommender, incl. the\ncredibility evaluation, median of 3; naive = fuse.js over the catalogue, per gap)',
    rows,
  );
  table('At 200,000 realistic offerings (profile uk-nurse)', large);
});
