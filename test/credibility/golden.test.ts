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
      'mill-indicator',
    ]) {
      expect(seen, code).toContain(code);
    }
    for (const code of seen) expect(FLAG_CODES).toContain(code);
  });

  it('orders credibility tiers strictly: accredited or university-credited, generic CPD, mills', () => {
    const score = (id: string): number => {
      const r = reports.find((x) => x.id === id);
      if (r === undefined) throw new Error(`no offering ${id} in the sample`);
      return r.score;
    };
    // Recognised healthcare accreditation, or academic credit from a verified university.
    const accredited = [
      'kcl-advanced-ecg',
      'gla-diabetes-insulin-module',
      'ed-palliative-care-module',
      'acep-pocus-essentials',
      'rcgp-safeguarding-level3',
      'rcem-abg-elearning',
      'inmo-sepsis-ceu',
      'sccm-sepsis-webinar',
      'hartwell-niv-study-day',
      'northbridge-rcn-sepsis-study-day',
    ];
    // Commercial providers with generic CPD points or none.
    const generic = [
      'meridian-iacet-leadership',
      'brightpath-sepsis-awareness',
      'woundwise-essentials',
      'compliance-direct-safeguarding-l2',
      'quickcpd-ecg-made-easy',
      'careskills-dementia-awareness',
    ];
    // Mills: unrecognised or look-alike accreditors, fake universities, impossible credit.
    const mills = reports
      .map((r) => r.id)
      .filter((id) => id.startsWith('mill-') || /^(omhu|aimu|cwcns)-/.test(id));
    const min = (ids: readonly string[]) => Math.min(...ids.map(score));
    const max = (ids: readonly string[]) => Math.max(...ids.map(score));
    expect(min(accredited)).toBeGreaterThan(max(generic));
    expect(min(generic)).toBeGreaterThan(max(mills));
    for (const id of mills) {
      expect(['D', 'E'], id).toContain(reports.find((r) => r.id === id)?.grade);
    }
  });
});
