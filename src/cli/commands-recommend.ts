/**
 * The recommendation commands: `recommend`, `plan` and `compare`.
 * @module
 */

import { compareCourses } from '../compare/compare.js';
import { resolvePolicy } from '../credibility/policy.js';
import type { Course } from '../model/course.js';
import type { Policy } from '../model/policy.js';
import type { ClinicianProfile } from '../model/profile.js';
import type { Rates } from '../recommend/constraints.js';
import { GRADE_ORDER } from '../recommend/defaults.js';
import type { FloorGrade } from '../recommend/floor.js';
import {
  createRecommender,
  type Recommender,
  type RequestOptions,
} from '../recommend/recommender.js';
import {
  comparisonCsv,
  comparisonLines,
  planLines,
  recommendationLines,
  recommendationsCsv,
} from './answer-output.js';
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
import { type Output, terminalText, widthOf, wrapText } from './output.js';
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

function setup(args: CliArgs, out: Output) {
  const asOf = asOfOption(args);
  const catalogue = readCatalogue(args, asOf);
  // Nothing readable: stop here (exit 2), before building anything.
  exitCodeFor(catalogueProblems(catalogue));
  const policy = policyOf(args, out);
  return { asOf, catalogue, policy };
}

/** Exchange rates from `--rates FILE`: `{ "GBP": 1.17, "EUR": 1 }`, each a positive number. */
function ratesOf(args: CliArgs): Rates | undefined {
  const file = str(args, 'rates');
  if (!file) return undefined;
  const value = readJsonFile(file, 'rates');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      `the rates file ${file} must be a JSON object of currency codes and values, e.g. {"GBP": 1.17, "EUR": 1}`,
    );
  }
  const rates: Record<string, number> = {};
  for (const [code, rate] of Object.entries(value)) {
    if (
      !/^[A-Z]{3}$/.test(code) ||
      typeof rate !== 'number' ||
      !(rate > 0) ||
      !Number.isFinite(rate)
    ) {
      throw new UsageError(
        `the rates file ${file}: "${code}" must be a three-letter currency code with a positive number (the value of one unit in a common unit)`,
      );
    }
    rates[code] = rate;
  }
  return rates;
}

/** The request options of recommend and plan: trust floor, exchange rates, region. */
function requestOptionsOf(args: CliArgs): RequestOptions {
  const grade = str(args, 'min-grade')?.toUpperCase();
  if (grade !== undefined && !(GRADE_ORDER as readonly string[]).includes(grade)) {
    throw new UsageError(`--min-grade must be one of ${GRADE_ORDER.join(', ')}, got "${grade}"`);
  }
  const region = str(args, 'region')
    ?.split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  if (region?.some((c) => !/^([A-Z]{2}|EU)$/.test(c))) {
    throw new UsageError('--region takes country codes separated by commas, e.g. GB,IE (or EU)');
  }
  const rates = ratesOf(args);
  return {
    ...(grade ? { minGrade: grade as FloorGrade } : {}),
    ...(args.values['include-flagged'] === true ? { includeFlagged: true } : {}),
    ...(rates ? { rates } : {}),
    ...(region && region.length > 0 ? { region } : {}),
  };
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

/**
 * `credence recommend [catalogue] --profile FILE [--top N] [--json|--csv] [--why-not ID]
 * [--min-grade G] [--include-flagged] [--rates FILE] [--region CODES]`.
 */
export function runRecommend(args: CliArgs, out: Output): number {
  const profile = profileOf(args, out, true) as ClinicianProfile;
  const { asOf, catalogue, policy } = setup(args, out);
  const top = str(args, 'top');
  const limit = top === undefined ? 10 : Number.parseInt(top, 10);
  if (!Number.isFinite(limit) || limit < 1)
    throw new UsageError(`--top must be a positive number, got "${top}"`);
  const options = requestOptionsOf(args);
  const r = buildRecommender(catalogue.courses, asOf, policy, out);
  const whyNot = str(args, 'why-not');
  if (whyNot) {
    const reasons = r.whyNot(profile, whyNot, options);
    const { problems, exit } = answerBasis(out, catalogue);
    if (args.values.json) out.json({ id: whyNot, reasons, catalogue: problems });
    else for (const line of reasons) out.line(`${terminalText(whyNot)}: ${terminalText(line)}`);
    return exit;
  }
  const result = r.recommend(profile, { ...options, limit });
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
  for (const line of recommendationLines(result, out, widthOf(out))) out.line(line);
  for (const g of problems.gapsOnlyInRejected ?? []) {
    for (const line of wrapText(gapLine(g), widthOf(out), '  ', '    ')) out.line(line);
  }
  return exit;
}

/**
 * `credence plan [catalogue] --profile FILE [--json] [--min-grade G] [--include-flagged]
 * [--rates FILE] [--region CODES]`.
 */
export function runPlan(args: CliArgs, out: Output): number {
  const profile = profileOf(args, out, true) as ClinicianProfile;
  const { asOf, catalogue, policy } = setup(args, out);
  const options = requestOptionsOf(args);
  const plan = buildRecommender(catalogue.courses, asOf, policy, out).plan(profile, options);
  const { problems, exit } = answerBasis(out, catalogue, {
    uncovered: plan.uncoveredGaps,
    profile,
    asOf,
  });
  if (args.values.json) {
    out.json({ ...plan, catalogue: problems });
    return exit;
  }
  for (const line of planLines(plan, widthOf(out))) out.line(line);
  for (const g of problems.gapsOnlyInRejected ?? []) {
    for (const line of wrapText(gapLine(g), widthOf(out), '  ', '    ')) out.line(line);
  }
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
  for (const line of comparisonLines(rows, out, widthOf(out))) out.line(line);
  return exit;
}
