/**
 * `credence evaluate`: credibility reports as a table, CSV or the contract JSON, and `--why ID`,
 * which explains one offering's score and rank in full.
 * @module
 */
import { statSync } from 'node:fs';
import { evaluateCatalog } from '../credibility/evaluate.js';
import { resolvePolicy } from '../credibility/policy.js';
import type { Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import type { CredibilityReport } from '../model/report.js';
import { csvLines } from './answer-output.js';
import { asOfOption, type CliArgs, UsageError } from './args.js';
import { catalogueProblems, exitCodeFor, readCatalogue, reportCatalogue } from './catalogue.js';
import { readJsonFile } from './io.js';
import {
  fitText,
  gradeStyle,
  type Output,
  paint,
  severityMark,
  terminalText,
  widthOf,
  wrapText,
} from './output.js';

export { asOfOption } from './args.js';
export { fitText } from './output.js';

/** Catalogues this large show progress on stderr: ~1 s of work (10,000 offerings ≈ 1.8 s, docs/credibility-model.md). */
export const PROGRESS_MIN_COURSES = 5_000;
/** Offerings evaluated between two progress updates. */
const PROGRESS_CHUNK = 2_500;
/** Catalogue files at least this large (bytes) show "reading…" while they are parsed. */
const PROGRESS_MIN_BYTES = 5_000_000;

/** `--top N`, or undefined. */
export function topOption(args: CliArgs): number | undefined {
  const value = args.values.top;
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--top must be a whole number ≥ 1, got "${String(value)}"`);
  return n;
}

/** `--policy FILE`, resolved over the defaults (warnings go to stderr). */
export function policyOption(args: CliArgs, out: Output): Policy | undefined {
  const file = args.values.policy;
  if (typeof file !== 'string') return undefined;
  const { policy, warnings } = resolvePolicy(readJsonFile(file, 'policy'));
  for (const w of warnings) out.error(w);
  return policy;
}

/** Reports in rank order: score descending, ties broken by id. */
export function rankReports(reports: readonly CredibilityReport[]): CredibilityReport[] {
  return [...reports].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Evaluates in chunks, reporting progress on stderr for large catalogues. */
function evaluateWithProgress(
  courses: readonly Course[],
  options: { asOf: string; policy?: Policy },
  out: Output,
): CredibilityReport[] {
  if (courses.length < PROGRESS_MIN_COURSES) return evaluateCatalog(courses, options);
  const reports: CredibilityReport[] = [];
  const total = courses.length.toLocaleString('en-GB');
  for (let i = 0; i < courses.length; i += PROGRESS_CHUNK) {
    const done = Math.round((i / courses.length) * 100);
    out.progress(
      `credence: evaluating ${i.toLocaleString('en-GB')} / ${total} offerings (${done}%)…`,
    );
    reports.push(...evaluateCatalog(courses.slice(i, i + PROGRESS_CHUNK), options));
  }
  out.progress('');
  return reports;
}

// Columns: score 5, grade 1, confidence 4, id (as wide as the longest, up to 40), title (the
// rest), separated by two spaces: 80 columns in all, so IDs stay whole for `--why ID`.
const LEAD = 5 + 2 + 1 + 2 + 4 + 2;
const MAX_ID_WIDTH = 40;

function table(
  reports: readonly CredibilityReport[],
  titles: ReadonlyMap<string, string>,
  out: Output,
): string[] {
  // A loop, not a spread into Math.max: 125,000 arguments overflow the call stack.
  let longest = 2;
  for (const r of reports) if (r.id.length > longest) longest = r.id.length;
  const idWidth = Math.min(MAX_ID_WIDTH, longest);
  const width = widthOf(out);
  const titleWidth = width - LEAD - idWidth - 2;
  const indent = ' '.repeat(LEAD);
  const lines = [paint(out, 'bold', `SCORE  G  CONF  ${fitText('ID', idWidth)}  OFFERING`)];
  for (const r of reports) {
    const grade = paint(out, gradeStyle(r.grade), r.grade);
    lines.push(
      `${r.score.toFixed(1).padStart(5)}  ${grade}  ${r.confidence.toFixed(2)}  ${fitText(r.id, idWidth)}  ${fitText(titles.get(r.id) ?? '', titleWidth)}`.trimEnd(),
    );
    const shownFlags = r.flags.filter((f) => f.severity !== 'info');
    const top = shownFlags[0];
    if (top) {
      const { mark, style } = severityMark(top.severity);
      const more = shownFlags.length > 1 ? ` (+${shownFlags.length - 1} more)` : '';
      // Wrapped, never cut: the word that matters ("expired") may come last.
      for (const line of wrapText(
        `${mark} ${top.code}${more}: ${top.message}`,
        width,
        indent,
        `${indent}  `,
      )) {
        lines.push(paint(out, style, line));
      }
    }
  }
  return lines;
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

/** Explains one report in full: rank, every factor's points and evidence, and every flag. */
export function explainReport(
  report: CredibilityReport,
  title: string,
  out: Pick<Output, 'color' | 'width'> = { color: false },
  position?: { rank: number; of: number },
): string[] {
  const width = widthOf(out) - 2;
  const lines = [
    ...wrapText(`${title} (${report.id})`, width, '', '  ').map((l) => paint(out, 'bold', l)),
    ...wrapText(
      `score ${report.score} / 100, grade ${report.grade}, confidence ${report.confidence}` +
        (position ? `, rank ${position.rank} of ${position.of} by score` : ''),
      width,
    ).map((l) =>
      l.replace(/grade ([A-EU])\b/, (_, g: string) => `grade ${paint(out, gradeStyle(g), g)}`),
    ),
    ...(report.grade === 'U'
      ? wrapText(
          'grade U: unrated. Too little is known to grade this offering fairly, and nothing found counts against it; the score is what the known facts add up to.',
          width,
        )
      : []),
    '',
    'factors (points = factor score × weight × 100):',
  ];
  let sum = 0;
  for (const f of report.factors) {
    const points = f.score * f.weight * 100;
    sum += points;
    lines.push(
      `  ${f.id}: ${f.score} × weight ${f.weight} = ${num(points)} points${f.known ? '' : ' (unknown: scores 0, lowers confidence)'}`,
    );
    for (const e of f.evidence) lines.push(...wrapText(e, width, '    - ', '      '));
  }
  lines.push(`  total: ${num(sum)} points`);
  if (Math.abs(sum - report.score) >= 0.1) {
    lines.push(
      ...wrapText(
        `the score is ${report.score}, not ${num(sum)}: red flags multiply the weighted score (the red-flags line), and a critical flag caps the grade (policy criticalGradeCap) and the score with it`,
        width,
        '  ',
      ),
    );
  }
  if (report.flags.length > 0) lines.push('', 'flags:');
  for (const flag of report.flags) {
    const { style } = severityMark(flag.severity);
    const [first = '', ...rest] = wrapText(
      `[${flag.severity}] ${flag.code}: ${flag.message}`,
      width,
      '  ',
      '    ',
    );
    lines.push(paint(out, style, first), ...rest);
  }
  return lines;
}

function progressForFile(path: string | undefined, out: Output): void {
  if (path === undefined || path === '-') return;
  try {
    if (statSync(path).size >= PROGRESS_MIN_BYTES)
      out.progress(`credence: reading ${terminalText(path)}…`);
  } catch {
    // loadCatalogue reports a missing or unreadable file itself.
  }
}

/** `credence evaluate [catalogue]`. */
export function runEvaluate(args: CliArgs, out: Output): number {
  const asOf = asOfOption(args);
  const policy = policyOption(args, out);
  const top = topOption(args);
  if (args.values.json && args.values.csv) throw new UsageError('choose one of --json and --csv');
  progressForFile(args.positionals[0], out);
  const catalogue = readCatalogue(args, asOf);
  out.progress('');
  for (const issue of catalogue.issues) out.error(`${issue.severity}: ${issue.message}`);
  const problems = catalogueProblems(catalogue);
  reportCatalogue(out, problems);
  const exit = exitCodeFor(problems);
  const reports = evaluateWithProgress(
    catalogue.courses,
    { asOf, ...(policy ? { policy } : {}) },
    out,
  );
  const titles = new Map(catalogue.courses.map((c) => [c.id, c.title]));
  const ranked = rankReports(reports);
  const why = args.values.why;
  if (typeof why === 'string') {
    const index = ranked.findIndex((r) => r.id === why);
    const report = ranked[index];
    if (!report) throw new UsageError(`no offering with id "${why}" in ${catalogue.label}`);
    if (args.values.json) out.json(report);
    else
      for (const line of explainReport(report, titles.get(why) ?? why, out, {
        rank: index + 1,
        of: ranked.length,
      }))
        out.line(line);
    return exit;
  }
  const shown = ranked.slice(0, top ?? ranked.length);
  if (args.values.json) {
    out.json(top === undefined ? reports : shown);
  } else if (args.values.csv) {
    const rows = shown.map((r, i) => [
      i + 1,
      r.id,
      titles.get(r.id) ?? '',
      r.score,
      r.grade,
      r.confidence,
      r.flags.map((f) => f.code).join(';'),
    ]);
    for (const line of csvLines(
      ['rank', 'id', 'title', 'score', 'grade', 'confidence', 'flags'],
      rows,
    ))
      out.line(line);
  } else {
    for (const line of table(shown, titles, out)) out.line(line);
    out.line(
      `${shown.length === reports.length ? '' : `top ${shown.length} of `}${reports.length} offerings, as of ${asOf}. Explain one: credence evaluate --why ID`,
    );
  }
  return exit;
}
