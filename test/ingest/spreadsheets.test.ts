/**
 * The spreadsheet corpus (test/fixtures/spreadsheets/, described in its README): files shaped
 * like real exports — Excel (Windows-1252, UTF-8 with a mark, "Unicode text", a European
 * locale, old Mac), Google Sheets, LibreOffice, CMS exports — each read and compared with its
 * golden file (`<file>.expected.json`: format, counts, courses and every issue). A change in
 * what any row reads as, or in any message, fails here and shows the difference.
 *
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run
 * test/ingest/spreadsheets.test.ts`, then read the diff of the golden files before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

const DIR = join(__dirname, '../fixtures/spreadsheets');
const FILES = readdirSync(DIR)
  .filter((f) => !/\.(expected|map)\.json$|\.md$/.test(f))
  .sort();

function read(file: string) {
  const mapFile = join(DIR, file.replace(/\.[^.]+$/, '.map.json'));
  const columns = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : undefined;
  const result = parseCatalog(readFileSync(join(DIR, file)), columns ? { columns } : {});
  return {
    format: result.format,
    stats: result.stats,
    courses: result.courses,
    issues: result.issues.map(({ severity, row, column, value, path, message }) => ({
      severity,
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      path,
      message,
    })),
    rejected: result.rejected,
  };
}

describe('spreadsheet corpus', () => {
  it('has at least 25 files shaped like real exports', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FILES)('%s reads as its golden file says', (file) => {
    const actual = read(file);
    const golden = join(DIR, `${file}.expected.json`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it.each(FILES)(
    '%s loses no row: every record is read, rejected with an error, or skipped with a warning',
    (file) => {
      const { stats, issues, rejected } = read(file);
      expect(stats.accepted + stats.rejected + stats.skipped).toBe(stats.records);
      for (const r of rejected) {
        expect(issues.some((i) => i.severity === 'error' && i.row === r.row)).toBe(true);
      }
    },
  );
});
