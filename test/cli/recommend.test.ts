import { describe, expect, it } from 'vitest';
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
    };
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(Array.isArray(result.uncoveredGaps)).toBe(true);
  });
  it('recommend prints a table of at most 80 columns', () => {
    const out = capture();
    expect(runCli(['recommend', '--profile', profile, '--as-of', '2026-11-28'], out)).toBe(0);
    expect(out.lines.length).toBeGreaterThan(3);
    for (const line of out.lines) expect([...line].length).toBeLessThanOrEqual(80);
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
    expect(out.lines.join('\n')).toMatch(/mill-diploma-wound-care: /);
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
  it('plan prints a readable summary', () => {
    const out = capture();
    expect(runCli(['plan', '--profile', profile, '--as-of', '2026-11-28'], out)).toBe(0);
    expect(out.lines[0]).toMatch(/^Plan: /);
    for (const line of out.lines) expect([...line].length).toBeLessThanOrEqual(80);
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
    expect(out.lines[0]).toBe('rank,id,score,relevance,credibility,fit,gaps,reasons');
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
