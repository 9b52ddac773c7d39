/**
 * Measures the memory figures in docs/limits.md, one scenario per process so they do not mix:
 *
 *   node --expose-gc --import tsx scripts/fuzz/measure-memory.ts json [records]   # 100,000 by default
 *   node --expose-gc --import tsx scripts/fuzz/measure-memory.ts recommend [records]
 *   node --expose-gc --import tsx scripts/fuzz/measure-memory.ts csv [megabytes]   # 50 by default
 *
 * Each line: heap used (after a full GC) and RSS after the step, peak RSS so far, and time.
 * Inputs are synthetic (test/bench/synthetic.ts, seeded), so runs are comparable.
 */
import {
  createRecommender,
  defaultReference,
  evaluateCatalog,
  parseCatalog,
} from '../../src/index.js';
import { syntheticCatalogue } from '../../test/bench/synthetic.js';

const scenario = process.argv[2] ?? 'json';
const size = Number(process.argv[3] ?? (scenario === 'csv' ? 50 : 100_000));
const MB = 1_048_576;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const keep: unknown[] = [];

function report(step: string, started: number): void {
  gc();
  const m = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${step.padEnd(52)} heapUsed ${mb(m.heapUsed).padStart(7)}  rss ${mb(m.rss).padStart(7)}  peak rss ${mb(peak).padStart(7)}  ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

let t = performance.now();
defaultReference();
report(`[${scenario}] baseline (reference data compiled)`, t);

if (scenario === 'csv') {
  t = performance.now();
  const records = syntheticCatalogue(defaultReference().data.concepts, 20_000);
  const header =
    'id,title,description,provider.name,provider.type,cost.amount,cost.currency,durationHours,skills';
  const esc = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [header];
  let bytes = header.length;
  for (let i = 0; bytes < size * MB; i++) {
    const c = records[i % records.length]!;
    const line = [
      `csv-${i}`,
      esc(c.title),
      esc(c.description ?? ''),
      esc(c.provider.name),
      c.provider.type,
      c.cost?.amount ?? '',
      c.cost?.currency ?? '',
      c.durationHours ?? '',
      esc((c.skills ?? []).join(';')),
    ].join(',');
    lines.push(line);
    bytes += line.length + 1;
  }
  const csv = lines.join('\n');
  report(`input: CSV ${mb(csv.length)}, ${(lines.length - 1).toLocaleString('en-GB')} rows`, t);
  lines.length = 0;
  t = performance.now();
  const parsed = parseCatalog(csv);
  keep.push(parsed, csv);
  report(`parseCatalog: ${parsed.courses.length} courses, ${parsed.issues.length} issues`, t);
} else {
  t = performance.now();
  const json = JSON.stringify(syntheticCatalogue(defaultReference().data.concepts, size));
  keep.push(json);
  report(`input: ${size.toLocaleString('en-GB')} records, JSON ${mb(json.length)}`, t);
  t = performance.now();
  const parsed = parseCatalog(json);
  keep.push(parsed);
  report(`parseCatalog: ${parsed.courses.length} courses, ${parsed.issues.length} issues`, t);
  if (scenario === 'json') {
    t = performance.now();
    keep.push(evaluateCatalog(parsed.courses, { asOf: '2026-11-28' }));
    report('evaluateCatalog: every report kept', t);
  } else {
    t = performance.now();
    const r = createRecommender(parsed.courses, { asOf: '2026-11-28' });
    keep.push(r);
    report('createRecommender (index + every report)', t);
    t = performance.now();
    const out = r.recommend({
      profession: 'nurse',
      gaps: ['sepsis recogntion', 'NIV', 'tissue viabilty'],
    });
    keep.push(out);
    report(`recommend: ${out.recommendations.length} recommendations`, t);
  }
}
if (keep.length === 0) console.log('nothing kept');
