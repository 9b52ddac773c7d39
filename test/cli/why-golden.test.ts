/**
 * Golden output of `credence evaluate --why` for three offerings of the bundled sample — a
 * recognised accredited course, a look-alike mill and an unrated sparse row — byte for byte
 * (test/fixtures/golden/evaluate-why.txt). Piped output: no colour, 80 columns. Update after a
 * reviewed change: `npx vitest run -u test/cli/why-golden.test.ts`, then read the diff.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { capture } from './capture.js';

const root = join(import.meta.dirname, '../..');

describe('evaluate --why', () => {
  it('explains each offering exactly as reviewed', async () => {
    const sections: string[] = [];
    for (const id of ['kcl-advanced-ecg', 'mill-acme-typo-ecg', 'resus-uk-epals']) {
      const o = capture();
      expect(runCli(['evaluate', '--as-of', '2026-11-28', '--why', id], o)).toBe(0);
      sections.push(`$ credence evaluate --as-of 2026-11-28 --why ${id}\n${o.out.join('\n')}`);
    }
    await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot(
      join(root, 'test/fixtures/golden/evaluate-why.txt'),
    );
  });
});
