/**
 * Golden readings of every catalogue format — Open Badges 2.0 (an assertion, a badge class), Open
 * Badges 3.0, CLR 2.0, CTDL, credence's JSON and CSV: each input (test/fixtures/ingest/, written
 * for the project in the shape of the specifications' examples, and the bundled samples) read
 * by `parseCatalog`, with the format
 * it was detected as, every course and every issue, compared byte for byte with
 * test/fixtures/golden/ingest-<input>.json. Spreadsheets have their own corpus
 * (test/ingest/spreadsheets.test.ts). Update after a reviewed change: `npx vitest run -u
 * test/ingest/golden-adapters.test.ts`, then read the diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');

/** Each input (from the project root), the format it must be read as, and its golden's name. */
const INPUTS: readonly { file: string; format: string; golden: string }[] = [
  {
    file: 'test/fixtures/ingest/ob2-assertion.json',
    format: 'openbadges',
    golden: 'ob2-assertion',
  },
  {
    file: 'test/fixtures/ingest/ob2-badgeclass.json',
    format: 'openbadges',
    golden: 'ob2-badgeclass',
  },
  { file: 'test/fixtures/ingest/ob3-nursing.json', format: 'openbadges', golden: 'ob3-credential' },
  {
    file: 'test/fixtures/ingest/clr2-nursing.json',
    format: 'openbadges',
    golden: 'clr2-credential',
  },
  { file: 'test/fixtures/ingest/ctdl-graph.json', format: 'ctdl', golden: 'ctdl-graph' },
  { file: 'data/samples/catalogue.json', format: 'json', golden: 'json-sample' },
  { file: 'data/samples/catalogue.csv', format: 'csv', golden: 'csv-sample' },
];

describe('golden readings of each catalogue format', () => {
  it.each(INPUTS)(
    '$file reads as $format, exactly as reviewed',
    async ({ file, format, golden: name }) => {
      const text = readFileSync(join(root, file), 'utf8');
      const parsed = parseCatalog(text);
      expect(parsed.format).toBe(format);
      expect(parsed.courses.length).toBeGreaterThan(0);
      const golden = { format: parsed.format, courses: parsed.courses, issues: parsed.issues };
      await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot(
        join(root, 'test/fixtures/golden', `ingest-${name}.json`),
      );
    },
  );
});
