/**
 * The recommendation commands: `recommend`, `plan` and `compare`.
 * @module
 */

import { compareCourses } from '../compare/compare.js';
import { resolvePolicy } from '../credibility/policy.js';
import type { Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfile } from '../model/profile.js';
import { createRecommender, type Recommender } from '../recommend/recommender.js';
import { asOfOption, type CliArgs, UsageError } from './args.js';
import {
  answerBasis,
  catalogueProblems,
  exitCodeFor,
  gapLine,
  notInCatalogue,
  readCatalogue,
} from './catalogue.js';
import { readJsonFile } from './io.js';
import { comparisonCsv, type Output, recommendationsCsv } from './output.js';
import { loadProfile } from './profile-input.js';

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

function policyOf(args: CliArgs, out: Output): Policy | undefined {
  const file = str(args, 'policy');
  if (!file) return undefined;
  const { policy, warnings } = resolvePolicy(readJsonFile(file, 'policy'));
  for (const w of warnings) out.error(`credence: ${w}`);
  return policy;
}

/** The profile (validated strictly, regulator checked; see profile-input.ts). */
const profileOf = (args: CliArgs, out: Output, required: boolean): ClinicianProfile | undefined =>
  loadProfile(args, out, required);

const cut = (text: string, width: number): string =>
  text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;

function setup(args: CliArgs, out: Output) {
  const asOf = asOfOption(args);
  const catalogue = readCatalogue(args, asOf);
  // Nothing readable: stop here (exit 2), before building anything.
  exitCodeFor(catalogueProblems(catalogue));
  const policy = policyOf(args, out);
  return { asOf, catalogue, policy };
}

/** Builds the recommender, with a progress note on stderr for catalogues that take a while. */
function buildRecommender(
  courses: readonly Course[],
  asOf: string,
  policy: Policy | undefined,
  out: Output,
): Recommender {
  const large = courses.length >= 5_000;
  if (large)
    out.progress(`indexing and evaluating ${courses.length.toLocaleString('en-GB')} offerings…`);
  const recommender = createRecommender(courses, { asOf, ...(policy ? { policy } : {}) });
  if (large) out.progress('');
  return recommender;
}

/** `credence recommend [catalogue] --profile FILE [--top N] [--json] [--why-not ID]`. */
export function runRecommend(args: CliArgs, out: Output): number {
  const profile = profileOf(args, out, true) as ClinicianProfile;
  const { asOf, catalogue, policy } = setup(args, out);
  const top = str(args, 'top');
  const limit = top === undefined ? 10 : Number.parseInt(top, 10);
  if (!Number.isFinite(limit) || limit < 1)
    throw new UsageError(`--top must be a positive number, got "${top}"`);
  const r = buildRecommender(catalogue.courses, asOf, policy, out);
  const whyNot = str(args, 'why-not');
  if (whyNot) {
    const reasons = r.whyNot(profile, whyNot);
    const { problems, exit } = answerBasis(out, catalogue);
    if (args.values.json) out.json({ id: whyNot, reasons, catalogue: problems });
    else for (const line of reasons) out.line(`${whyNot}: ${line}`);
    return exit;
  }
  const result = r.recommend(profile, {
    limit,
    includeFlagged: args.values['include-flagged'] === true,
  });
  const { problems, exit } = answerBasis(out, catalogue, {
    uncovered: result.uncoveredGaps,
    profile,
    asOf,
  });
  if (args.values.json) {
    out.json({ ...result, catalogue: problems });
    return exit;
  }
  if (args.values.csv) {
    for (const line of recommendationsCsv(result)) out.line(line);
    return exit;
  }
  out.line(`${'#'.padEnd(3)}${cut('offering', 34)} score  cred  fit  gaps covered`);
  for (const rec of result.recommendations) {
    out.line(
      `${String(rec.rank).padEnd(3)}${cut(rec.id, 34)} ${rec.score.toFixed(2)}  ${String(Math.round(rec.credibility)).padStart(3)}  ${rec.fit.toFixed(2)} ${cut(rec.gaps.join(', '), 20)}`.trimEnd(),
    );
    for (const reason of rec.reasons) out.line(`     ${cut(reason, 75).trimEnd()}`);
  }
  if (result.uncoveredGaps.length > 0) out.line(`Not covered: ${result.uncoveredGaps.join(', ')}`);
  for (const g of problems.gapsOnlyInRejected ?? []) out.line(`  ${gapLine(g)}`);
  return exit;
}

/** `credence plan [catalogue] --profile FILE [--json]`. */
export function runPlan(args: CliArgs, out: Output): number {
  const profile = profileOf(args, out, true) as ClinicianProfile;
  const { asOf, catalogue, policy } = setup(args, out);
  const plan = buildRecommender(catalogue.courses, asOf, policy, out).plan(profile);
  const { problems, exit } = answerBasis(out, catalogue, {
    uncovered: plan.uncoveredGaps,
    profile,
    asOf,
  });
  if (args.values.json) {
    out.json({ ...plan, catalogue: problems });
    return exit;
  }
  out.line(
    `Plan: ${plan.courses.length} offering(s), ${plan.totalHours} h, ${plan.totalCost.map((m) => `${m.amount} ${m.currency}`).join(' + ') || 'free'}`,
  );
  for (const reason of plan.reasons) out.line(`  ${cut(reason, 78).trimEnd()}`);
  out.line(`Covered: ${plan.coveredGaps.join(', ') || 'none'}`);
  if (plan.uncoveredGaps.length > 0) out.line(`Not covered: ${plan.uncoveredGaps.join(', ')}`);
  for (const g of problems.gapsOnlyInRejected ?? []) out.line(`  ${gapLine(g)}`);
  const { needed, met, shortfall } = plan.requirement;
  if (needed > 0) out.line(`Requirement: ${met} of ${needed}; shortfall ${shortfall}`);
  return exit;
}

/** `credence compare [catalogue] --ids a,b,c [--profile FILE] [--json]`. */
export function runCompare(args: CliArgs, out: Output): number {
  const ids = (str(args, 'ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) throw new UsageError('compare needs --ids a,b,c');
  const { asOf, catalogue, policy } = setup(args, out);
  const profile = profileOf(args, out, false);
  const byId = new Map(catalogue.courses.map((c) => [c.id, c]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new UsageError(notInCatalogue(missing, catalogue));
  const rows = compareCourses(
    ids.map((id) => byId.get(id)!),
    {
      asOf,
      ...(profile ? { profile } : {}),
      ...(policy ? { policy } : {}),
    },
  );
  const { problems, exit } = answerBasis(out, catalogue);
  if (args.values.json) {
    out.json({ rows, catalogue: problems });
    return exit;
  }
  if (args.values.csv) {
    for (const line of comparisonCsv(rows)) out.line(line);
    return exit;
  }
  for (const row of rows) {
    out.line(
      `${cut(row.id, 40)} ${row.grade} ${String(Math.round(row.credibility)).padStart(3)}/100`,
    );
    out.line(`  ${cut(`${row.title} — ${row.provider}`, 76).trimEnd()}`);
    out.line(
      `  ${cut(`${row.cost ? `${row.cost.amount} ${row.cost.currency}` : 'cost ?'} · ${row.hours ?? '?'} h · ${row.format ?? '?'} · assessment ${row.assessment ?? '?'}`, 76).trimEnd()}`,
    );
    if (row.accreditation.length > 0)
      out.line(`  ${cut(`accreditation: ${row.accreditation.join('; ')}`, 76).trimEnd()}`);
    if (row.university) out.line(`  ${cut(`university: ${row.university}`, 76).trimEnd()}`);
    for (const f of row.flags.filter((x) => x.severity !== 'info'))
      out.line(`  ${cut(`${f.severity}: ${f.message}`, 76).trimEnd()}`);
    if (row.gapsCovered) out.line(`  gaps covered: ${row.gapsCovered.join(', ') || 'none'}`);
  }
  return exit;
}
