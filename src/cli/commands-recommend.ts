/**
 * The recommendation commands: `recommend`, `plan` and `compare`.
 * @module
 */

import { compareCourses } from '../compare/compare.js';
import { resolvePolicy } from '../credibility/policy.js';
import type { Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import { type ClinicianProfile, ClinicianProfileSchema } from '../model/profile.js';
import { createRecommender, type Recommender } from '../recommend/recommender.js';
import { type CliArgs, UsageError } from './args.js';
import { loadCatalogue, readJsonFile } from './io.js';
import { comparisonCsv, type Output, recommendationsCsv } from './output.js';

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

const asOfOf = (args: CliArgs): string =>
  str(args, 'as-of') ?? new Date().toISOString().slice(0, 10);

function policyOf(args: CliArgs, out: Output): Policy | undefined {
  const file = str(args, 'policy');
  if (!file) return undefined;
  const { policy, warnings } = resolvePolicy(readJsonFile(file, 'policy'));
  for (const w of warnings) out.error(`credence: ${w}`);
  return policy;
}

function profileOf(args: CliArgs, required: boolean): ClinicianProfile | undefined {
  const file = str(args, 'profile');
  if (!file) {
    if (required)
      throw new UsageError(
        'needs --profile FILE (a clinician profile, see credence schema profile)',
      );
    return undefined;
  }
  const parsed = ClinicianProfileSchema.safeParse(readJsonFile(file, 'profile'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `the profile ${file} is invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

const cut = (text: string, width: number): string =>
  text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;

function setup(args: CliArgs, out: Output) {
  const asOf = asOfOf(args);
  const catalogue = loadCatalogue(args.positionals[0], { asOf });
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
  const profile = profileOf(args, true) as ClinicianProfile;
  const { asOf, catalogue, policy } = setup(args, out);
  const top = str(args, 'top');
  const limit = top === undefined ? 10 : Number.parseInt(top, 10);
  if (!Number.isFinite(limit) || limit < 1)
    throw new UsageError(`--top must be a positive number, got "${top}"`);
  const r = buildRecommender(catalogue.courses, asOf, policy, out);
  const whyNot = str(args, 'why-not');
  if (whyNot) {
    const reasons = r.whyNot(profile, whyNot);
    if (args.values.json) out.json({ id: whyNot, reasons });
    else for (const line of reasons) out.line(`${whyNot}: ${line}`);
    return 0;
  }
  const result = r.recommend(profile, {
    limit,
    includeFlagged: args.values['include-flagged'] === true,
  });
  if (args.values.json) {
    out.json(result);
    return 0;
  }
  if (args.values.csv) {
    for (const line of recommendationsCsv(result)) out.line(line);
    return 0;
  }
  out.line(`${'#'.padEnd(3)}${cut('offering', 34)} score  cred  fit  gaps covered`);
  for (const rec of result.recommendations) {
    out.line(
      `${String(rec.rank).padEnd(3)}${cut(rec.id, 34)} ${rec.score.toFixed(2)}  ${String(Math.round(rec.credibility)).padStart(3)}  ${rec.fit.toFixed(2)} ${cut(rec.gaps.join(', '), 20)}`.trimEnd(),
    );
    for (const reason of rec.reasons) out.line(`     ${cut(reason, 75).trimEnd()}`);
  }
  if (result.uncoveredGaps.length > 0) out.line(`Not covered: ${result.uncoveredGaps.join(', ')}`);
  return 0;
}

/** `credence plan [catalogue] --profile FILE [--json]`. */
export function runPlan(args: CliArgs, out: Output): number {
  const profile = profileOf(args, true) as ClinicianProfile;
  const { asOf, catalogue, policy } = setup(args, out);
  const plan = buildRecommender(catalogue.courses, asOf, policy, out).plan(profile);
  if (args.values.json) {
    out.json(plan);
    return 0;
  }
  out.line(
    `Plan: ${plan.courses.length} offering(s), ${plan.totalHours} h, ${plan.totalCost.map((m) => `${m.amount} ${m.currency}`).join(' + ') || 'free'}`,
  );
  for (const reason of plan.reasons) out.line(`  ${cut(reason, 78).trimEnd()}`);
  out.line(`Covered: ${plan.coveredGaps.join(', ') || 'none'}`);
  if (plan.uncoveredGaps.length > 0) out.line(`Not covered: ${plan.uncoveredGaps.join(', ')}`);
  const { needed, met, shortfall } = plan.requirement;
  if (needed > 0) out.line(`Requirement: ${met} of ${needed}; shortfall ${shortfall}`);
  return 0;
}

/** `credence compare [catalogue] --ids a,b,c [--profile FILE] [--json]`. */
export function runCompare(args: CliArgs, out: Output): number {
  const ids = (str(args, 'ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) throw new UsageError('compare needs --ids a,b,c');
  const { asOf, catalogue, policy } = setup(args, out);
  const profile = profileOf(args, false);
  const byId = new Map(catalogue.courses.map((c) => [c.id, c]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new UsageError(`not in the catalogue: ${missing.join(', ')}`);
  const rows = compareCourses(
    ids.map((id) => byId.get(id)!),
    {
      asOf,
      ...(profile ? { profile } : {}),
      ...(policy ? { policy } : {}),
    },
  );
  if (args.values.json) {
    out.json(rows);
    return 0;
  }
  if (args.values.csv) {
    for (const line of comparisonCsv(rows)) out.line(line);
    return 0;
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
  return 0;
}
