/**
 * The command line and input as people give it (issue #16): exit codes a script can trust,
 * suggestions for misspelt options and profile keys, real dates, standard input, column maps,
 * and every answer saying what it rests on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'credence-input-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ASOF = ['--as-of', '2026-12-06'];

const catalogue = file(
  'catalogue.csv',
  [
    'Course name,Provider,Price,Topics,Format',
    'Sepsis recognition and escalation,Example Acute Trust (fictional),Free,sepsis recognition,Online',
    'Wound care essentials,,£20,wound care,Classroom',
    'NIV on the ward,Example Acute Trust (fictional),TBC,non-invasive ventilation,Webinar',
  ].join('\n'),
);
const nurse = file(
  'nurse.json',
  JSON.stringify({ profession: 'nurse', regulator: 'NMC', gaps: ['sepsis', 'wound care'] }),
);

describe('exit codes: 0 all read, 1 some rejected, 2 nothing usable', () => {
  const clean = file(
    'clean.json',
    JSON.stringify([{ id: 'a', title: 'ECG', provider: { name: 'P' } }]),
  );
  const none = file('none.json', JSON.stringify([{ id: 'a' }, { id: 'b', title: 'T' }]));

  it('evaluate', () => {
    expect(runCli(['evaluate', clean, ...ASOF], capture())).toBe(0);
    const some = capture();
    expect(runCli(['evaluate', catalogue, ...ASOF], some)).toBe(1);
    expect(some.out.join('\n')).toMatch(/Sepsis recognition/);
    expect(some.err.join('\n')).toMatch(
      /catalogue\.csv: 2 offerings read; 1 record rejected, \d+ warnings \(credence validate .* lists them; --json includes them\)/,
    );
    const nothing = capture();
    expect(runCli(['evaluate', none, ...ASOF], nothing)).toBe(2);
    expect(nothing.err.at(-1)).toMatch(/none of its 2 records could be read/);
  });

  it('validate and convert', () => {
    expect(runCli(['validate', clean], capture())).toBe(0);
    expect(runCli(['validate', catalogue], capture())).toBe(1);
    expect(runCli(['validate', none], capture())).toBe(1);
    expect(runCli(['convert', catalogue], capture())).toBe(1);
    expect(runCli(['convert', clean], capture())).toBe(0);
  });

  it('recommend, plan and compare', () => {
    expect(runCli(['recommend', catalogue, '--profile', nurse, ...ASOF], capture())).toBe(1);
    expect(runCli(['plan', catalogue, '--profile', nurse, ...ASOF], capture())).toBe(1);
    expect(runCli(['recommend', none, '--profile', nurse, ...ASOF], capture())).toBe(2);
  });
});

describe('what every answer rests on', () => {
  it('recommend --json lists the catalogue problems and the gap only a rejected row covers', () => {
    const o = capture();
    runCli(['recommend', catalogue, '--profile', nurse, '--json', ...ASOF], o);
    const result = JSON.parse(o.out[0]!);
    expect(result.uncoveredGaps).toEqual(['wound care']);
    expect(result.catalogue).toMatchObject({
      format: 'csv',
      records: 3,
      read: 2,
      rejected: 1,
      gapsOnlyInRejected: [
        {
          gap: 'wound care',
          records: [
            {
              row: 3,
              title: 'Wound care essentials',
              reason: 'provider is missing',
            },
          ],
        },
      ],
    });
    expect(result.catalogue.issues.some((i: { row?: number }) => i.row === 3)).toBe(true);
    expect(o.err.join('\n')).toContain(
      '"wound care" would be covered only by records that were rejected: row 3 "Wound care essentials" (provider is missing)',
    );
  });

  it('recommend and plan say so in their text output too', () => {
    const o = capture();
    runCli(['recommend', catalogue, '--profile', nurse, ...ASOF], o);
    expect(o.out.join('\n')).toMatch(
      /'wound care' \(medium\): not covered — nothing in the catalogue covers it\n {2}"wound care" would be covered only by records that were rejected: row 3\n {4}"Wound care essentials" \(provider is missing\)/,
    );
    const p = capture();
    runCli(['plan', catalogue, '--profile', nurse, '--json', ...ASOF], p);
    expect(JSON.parse(p.out[0]!).catalogue.gapsOnlyInRejected[0].gap).toBe('wound care');
  });

  it('compare --json gives rows and the catalogue; an id of a rejected row says why', () => {
    const withIds = file(
      'ids.csv',
      'id,title,provider\na,ECG,Example Cardiac Service (fictional)\nb,Sepsis,\n',
    );
    const o = capture();
    expect(runCli(['compare', withIds, '--ids', 'a', '--json', ...ASOF], o)).toBe(1);
    const { rows, catalogue: problems } = JSON.parse(o.out[0]!);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['a']);
    expect(problems.rejected).toBe(1);
    const missing = capture();
    expect(runCli(['compare', withIds, '--ids', 'a,b', ...ASOF], missing)).toBe(2);
    expect(missing.err[0]).toContain(
      'not in the catalogue: b (row 3 was rejected: provider is missing)',
    );
  });
});

describe('usage mistakes get a plain answer', () => {
  it('suggests the option a misspelt flag meant', () => {
    const o = capture();
    expect(runCli(['recommend', '--profle', nurse], o)).toBe(2);
    expect(o.err[0]).toBe(
      'credence: unknown option --profle; did you mean --profile? (see credence --help)',
    );
    const v = capture();
    expect(runCli(['evaluate', '--top'], v)).toBe(2);
    expect(v.err[0]).toBe('credence: --top needs a value (see credence --help)');
    const s = capture();
    expect(runCli(['evaluate', '--json=yes'], s)).toBe(2);
    expect(s.err[0]).toMatch(/--json takes no value/);
  });

  it('refuses an impossible --as-of date in every command', () => {
    for (const command of [
      ['evaluate'],
      ['recommend', '--profile', nurse],
      ['plan', '--profile', nurse],
      ['compare', '--ids', 'x'],
      ['validate', catalogue],
    ]) {
      const o = capture();
      expect(runCli([...command, '--as-of', '2026-02-30'], o), command[0]).toBe(2);
      expect(o.err[0]).toMatch(/--as-of must be a real date/);
    }
  });
});

describe('profiles: strict where a typo changes the answer', () => {
  const profile = (name: string, value: unknown) => file(name, JSON.stringify(value));

  it('lists misspelt keys and professions with suggestions, as "the profile"', () => {
    const o = capture();
    const path = profile('typos.json', {
      profession: 'nurze',
      gaps: ['sepsis'],
      budjet: { amount: 150, currency: 'GBP' },
      hoursAvailible: 20,
    });
    expect(runCli(['recommend', catalogue, '--profile', path, ...ASOF], o)).toBe(2);
    const text = o.err.join('\n');
    expect(text).toContain(`credence: the profile ${path} is invalid (3 problems):`);
    expect(text).toContain(
      '- profession is not a profession credence knows, got "nurze"; did you mean "nurse"?',
    );
    expect(text).toContain('- "budjet" is not a profile field; did you mean "budget"?');
    expect(text).toContain(
      '- "hoursAvailible" is not a profile field; did you mean "hoursAvailable"?',
    );
    expect(text).not.toMatch(/record 0/);
  });

  it('reads "NMC (UK)" as NMC, so the requirement applies', () => {
    const o = capture();
    const path = profile('nmc-uk.json', {
      profession: 'nurse',
      regulator: 'NMC (UK)',
      gaps: ['sepsis'],
    });
    // The regulator lookup reads names as catalogues write them: the bracketed country is set aside.
    expect(runCli(['plan', '--profile', path, '--json', ...ASOF], o)).toBe(0);
    expect(JSON.parse(o.out[0]!).requirement.needed).toBe(35);
  });

  it('refuses a regulator that does not register the profession, suggesting one that does', () => {
    const o = capture();
    const path = profile('gmc-nurse.json', {
      profession: 'nurse',
      regulator: 'GMC',
      gaps: ['sepsis'],
    });
    expect(runCli(['plan', '--profile', path, ...ASOF], o)).toBe(2);
    expect(o.err[0]).toBe(
      "credence: the profile's regulator GMC (General Medical Council) registers physician, physician-assistant, not nurse; for a nurse, did you mean NMC (Nursing and Midwifery Council)? (see credence --help)",
    );
  });

  it('warns that an unknown regulator means no requirement, and suggests a near one', () => {
    const unknown = capture();
    const path = profile('texas.json', {
      profession: 'nurse',
      regulator: 'Texas BON',
      gaps: ['sepsis'],
    });
    expect(runCli(['plan', '--profile', path, '--json', ...ASOF], unknown)).toBe(0);
    expect(unknown.err).toContain(
      'credence: warning: the profile\'s regulator "Texas BON" is not in credence\'s reference data, so no CPD requirement is applied',
    );
    const near = capture();
    const typo = profile('nmcc.json', { profession: 'nurse', regulator: 'NMCC', gaps: ['sepsis'] });
    expect(runCli(['plan', '--profile', typo, ...ASOF], near)).toBe(2);
    expect(near.err[0]).toMatch(/regulator "NMCC" is not one credence knows; did you mean "NMC"\?/);
  });
});

describe('column maps and standard input', () => {
  it('--map names columns credence does not recognise, for every command', () => {
    const odd = file(
      'odd.csv',
      'Org,Thing,Fee ex VAT\nExample Pharmacy (fictional),Inhaler technique,£12\n',
    );
    const map = file(
      'map.json',
      JSON.stringify({ Org: 'provider.name', Thing: 'title', 'Fee ex VAT': 'cost.amount' }),
    );
    const refused = capture();
    expect(runCli(['validate', odd], refused)).toBe(2);
    expect(refused.err[0]).toMatch(/no column for the offering's title.*--map FILE/s);
    const o = capture();
    expect(runCli(['convert', odd, '--map', map], o)).toBe(0);
    expect(JSON.parse(o.out[0]!).courses[0]).toMatchObject({
      title: 'Inhaler technique',
      provider: { name: 'Example Pharmacy (fictional)' },
      cost: { amount: 12, currency: 'GBP' },
    });
    expect(runCli(['evaluate', odd, '--map', map, ...ASOF], capture())).toBe(0);
    const bad = capture();
    expect(runCli(['validate', odd, '--map', file('bad-map.json', '{"Org": 3}')], bad)).toBe(2);
  });

  it('- reads the catalogue or the profile from standard input', () => {
    const run = (args: string[], input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'test/cli/run-cli.ts', ...args], {
        input,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const validate = run(['validate', '-'], readFileSync(catalogue, 'utf8'));
    expect(validate.status).toBe(1);
    expect(validate.stdout).toMatch(/^standard input \(csv\): 2 valid records, 1 invalid/m);
    const plan = run(
      ['plan', catalogue, '--profile', '-', '--json', ...ASOF],
      readFileSync(nurse, 'utf8'),
    );
    expect(plan.status).toBe(1);
    expect(JSON.parse(plan.stdout).catalogue.rejected).toBe(1);
  }, 120_000);
});

describe('the sources of src/cli and src/ingest', () => {
  it('never spread a catalogue-sized array into Math.max or Math.min', () => {
    const sources = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? sources(join(d, e.name))
          : e.name.endsWith('.ts')
            ? [join(d, e.name)]
            : [],
      );
    const offenders = ['src/cli', 'src/ingest']
      .flatMap(sources)
      .filter((f) => /Math\.(max|min)\([^)]*\.\.\./.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
