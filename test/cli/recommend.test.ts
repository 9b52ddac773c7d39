import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/cli/help.js';
import { runCli } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/output.js';

function capture(): Output & { lines: string[]; errors: string[]; values: unknown[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  const values: unknown[] = [];
  return {
    lines,
    errors,
    values,
    color: false,
    line: (t) => lines.push(t),
    json: (v) => values.push(v),
    error: (t) => errors.push(t),
    progress: () => {},
  };
}

const profile = 'data/samples/profiles/uk-nurse.json';

describe('credence recommend | plan | compare', () => {
  it('recommend --json prints the contract shape', () => {
    const out = capture();
    expect(
      runCli(
        ['recommend', '--profile', profile, '--top', '3', '--json', '--as-of', '2026-11-28'],
        out,
      ),
    ).toBe(0);
    const result = out.values[0] as {
      recommendations: { rank: number }[];
      uncoveredGaps: string[];
      catalogue: { file: string; read: number };
    };
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(Array.isArray(result.uncoveredGaps)).toBe(true);
    // The sample is named for what it is, not by this machine's path to it.
    expect(result.catalogue).toMatchObject({ file: 'the bundled sample catalogue', read: 82 });
  });
  it('recommend prints labelled columns, reasons, every gap answered and the held back', () => {
    const out = capture();
    expect(
      runCli(['recommend', '--profile', profile, '--top', '5', '--as-of', '2026-11-28'], out),
    ).toBe(0);
    const text = out.lines.join('\n');
    for (const line of out.lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(text).toMatch(/^#\s+offering\s+score\s+relevance\s+credibility\s+fit$/m);
    expect(text).toMatch(/Order: moved up: the first to cover 'NIV'/);
    expect(text).toMatch(/^Gaps$/m);
    expect(text).toMatch(/'NIV' \(low\): covered by hartwell-niv-study-day/);
    expect(text).toMatch(/^Held back by the trust floor/m);
    expect(text).toMatch(/mill-expired-niv-masterclass: covers 'NIV' — held back: grade E/);
    expect(text).toMatch(/^Note: 6 offerings covering a gap are held back by the trust floor/m);
  });
  it('recommend says when the trust floor is lowered, and then lists what it let in', () => {
    const out = capture();
    const args = ['recommend', '--profile', profile, '--top', '40', '--as-of', '2026-11-28'];
    expect(runCli([...args, '--min-grade', 'e', '--include-flagged'], out)).toBe(0);
    const text = out.lines.join('\n');
    expect(text).toMatch(/Note: Trust floor changed on request/);
    expect(text).toMatch(/mill-expired-niv-masterclass/);
    expect(text).not.toMatch(/^Held back/m);
  });
  it('recommend --rates compares other currencies with the budget', () => {
    const dir = mkdtempSync(join(tmpdir(), 'credence-rates-'));
    const rates = join(dir, 'rates.json');
    writeFileSync(rates, JSON.stringify({ GBP: 1.17, EUR: 1, USD: 0.92, AUD: 0.6, NZD: 0.55 }));
    const out = capture();
    const args = ['recommend', '--profile', profile, '--as-of', '2026-11-28', '--rates', rates];
    expect(runCli(args, out)).toBe(0);
    expect(out.lines.join('\n')).not.toMatch(/unknown for the GBP budget/);
    writeFileSync(rates, JSON.stringify({ GBP: 'one' }));
    const bad = capture();
    expect(runCli(args, bad)).toBe(2);
    expect(bad.errors.join(' ')).toMatch(/three-letter currency code with a positive number/);
  });
  it('recommend rejects an unknown grade or region', () => {
    for (const extra of [
      ['--min-grade', 'F'],
      ['--region', 'Great Britain'],
    ]) {
      const out = capture();
      expect(runCli(['recommend', '--profile', profile, ...extra], out)).toBe(2);
    }
  });
  it('--region lets in-person offerings elsewhere fit', () => {
    const gp = { profession: 'nurse', country: 'GB', gaps: ['deteriorating patient', 'sepsis'] };
    const dir = mkdtempSync(join(tmpdir(), 'credence-region-'));
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(gp));
    const why = (extra: string[]) => {
      const out = capture();
      const id = 'ucd-deteriorating-patient-sepsis';
      runCli(
        ['recommend', '--profile', file, '--why-not', id, '--as-of', '2026-11-28', ...extra],
        out,
      );
      return out.lines.join('\n');
    };
    expect(why([])).toMatch(/blended in IE, outside GB/);
    expect(why(['--region', 'GB,IE'])).not.toMatch(/outside/);
  });
  it('recommend --why-not explains an exclusion', () => {
    const out = capture();
    runCli(
      [
        'recommend',
        '--profile',
        profile,
        '--why-not',
        'mill-diploma-wound-care',
        '--as-of',
        '2026-11-28',
      ],
      out,
    );
    expect(out.lines.join('\n')).toMatch(/mill-diploma-wound-care: held back: grade E/);
  });
  it('recommend without --profile is a usage error', () => {
    const out = capture();
    expect(runCli(['recommend'], out)).toBe(2);
    expect(out.errors[0]).toMatch(/--profile/);
  });
  it('plan --json prints the plan contract', () => {
    const out = capture();
    expect(runCli(['plan', '--profile', profile, '--json', '--as-of', '2026-11-28'], out)).toBe(0);
    const plan = out.values[0] as { requirement: { needed: number }; courses: string[] };
    expect(plan.requirement.needed).toBe(35);
    expect(plan.courses.length).toBeGreaterThan(0);
  });
  it('plan prints a readable summary: notes, offerings and why, every gap answered', () => {
    const out = capture();
    expect(runCli(['plan', '--profile', profile, '--as-of', '2026-11-28'], out)).toBe(0);
    const text = out.lines.join('\n');
    expect(text).toMatch(/^Plan: \d+ offerings, \d+(\.\d+)? h, /m);
    expect(text).toMatch(/^Gaps$/m);
    expect(text).toMatch(/Note: Costs in .* are unknown for the GBP budget/);
    for (const line of out.lines) expect([...line].length).toBeLessThanOrEqual(80);
  });
  it('plan says why a gap is left uncovered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'credence-plan-'));
    const file = join(dir, 'profile.json');
    const tight = { profession: 'nurse', country: 'GB', gaps: ['NIV'], hoursAvailable: 1 };
    writeFileSync(file, JSON.stringify(tight));
    const out = capture();
    expect(runCli(['plan', '--profile', file, '--as-of', '2026-11-28'], out)).toBe(0);
    const text = out.lines.join('\n');
    expect(text).toMatch(/'NIV' \(medium\): not covered — every offering that covers it/);
    expect(text).toMatch(/hartwell-niv-study-day: takes 6 h: 5 h over the 1 h left/);
  });
  it('compare prints rows and --json rows', () => {
    const out = capture();
    const ids = 'kcl-advanced-ecg,mill-acme-typo-ecg';
    expect(runCli(['compare', '--ids', ids, '--as-of', '2026-11-28'], out)).toBe(0);
    for (const line of out.lines) expect([...line].length).toBeLessThanOrEqual(80);
    const json = capture();
    runCli(
      [
        'compare',
        '--ids',
        ids,
        '--json',
        '--profile',
        'data/samples/profiles/us-physician.json',
        '--as-of',
        '2026-11-28',
      ],
      json,
    );
    const { rows, catalogue } = json.values[0] as {
      rows: { id: string; grade: string; gapsCovered?: string[]; university?: string }[];
      catalogue: { read: number; rejected: number };
    };
    expect(catalogue).toMatchObject({ rejected: 0 });
    expect(rows.map((r) => r.id)).toEqual(['kcl-advanced-ecg', 'mill-acme-typo-ecg']);
    expect(rows[0]?.university).toBe("King's College London");
    expect(rows[0]?.gapsCovered).toContain('12 lead EKG');
  });
  it('compare with an unknown id is a usage error', () => {
    const out = capture();
    expect(runCli(['compare', '--ids', 'nope'], out)).toBe(2);
  });
});

describe('--csv for recommend and compare', () => {
  it('prints one header and a row per recommendation', () => {
    const out = capture();
    expect(
      runCli(
        ['recommend', '--profile', profile, '--top', '3', '--csv', '--as-of', '2026-11-28'],
        out,
      ),
    ).toBe(0);
    expect(out.lines[0]).toBe(
      'rank,id,score,relevance,credibility,grade,fit,gaps_covered,order,reasons',
    );
    expect(out.lines).toHaveLength(4);
  });

  it('prints comparison rows', () => {
    const out = capture();
    expect(
      runCli(
        [
          'compare',
          '--ids',
          'kcl-advanced-ecg,mill-acme-typo-ecg',
          '--csv',
          '--as-of',
          '2026-11-28',
        ],
        out,
      ),
    ).toBe(0);
    expect(out.lines[0]?.startsWith('id,title,provider,credibility,grade')).toBe(true);
    expect(out.lines[2]).toContain('lookalike-accreditor');
  });
});

describe('help examples', () => {
  it.each(Object.keys(COMMAND_HELP))('every example of %s runs and exits 0', (command) => {
    const examples = [...(COMMAND_HELP[command] ?? '').matchAll(/Example: credence (.+)$/gm)];
    expect(examples.length).toBeGreaterThan(0);
    for (const [, example] of examples) {
      // A shell redirection is the shell's business, not credence's.
      const args = (example ?? '').replace(/\s*>.*$/, '').split(' ');
      if (
        ['evaluate', 'recommend', 'plan', 'compare'].includes(command) &&
        !args.includes('--as-of')
      )
        args.push('--as-of', '2026-11-28');
      const out = capture();
      expect(runCli(args, out), `credence ${example}: ${out.errors.join('; ')}`).toBe(0);
      // Only the reading summary may go to stderr (the sample CSV has warnings to show).
      expect(out.errors.filter((e) => !/offerings read/.test(e))).toEqual([]);
      expect(out.lines.length + out.values.length).toBeGreaterThan(0);
    }
  });
});
