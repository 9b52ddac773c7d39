/**
 * What every answer rests on: reading the catalogue the same way for every command (`--from`,
 * `--map`, `-` for standard input), the catalogue problems as counts on stderr and in full in
 * `--json`, the exit code a script can trust (0 all read, 1 some records rejected, 2 nothing
 * usable), and which uncovered gaps only rejected rows would have covered.
 * @module
 */
import type { CatalogFormat } from '../ingest/adapter.js';
import { CATALOG_FORMATS } from '../ingest/adapter.js';
import type { ParsedCatalog } from '../ingest/parse-catalog.js';
import type { RejectedRecord } from '../model/catalog-reader.js';
import type { Course } from '../model/course.js';
import { CredenceInputError } from '../model/errors.js';
import type { RecordIssue } from '../model/issues.js';
import { parseCourse } from '../model/parse.js';
import type { ClinicianProfile } from '../model/profile.js';
import { createRecommender } from '../recommend/recommender.js';
import { asOfOption, type CliArgs, UsageError } from './args.js';
import { type LoadedCatalogue, loadCatalogue, readColumnMap } from './io.js';
import type { Output } from './output.js';

/** Exit codes every command uses (CONTRACT.md). */
export const EXIT = {
  /** Every record read. */
  ok: 0,
  /** Some records rejected; results for the rest were still printed. */
  rejected: 1,
  /** Unusable input or a usage error. */
  unusable: 2,
} as const;

/** `--from`, checked. */
export function formatOption(args: CliArgs): 'auto' | CatalogFormat {
  const from = args.values.from;
  if (from === undefined) return 'auto';
  if (typeof from === 'string' && (CATALOG_FORMATS as readonly string[]).includes(from)) {
    return from as CatalogFormat;
  }
  throw new UsageError(
    `--from must be one of ${CATALOG_FORMATS.join(', ')}, got "${String(from)}"`,
  );
}

/**
 * Reads the command's catalogue with its `--from`, `--map` and `--as-of` (`asOf` given: that
 * date; `''`: none).
 */
export function readCatalogue(args: CliArgs, asOf?: string): LoadedCatalogue {
  const map = args.values.map;
  const date = asOf ?? asOfOption(args);
  return loadCatalogue(args.positionals[0], {
    format: formatOption(args),
    ...(date === '' ? {} : { asOf: date }),
    ...(typeof map === 'string' ? { columns: readColumnMap(map) } : {}),
  });
}

/** An uncovered gap that only rejected records would have covered. */
export interface GapOnlyInRejected {
  /** The gap as the clinician typed it. */
  readonly gap: string;
  /** The rejected records that would cover it, and why each was rejected. */
  readonly records: readonly {
    readonly index: number;
    readonly row?: number;
    readonly source?: string;
    readonly title?: string;
    readonly reason: string;
  }[];
}

/** The catalogue problems an answer rests on, as `--json` prints them (under `catalogue`). */
export interface CatalogueProblems {
  readonly file: string;
  readonly format: CatalogFormat;
  /** Items in the file that could be offerings. */
  readonly records: number;
  /** Offerings read. */
  readonly read: number;
  /** Records rejected (an error issue names each). */
  readonly rejected: number;
  /** Items passed over without loss (exact repeats, repeated header rows, non-offerings). */
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  /** Issues counted but not listed (caps: `ISSUE_LIMITS`). */
  readonly notListed: number;
  readonly issues: readonly RecordIssue[];
  /** Uncovered gaps that only rejected records would have covered (recommend, plan). */
  readonly gapsOnlyInRejected?: readonly GapOnlyInRejected[];
}

/**
 * The catalogue problems of a parsed catalogue.
 *
 * @example
 * ```ts
 * catalogueProblems(loadCatalogue('my.csv')).rejected; // 2
 * ```
 */
export function catalogueProblems(
  catalogue: LoadedCatalogue,
  gapsOnlyInRejected?: readonly GapOnlyInRejected[],
): CatalogueProblems {
  const { stats } = catalogue;
  return {
    file: catalogue.label,
    format: catalogue.format,
    records: stats.records,
    read: stats.accepted,
    rejected: stats.rejected,
    skipped: stats.skipped,
    errors: stats.issues.errors,
    warnings: stats.issues.warnings,
    notListed: stats.issues.unlisted,
    issues: catalogue.issues,
    ...(gapsOnlyInRejected && gapsOnlyInRejected.length > 0 ? { gapsOnlyInRejected } : {}),
  };
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Counts on stderr, one line, when anything was rejected or noted: what the answer rests on.
 *
 * @example
 * ```ts
 * reportCatalogue(out, problems); // "credence: my.csv: 117 offerings read; 2 records rejected, 14 warnings (credence validate my.csv lists them)"
 * ```
 */
export function reportCatalogue(out: Pick<Output, 'error'>, problems: CatalogueProblems): void {
  if (problems.rejected === 0 && problems.warnings === 0) return;
  const parts = [
    problems.rejected > 0 ? `${plural(problems.rejected, 'record')} rejected` : '',
    problems.warnings > 0 ? plural(problems.warnings, 'warning') : '',
  ].filter((p) => p !== '');
  const where =
    problems.file === 'standard input'
      ? 'credence validate -'
      : `credence validate ${problems.file}`;
  out.error(
    `credence: ${problems.file}: ${plural(problems.read, 'offering')} read; ${parts.join(', ')} (${where} lists them; --json includes them)`,
  );
  for (const g of problems.gapsOnlyInRejected ?? []) out.error(`credence: ${gapLine(g)}`);
}

/** `"wound care" is covered only by rejected records: row 7 "Wound care essentials" (provider is missing)`. */
export function gapLine(g: GapOnlyInRejected): string {
  const shown = g.records.slice(0, 3).map((r) => {
    const where = r.row !== undefined ? `row ${r.row}` : `record ${r.index + 1}`;
    return `${where}${r.title ? ` ${JSON.stringify(r.title)}` : ''} (${r.reason})`;
  });
  const more = g.records.length > 3 ? ` and ${g.records.length - 3} more` : '';
  return `"${g.gap}" would be covered only by records that were rejected: ${shown.join('; ')}${more}`;
}

/**
 * The exit code for an answer: 0 when every record was read, 1 when some were rejected. Throws
 * {@link CredenceInputError} (exit 2) when the file held records but none could be read.
 */
export function exitCodeFor(problems: CatalogueProblems): number {
  if (problems.records > 0 && problems.read === 0 && problems.rejected > 0) {
    throw new CredenceInputError(
      `${problems.file}: none of its ${plural(problems.records, 'record')} could be read (${problems.errors > 0 ? 'see the errors above' : 'no offerings'}); nothing to answer`,
    );
  }
  return problems.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

/** Rejected records examined for {@link gapsOnlyInRejected}: their explanation stays quick. */
const MAX_REJECTED_EXAMINED = 500;

/**
 * Which uncovered gaps only rejected records would have covered. Each rejected record that has
 * a title, description or skills is read as an offering (a placeholder fills a missing title or
 * provider) by the same recommender, and asked which gaps it covers; constraints (budget,
 * format…) are not applied, since the record is not offered either way. At most the first 500
 * rejected records are examined.
 *
 * @example
 * ```ts
 * gapsOnlyInRejected(['wound care'], catalogue.rejected, profile, { asOf: '2026-12-06' });
 * // [{ gap: 'wound care', records: [{ row: 7, title: 'Wound care essentials', reason: 'provider is missing…' }] }]
 * ```
 */
export function gapsOnlyInRejected(
  uncoveredGaps: readonly string[],
  rejected: readonly RejectedRecord[],
  profile: ClinicianProfile,
  options: { asOf: string },
): GapOnlyInRejected[] {
  if (uncoveredGaps.length === 0 || rejected.length === 0) return [];
  const courses: Course[] = [];
  const byId = new Map<string, RejectedRecord>();
  for (const r of rejected.slice(0, MAX_REJECTED_EXAMINED)) {
    const title = r.title ?? r.description?.slice(0, 200) ?? r.skills?.join('; ');
    if (title === undefined) continue;
    const id = `rejected-${courses.length}`;
    try {
      courses.push(
        parseCourse({
          id,
          title,
          provider: { name: r.provider ?? '(provider not given)' },
          ...(r.description ? { description: r.description } : {}),
          ...(r.skills ? { skills: r.skills } : {}),
        }),
      );
      byId.set(id, r);
    } catch {
      // A record too broken to explain is still listed among the rejected.
    }
  }
  if (courses.length === 0) return [];
  const wanted = new Set(uncoveredGaps);
  const gaps = profile.gaps.filter((g) => wanted.has(g.skill));
  if (gaps.length === 0) return [];
  const recommender = createRecommender(courses, { asOf: options.asOf });
  const ask = { profession: profile.profession, gaps };
  const found = new Map<string, GapOnlyInRejected['records'][number][]>();
  for (const course of courses) {
    const covered = recommender.explain(ask, course.id)?.gaps ?? [];
    const r = byId.get(course.id)!;
    for (const gap of covered) {
      const list = found.get(gap) ?? [];
      list.push({
        index: r.index,
        ...(r.row === undefined ? {} : { row: r.row }),
        ...(r.source === undefined ? {} : { source: r.source }),
        ...(r.title === undefined ? {} : { title: r.title }),
        reason: r.reason,
      });
      found.set(gap, list);
    }
  }
  return uncoveredGaps
    .filter((gap) => found.has(gap))
    .map((gap) => ({ gap, records: found.get(gap)! }));
}

/**
 * What an answer rests on, for `recommend`, `plan` and `compare`: the catalogue problems (with
 * the uncovered gaps only rejected records would cover, when a profile is given), reported as
 * counts on stderr, and the exit code. Call {@link exitCodeFor} on the catalogue first to stop
 * early when nothing could be read.
 *
 * @example
 * ```ts
 * const { problems, exit } = answerBasis(out, catalogue, { uncovered: result.uncoveredGaps, profile, asOf });
 * out.json({ ...result, catalogue: problems });
 * return exit;
 * ```
 */
export function answerBasis(
  out: Pick<Output, 'error'>,
  catalogue: LoadedCatalogue,
  gaps?: {
    readonly uncovered: readonly string[];
    readonly profile: ClinicianProfile;
    readonly asOf: string;
  },
): { problems: CatalogueProblems; exit: number } {
  const only =
    gaps === undefined
      ? []
      : gapsOnlyInRejected(gaps.uncovered, catalogue.rejected, gaps.profile, { asOf: gaps.asOf });
  const problems = catalogueProblems(catalogue, only);
  reportCatalogue(out, problems);
  return { problems, exit: exitCodeFor(problems) };
}

/**
 * The usage message for ids not in the catalogue, saying which were in rejected records.
 *
 * @example
 * ```ts
 * notInCatalogue(['c7'], catalogue); // 'not in the catalogue: c7 (row 7 was rejected: …)'
 * ```
 */
export function notInCatalogue(ids: readonly string[], catalogue: ParsedCatalog): string {
  const shown = ids.map((id) => {
    const r = catalogue.rejected.find((x) => x.id === id);
    if (r === undefined) return id;
    const where = r.row !== undefined ? `row ${r.row}` : `record ${r.index + 1}`;
    return `${id} (${where} was rejected: ${r.reason})`;
  });
  return `not in the catalogue: ${shown.join(', ')}`;
}
