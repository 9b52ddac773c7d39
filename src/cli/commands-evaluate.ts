/**
 * `credence evaluate`: credibility reports as a table, CSV or the contract JSON.
 * @module
 */
import { evaluateCatalog } from '../credibility/evaluate.js';
import { resolvePolicy } from '../credibility/policy.js';
import type { Policy } from '../model/policy.js';
import type { CredibilityReport } from '../model/report.js';
import { type CliArgs, UsageError } from './args.js';
import { loadCatalogue, readJsonFile } from './io.js';
import type { Output } from './output.js';

/** `--as-of` or today (UTC). */
export function asOfOption(args: CliArgs): string {
  const value = args.values['as-of'];
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new UsageError(`--as-of must be a date like 2026-11-28, got "${String(value)}"`);
  }
  return value;
}

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

const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Fits text into `width` characters. */
export function fitText(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function table(
  reports: readonly CredibilityReport[],
  titles: ReadonlyMap<string, string>,
): string[] {
  const lines = [`${'SCORE'.padStart(5)}  G  CONF  ${fitText('OFFERING', 34)}  TOP FLAG`];
  for (const r of reports) {
    const top = r.flags[0];
    lines.push(
      `${r.score.toFixed(1).padStart(5)}  ${r.grade}  ${r.confidence.toFixed(2)}  ${fitText(titles.get(r.id) ?? r.id, 34)}  ${top ? fitText(`${top.severity === 'critical' ? '!!' : top.severity === 'warning' ? '!' : 'i'} ${top.code}`, 26) : ''}`.trimEnd(),
    );
  }
  return lines;
}

/** Explains one report in full. */
export function explainReport(report: CredibilityReport, title: string): string[] {
  const lines = [
    `${title} (${report.id})`,
    `score ${report.score} / 100, grade ${report.grade}, confidence ${report.confidence}`,
  ];
  for (const f of report.factors) {
    lines.push(`  ${f.id}: ${f.score} × weight ${f.weight}${f.known ? '' : ' (unknown)'}`);
    for (const e of f.evidence) lines.push(`    - ${e}`);
  }
  if (report.flags.length > 0) lines.push('  red flags:');
  for (const flag of report.flags)
    lines.push(`    [${flag.severity}] ${flag.code}: ${flag.message}`);
  return lines;
}

/** `credence evaluate [catalogue]`. */
export function runEvaluate(args: CliArgs, out: Output): number {
  const asOf = asOfOption(args);
  const policy = policyOption(args, out);
  const catalogue = loadCatalogue(args.positionals[0], { asOf });
  for (const issue of catalogue.issues) out.error(`${issue.severity}: ${issue.message}`);
  if (catalogue.courses.length > 20_000)
    out.progress(`evaluating ${catalogue.courses.length} offerings…`);
  const reports = evaluateCatalog(catalogue.courses, { asOf, ...(policy ? { policy } : {}) });
  out.progress('');
  const titles = new Map(catalogue.courses.map((c) => [c.id, c.title]));
  const why = args.values.why;
  if (typeof why === 'string') {
    const report = reports.find((r) => r.id === why);
    if (!report) throw new UsageError(`no offering with id "${why}" in ${catalogue.path}`);
    if (args.values.json) out.json(report);
    else for (const line of explainReport(report, titles.get(why) ?? why)) out.line(line);
    return 0;
  }
  const ranked = [...reports].sort(
    (a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const shown = ranked.slice(0, topOption(args) ?? ranked.length);
  if (args.values.json) {
    out.json(args.values.top === undefined ? reports : shown);
  } else if (args.values.csv) {
    out.line('id,score,grade,confidence,flags');
    for (const r of shown)
      out.line(
        [r.id, r.score, r.grade, r.confidence, r.flags.map((f) => f.code).join(';')]
          .map(csvCell)
          .join(','),
      );
  } else {
    for (const line of table(shown, titles)) out.line(line);
    out.line(`${reports.length} offerings, as of ${asOf}. Explain one: credence evaluate --why ID`);
  }
  return 0;
}
