import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCatalog, FLAG_CODES } from '../../src/credibility/index.js';
import { parseCatalog } from '../../src/ingest/index.js';

const root = join(__dirname, '..', '..');
const catalogue = parseCatalog(readFileSync(join(root, 'data/samples/catalogue.json')));
const reports = evaluateCatalog(catalogue.courses, { asOf: '2026-11-28' });

describe('golden reports for the sample catalogue', () => {
  it('match the reviewed reports byte for byte', async () => {
    await expect(`${JSON.stringify(reports, null, 2)}\n`).toMatchFileSnapshot(
      join(root, 'test/fixtures/golden/evaluate-sample.json'),
    );
  });

  it('cover every factor and the main red flags', () => {
    const seen = new Set(reports.flatMap((r) => r.flags.map((f) => f.code)));
    for (const code of [
      'unrecognised-accreditor',
      'lookalike-accreditor',
      'lookalike-provider',
      'implausible-credit',
      'expired-accreditation',
      'stale-content',
      'qualification-word-on-short-course',
      'certified-without-assessment',
      'industry-without-independent-accreditation',
      'unverified-university',
    ]) {
      expect(seen, code).toContain(code);
    }
    for (const code of seen) expect(FLAG_CODES).toContain(code);
  });

  it('ranks credibility tiers in order: university/accredited above generic CPD above mills', () => {
    const byId = new Map(reports.map((r) => [r.id, r]));
    const mean = (pred: (id: string) => boolean) => {
      const xs = reports.filter((r) => pred(r.id)).map((r) => r.score);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const mills = mean((id) => id.startsWith('mill-'));
    const badges = mean((id) => id.startsWith('badge-'));
    expect(mills).toBeLessThan(badges + 15);
    expect(byId.get('kcl-advanced-ecg')!.score).toBeGreaterThan(80);
    for (const r of reports.filter((x) => x.id.startsWith('mill-')))
      expect(['D', 'E']).toContain(r.grade);
  });
});
