import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/output.js';

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    color: false,
    line: (t) => out.push(t),
    json: (v) => out.push(JSON.stringify(v)),
    error: (t) => err.push(t),
    progress: () => {},
  };
}

const dir = mkdtempSync(join(tmpdir(), 'credence-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('credence validate', () => {
  it('lists every bad record with index, path and message and exits 1', () => {
    const path = file(
      'mixed.json',
      JSON.stringify([
        { id: 'a', title: 'ECG', provider: { name: 'RCN' } },
        { id: 'c17', title: 'T', provider: { name: 'Y' }, cost: { amount: -5, currency: 'GBP' } },
      ]),
    );
    const o = capture();
    expect(runCli(['validate', path], o)).toBe(1);
    expect(o.out.join('\n')).toContain('record 1 (id "c17"): cost.amount must be ≥ 0, got -5');
    expect(o.out.at(-1)).toMatch(/1 valid record, 1 invalid/);
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
