import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonCsv, csvCell, recommendationsCsv } from '../../src/cli/answer-output.js';
import { PROGRESS_MIN_COURSES } from '../../src/cli/commands-evaluate.js';
import { runCli } from '../../src/cli/main.js';
import { colorAllowed, TABLE_WIDTH, terminalWidth } from '../../src/cli/output.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'credence-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('credence validate', () => {
  it('lists every problem with record, path and message; exits 1 only when a record is rejected', () => {
    const path = file(
      'mixed.json',
      JSON.stringify([
        { id: 'a', title: 'ECG', provider: { name: 'RCN' } },
        { id: 'c17', title: 'T', provider: { name: 'Y' }, cost: { amount: -5, currency: 'GBP' } },
      ]),
    );
    const o = capture();
    // A bad cost is left out (the offering is kept); a missing provider rejects its record.
    expect(runCli(['validate', path], o)).toBe(0);
    expect(o.out.join('\n')).toContain(
      'warning: record 2 (id "c17"): cost.amount must be ≥ 0, got -5; cost was left out',
    );
    expect(o.out.at(-1)).toMatch(/2 valid records, 0 invalid, 1 warning$/);
    const rejected = file(
      'rejected.json',
      JSON.stringify([
        { id: 'a', title: 'ECG', provider: { name: 'RCN' } },
        { id: 'b', title: 'T' },
      ]),
    );
    const r = capture();
    expect(runCli(['validate', rejected], r)).toBe(1);
    expect(r.out.join('\n')).toContain(
      'error: record 2 (id "b"): provider is missing, so the offering was not read (an offering needs a title and a provider)',
    );
    expect(r.out.at(-1)).toMatch(/1 valid record, 1 invalid/);
  });

  it('exits 0 on a valid catalogue and 2 on a file that is not JSON', () => {
    const ok = capture();
    expect(
      runCli(
        ['validate', file('ok.json', '[{"id":"a","title":"ECG","provider":{"name":"RCN"}}]')],
        ok,
      ),
    ).toBe(0);
    const bad = capture();
    expect(runCli(['validate', file('bad.json', '{not json')], bad)).toBe(2);
    expect(bad.err[0]).toMatch(/^credence: the input is not valid JSON/);
    expect(bad.err).toHaveLength(1);
  });

  it('reports a missing file in one line, with a stack trace only under --debug', () => {
    const o = capture();
    expect(runCli(['validate', join(dir, 'missing.json')], o)).toBe(2);
    expect(o.err).toEqual([`credence: cannot read ${join(dir, 'missing.json')}: no such file`]);
    const d = capture();
    runCli(['validate', join(dir, 'missing.json'), '--debug'], d);
    expect(d.err.length).toBeGreaterThan(1);
  });
});

describe('credence schema, convert, help and usage', () => {
  it('prints JSON Schema', () => {
    const o = capture();
    expect(runCli(['schema', 'course'], o)).toBe(0);
    expect(JSON.parse(o.out[0]!).required).toEqual(['id', 'title', 'provider']);
    expect(runCli(['schema', 'nope'], capture())).toBe(2);
  });

  it('converts CSV to contract JSON', () => {
    const o = capture();
    const path = file(
      'c.csv',
      'id,title,provider.name,cost.amount,cost.currency\na,ECG,RCN,10,GBP\n',
    );
    expect(runCli(['convert', path], o)).toBe(0);
    expect(JSON.parse(o.out[0]!).courses[0]).toMatchObject({
      id: 'a',
      cost: { amount: 10, currency: 'GBP' },
    });
  });

  it('has help with an example per command and rejects unknown options', () => {
    const o = capture();
    expect(runCli(['--help'], o)).toBe(0);
    for (const command of [
      'evaluate',
      'recommend',
      'plan',
      'compare',
      'validate',
      'convert',
      'schema',
    ]) {
      expect(o.out[0]).toContain(`credence ${command}`);
    }
    expect((o.out[0]!.match(/Example:/g) ?? []).length).toBeGreaterThanOrEqual(7);
    const u = capture();
    expect(runCli(['validate', '--nope'], u)).toBe(2);
    expect(u.err[0]).toMatch(/see credence --help/);
  });
});

describe('credence evaluate', () => {
  it('evaluates the bundled sample as contract JSON', () => {
    const o = capture();
    expect(runCli(['evaluate', '--json', '--as-of', '2026-11-28'], o)).toBe(0);
    const reports = JSON.parse(o.out[0]!);
    expect(reports.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(reports[0]).sort()).toEqual([
      'confidence',
      'factors',
      'flags',
      'grade',
      'id',
      'score',
    ]);
  });

  it('prints a table that fits 80 columns and explains one offering with --why', () => {
    const o = capture();
    expect(runCli(['evaluate', '--as-of', '2026-11-28', '--top', '5'], o)).toBe(0);
    for (const line of o.out) expect(line.length).toBeLessThanOrEqual(80);
    const w = capture();
    expect(runCli(['evaluate', '--as-of', '2026-11-28', '--why', 'kcl-advanced-ecg'], w)).toBe(0);
    expect(w.out.join('\n')).toMatch(/accreditation: .* × weight/);
    expect(runCli(['evaluate', '--as-of', 'yesterday'], capture())).toBe(2);
  });
});

describe('credence evaluate: output polish', () => {
  it('prints CSV for --csv, limited by --top, safe for spreadsheets', () => {
    const o = capture();
    expect(runCli(['evaluate', '--csv', '--top', '3', '--as-of', '2026-11-28'], o)).toBe(0);
    expect(o.out[0]).toBe('rank,id,title,score,grade,confidence,flags');
    expect(o.out).toHaveLength(4);
    expect(o.out[1]).toMatch(/^1,[a-z0-9-]+,/);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-5)).toBe('-5');
  });

  it('colours grade letters only when the output allows colour', () => {
    const plain = capture();
    runCli(['evaluate', '--top', '3', '--as-of', '2026-11-28'], plain);
    expect(plain.out.join('\n')).not.toContain('\u001b[');
    const coloured = { ...capture(), color: true };
    runCli(['evaluate', '--top', '3', '--as-of', '2026-11-28'], coloured);
    expect(coloured.out.join('\n')).toContain('\u001b[32mA\u001b[39m');
    expect(colorAllowed(true, {})).toBe(true);
    expect(colorAllowed(true, { NO_COLOR: '' })).toBe(false);
    expect(colorAllowed(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorAllowed(false, {})).toBe(false);
    expect(colorAllowed(undefined, {})).toBe(false);
    expect(colorAllowed(true, { TERM: 'dumb' })).toBe(false);
  });

  it('wraps to the terminal width (80 when piped), flag messages wrapped whole, never cut', () => {
    expect(terminalWidth(false, 200)).toBe(TABLE_WIDTH);
    expect(terminalWidth(undefined, undefined)).toBe(TABLE_WIDTH);
    expect(terminalWidth(true, 132)).toBe(132);
    expect(terminalWidth(true, 20)).toBe(60);
    expect(terminalWidth(true, 1000)).toBe(200);
    const path = file(
      'long-flag.json',
      JSON.stringify([
        {
          id: 'old',
          title: 'Sepsis recognition',
          provider: { name: 'Some Health Trust' },
          accreditations: [
            {
              body: 'Royal College of Nursing',
              validUntil: '2020-01-31',
              creditType: 'RCN CPD hours',
            },
          ],
        },
      ]),
    );
    for (const width of [80, 120]) {
      const o = { ...capture(), width };
      expect(runCli(['evaluate', path, '--as-of', '2026-11-28'], o)).toBe(0);
      for (const line of o.out) expect(line.length).toBeLessThanOrEqual(width);
      const text = o.out.join(' ').replace(/\s+/g, ' ');
      // The whole message is there, its last word included.
      expect(text).toMatch(/expired[^\n]*2020-01-31/);
      expect(text).not.toContain('…');
    }
  });

  it('keeps whole IDs and neutralises terminal escapes in catalogue text', () => {
    const path = file(
      'escapes.json',
      JSON.stringify([
        {
          id: 'a-rather-long-offering-identifier-1',
          title: 'Evil \u001b]0;pwned\u0007title \u001b[2J with escapes and a long tail of words',
          provider: { name: 'X' },
        },
      ]),
    );
    const o = capture();
    expect(runCli(['evaluate', path, '--as-of', '2026-11-28'], o)).toBe(0);
    const text = o.out.join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('a-rather-long-offering-identifier-1');
    for (const line of o.out) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('--why explains score and rank in full, within 80 columns', () => {
    const o = capture();
    expect(runCli(['evaluate', '--as-of', '2026-11-28', '--why', 'mill-acme-typo-ecg'], o)).toBe(0);
    const text = o.out.join('\n');
    expect(text).toMatch(/rank \d+ of \d+ by score/);
    expect(text).toMatch(/accreditation: 0 × weight [\d.]+ = 0 points/);
    expect(text).toMatch(/total: [\d.]+ points/);
    expect(text).toContain('[warning] lookalike-accreditor');
    expect(text).toContain('[critical] implausible-credit');
    for (const line of o.out) expect(line.length).toBeLessThanOrEqual(80);
    const missing = capture();
    expect(runCli(['evaluate', '--why', 'nope', '--as-of', '2026-11-28'], missing)).toBe(2);
    expect(missing.err[0]).toContain('no offering with id "nope"');
  });

  it('rejects options a command would silently ignore', () => {
    const o = capture();
    expect(runCli(['plan', '--top', '3', '--profile', 'x.json'], o)).toBe(2);
    expect(o.err[0]).toMatch(/plan does not take --top/);
    const both = capture();
    expect(runCli(['evaluate', '--json', '--csv'], both)).toBe(2);
  });

  it('shows progress on stderr for a large catalogue, then clears it', () => {
    const courses = Array.from({ length: PROGRESS_MIN_COURSES }, (_, i) => ({
      id: `c${i}`,
      title: `Course ${i}`,
      provider: { name: 'Royal College of Nursing' },
    }));
    const path = file('large.json', JSON.stringify(courses));
    const progress: string[] = [];
    const o = { ...capture(), progress: (t: string) => progress.push(t) };
    expect(runCli(['evaluate', path, '--top', '1', '--as-of', '2026-11-28'], o)).toBe(0);
    expect(progress.some((p) => /evaluating 2,500 \/ 5,000 offerings \(50%\)/.test(p))).toBe(true);
    expect(progress.at(-1)).toBe('');
  }, 60_000);

  it('has shared CSV helpers for recommend and compare results', () => {
    const lines = recommendationsCsv({
      recommendations: [
        {
          id: 'a',
          rank: 1,
          score: 0.8,
          relevance: 0.9,
          credibility: 88,
          grade: 'B',
          fit: 0.7,
          gaps: ['NIV', 'sepsis'],
          reasons: ['Covers NIV', 'Free'],
          evidence: [],
        },
      ],
      uncoveredGaps: [],
      gaps: [],
      heldBack: [],
      notes: [],
    });
    expect(lines).toEqual([
      'rank,id,score,relevance,credibility,grade,fit,gaps_covered,order,reasons',
      '1,a,0.8,0.9,88,B,0.7,NIV;sepsis,,Covers NIV | Free',
    ]);
    const rows = comparisonCsv([
      {
        id: 'b',
        title: 'T, with comma',
        provider: 'P',
        credibility: 70,
        grade: 'B',
        flags: [],
        accreditation: ['RCN'],
        cost: { amount: 0, currency: 'GBP' },
      },
    ]);
    expect(rows[1]).toBe('b,"T, with comma",P,70,B,RCN,,0,GBP,,,,,');
  });
});
