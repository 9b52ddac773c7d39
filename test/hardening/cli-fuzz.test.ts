/**
 * Every CLI command, fed hostile files and arguments: exit code 0, 1 or 2, never an
 * "unexpected error", one readable line on failure, and file paths used exactly as given.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  anyJsonText,
  capture,
  nastyString,
  params,
  readText,
  TMP,
  timed,
  tmpFile,
} from './support.js';

const COMMANDS = [
  'validate',
  'convert',
  'evaluate',
  'recommend',
  'plan',
  'compare',
  'schema',
] as const;
const PROFILE = tmpFile('profile.json', readText('data/samples/profiles/uk-nurse.json'));
const CATALOGUE = tmpFile('catalogue.json', readText('data/samples/catalogue.json'));

function run(argv: string[], ms = 5_000) {
  const o = capture();
  let code = -1;
  timed(
    `credence ${argv.join(' ').slice(0, 80)}`,
    () => {
      code = runCli(argv, o);
    },
    ms,
  );
  expect([0, 1, 2], `exit code of ${argv.join(' ')}`).toContain(code);
  const errors = o.err.join('\n');
  expect(errors, `stderr of ${argv.join(' ')}`).not.toMatch(/unexpected error/);
  if (code === 2) {
    expect(o.err.length).toBeGreaterThan(0);
    expect(o.err[0]).toMatch(/^credence: \S/);
  }
  return { code, ...o };
}

/** Minimal arguments each command needs besides the catalogue. */
const extra = (command: string): string[] =>
  command === 'recommend' || command === 'plan'
    ? ['--profile', PROFILE]
    : command === 'compare'
      ? ['--ids', 'a,b']
      : [];

describe('CLI commands on hostile catalogue files', () => {
  let n = 0;
  it('answers any file content with exit 0/1/2 and a readable message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS.filter((c) => c !== 'schema')),
        fc.oneof(
          anyJsonText,
          nastyString,
          fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        fc.constantFrom('.json', '.csv', ''),
        (command, content, ext) => {
          const path = tmpFile(`cat-${n++}${ext}`, content);
          run([command, path, ...extra(command)]);
          if (command === 'evaluate') run([command, path, '--json']);
        },
      ),
      params(40),
    );
  });

  it('answers hostile profile and policy files the same way', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('recommend', 'plan', 'compare', 'evaluate'),
        anyJsonText,
        (command, content) => {
          const path = tmpFile(`p-${n++}.json`, content);
          if (command === 'evaluate') run([command, CATALOGUE, '--policy', path]);
          else
            run([
              command,
              CATALOGUE,
              '--profile',
              path,
              ...(command === 'compare' ? ['--ids', 'a'] : []),
            ]);
        },
      ),
      params(25),
    );
  });

  it('rejects profile files that are valid JSON but not a valid profile with exit 2', () => {
    for (const content of [
      '{}',
      '[]',
      '{"profession":"nurse","gaps":"sepsis"}',
      '{"profession":"nurse","gaps":[1]}',
      `{"profession":"nurse","gaps":["${'x'.repeat(600)}"]}`,
    ]) {
      const path = tmpFile(`bad-profile-${n++}.json`, content);
      for (const command of ['recommend', 'plan']) {
        const { code } = run([command, CATALOGUE, '--profile', path]);
        expect(code).toBe(2);
      }
    }
  });
});

describe('CLI arguments', () => {
  it('answers arbitrary option values and unknown options', () => {
    const option = fc.constantFrom(
      '--top',
      '--as-of',
      '--ids',
      '--why',
      '--why-not',
      '--from',
      '--nope',
      '--json',
      '--csv',
      '--include-flagged',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS, 'help', 'bogus', '--version'),
        option,
        nastyString,
        (command, opt, value) => {
          const argv = [command, CATALOGUE, ...extra(command), opt, value].filter(
            (a) => !a.includes('\u0000'),
          );
          run(argv);
        },
      ),
      params(60),
    );
  });

  it('schema prints JSON Schema for every name and exits 2 for anything else', () => {
    for (const name of ['course', 'profile', 'policy']) {
      const { code, out } = run(['schema', name]);
      expect(code).toBe(0);
      expect(() => JSON.parse(out.join('\n'))).not.toThrow();
    }
    expect(run(['schema', '__proto__']).code).toBe(2);
    expect(run(['schema']).code).toBe(2);
  });

  it('uses file paths as given: shell syntax is just a missing file, nothing is executed', () => {
    const cwd = process.cwd();
    process.chdir(TMP);
    try {
      const before = new Set(readdirSync(TMP));
      for (const name of [
        '$(touch pwned)',
        '`touch pwned`',
        '; touch pwned',
        '| touch pwned',
        '&& touch pwned',
        '../../../../nope\u202e.json',
        // "-" is standard input, not a file: test/cli/stdin.test.ts runs it in a child process.
      ]) {
        for (const command of ['validate', 'evaluate', 'convert']) {
          const { code, err } = run([command, name]);
          expect(code).toBe(2);
          expect(err.join('\n')).toMatch(/credence: /);
        }
        run(['recommend', '--profile', name]);
      }
      expect(existsSync(join(TMP, 'pwned'))).toBe(false);
      expect(readdirSync(TMP).filter((f) => !before.has(f))).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reads a file literally named like shell syntax', () => {
    const path = tmpFile(
      '$(touch x); rm -rf .json',
      '[{"id":"a","title":"ECG","provider":{"name":"RCN"}}]',
    );
    expect(run(['validate', path]).code).toBe(0);
    expect(existsSync(join(TMP, 'x'))).toBe(false);
  });

  it('answers a folder, an empty file and a binary file with exit 2', () => {
    expect(run(['validate', TMP]).code).toBe(2);
    expect(run(['validate', tmpFile('empty.json', '')]).code).toBe(2);
    expect(
      run(['validate', tmpFile('bin.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))])
        .code,
    ).toBe(2);
  });
});
