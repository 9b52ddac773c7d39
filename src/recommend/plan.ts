/**
 * The learning plan: budgeted maximum coverage, solved greedily by cost-effectiveness (marginal
 * value ÷ normalised cost) and compared with the best single course (Khuller–Moss–Naor), within
 * budget and hours; the value counts gaps weighted by priority and credibility, plus progress
 * toward the CPD requirement and its category minimums.
 * @module
 */
import type { ClinicianProfile } from '../model/profile.js';
import type { LearningPlan, Money } from '../model/report.js';
import { BoundHeap } from './bound-heap.js';
import { convert } from './constraints.js';
import {
  CATEGORY_SHARE,
  GAP_COVERED_MIN,
  PLAN_COST_EPSILON,
  PLAN_FILLER_POOL,
  REQUIREMENT_VALUE,
} from './defaults.js';
import {
  type Analysis,
  type Candidate,
  claimsAt,
  type EngineState,
  scoreCandidate,
} from './engine.js';
import { fitBound, fitQuery } from './fit-inputs.js';
import { type Requirement, requirementFor } from './requirement.js';

interface Item {
  readonly candidate: Candidate;
  readonly cost: number;
  readonly hours: number;
  readonly quality: number;
  readonly total: number;
  readonly byCategory: readonly number[];
}

interface Progress {
  best: number[];
  total: number;
  categories: number[];
}

function value(p: Progress, weights: readonly number[], req: Requirement): number {
  let v = 0;
  p.best.forEach((b, g) => {
    v += (weights[g] ?? 0) * b;
  });
  if (req.needed > 0) {
    const main = req.categories.length > 0 ? 1 - CATEGORY_SHARE : 1;
    v += REQUIREMENT_VALUE * main * Math.min(1, p.total / req.needed);
    req.categories.forEach((c, i) => {
      v +=
        (REQUIREMENT_VALUE * CATEGORY_SHARE * Math.min(1, (p.categories[i] ?? 0) / c.minimum)) /
        req.categories.length;
    });
  }
  return v;
}

/** `value(add(p, item), …)` without building the new progress (same arithmetic). */
function valueWith(p: Progress, item: Item, weights: readonly number[], req: Requirement): number {
  let v = 0;
  const coverage = item.candidate.coverage;
  for (let g = 0; g < p.best.length; g++) {
    const b = Math.max(p.best[g] as number, item.quality * (coverage[g] ?? 0));
    v += (weights[g] ?? 0) * b;
  }
  if (req.needed > 0) {
    const main = req.categories.length > 0 ? 1 - CATEGORY_SHARE : 1;
    v += REQUIREMENT_VALUE * main * Math.min(1, (p.total + item.total) / req.needed);
    req.categories.forEach((c, i) => {
      const got = (p.categories[i] ?? 0) + (item.byCategory[i] ?? 0);
      v +=
        (REQUIREMENT_VALUE * CATEGORY_SHARE * Math.min(1, got / c.minimum)) / req.categories.length;
    });
  }
  return v;
}

/**
 * Courses with stated, non-zero hours and their rank `hours ÷ (1 + cost)` (hours per unit of
 * cost): the planner's requirement fillers, computed once per catalogue; each plan takes the
 * best of them through a heap (ties by position) instead of sorting the catalogue.
 */
function fillerRanks(state: EngineState): { rank: Float64Array; positions: Int32Array } {
  if (state.fillers) return state.fillers;
  const { hours, cost } = state.inputs;
  const rank: number[] = [];
  const positions: number[] = [];
  for (let p = 0; p < hours.length; p++) {
    const h = hours[p] as number;
    if (Number.isNaN(h) || h === 0) continue;
    const amount = cost[p] as number;
    rank.push(h / (1 + (Number.isNaN(amount) ? 0 : amount)));
    positions.push(p);
  }
  state.fillers = { rank: Float64Array.from(rank), positions: Int32Array.from(positions) };
  return state.fillers;
}

function add(p: Progress, item: Item): Progress {
  return {
    best: p.best.map((b, g) => Math.max(b, item.quality * (item.candidate.coverage[g] ?? 0))),
    total: p.total + item.total,
    categories: p.categories.map((c, i) => c + (item.byCategory[i] ?? 0)),
  };
}

/** Chooses a plan for a profile. */
export function makePlan(
  state: EngineState,
  profile: ClinicianProfile,
  analysis: Analysis,
): LearningPlan {
  const req = requirementFor(profile, state.context.reference);
  const { budget, hoursAvailable } = profile;
  const reasons: string[] = [];
  const items: Item[] = [];
  const seen = new Set<number>();
  const toItem = (c: Candidate): Item | undefined => {
    if (c.verdict.excluded.length > 0) return undefined;
    const cost = c.course.cost
      ? budget
        ? convert(c.course.cost, budget.currency, state.rates)
        : c.course.cost.amount
      : 0;
    if (cost === undefined) return undefined;
    const claims = claimsAt(state, c.position);
    const contribution = req.contribution(c.course, claims);
    return {
      candidate: c,
      cost,
      hours: c.course.durationHours ?? 0,
      quality: (c.report?.score ?? 0) / 100,
      ...contribution,
    };
  };
  for (const c of analysis.candidates) {
    seen.add(c.position);
    const item = toItem(c);
    if (item) items.push(item);
  }
  if (req.needed > 0) {
    // Fillers: the courses with the most hours per unit of cost that no hard constraint
    // excludes (so every slot of the pool is a course the plan may take).
    const excludeCritical = state.policy.ranking.excludeCritical;
    const q = fitQuery(state.inputs, profile, {
      excludeCritical,
      ...(analysis.target ? { target: analysis.target } : {}),
      ...(state.rates ? { rates: state.rates } : {}),
    });
    let taken = 0;
    const { rank, positions } = fillerRanks(state);
    const heap = new BoundHeap(rank, positions, positions.length);
    for (let top = heap.pop(); top >= 0 && taken < PLAN_FILLER_POOL; top = heap.pop()) {
      const position = positions[top] as number;
      if (seen.has(position) || fitBound(q, position) < 0) continue;
      taken++;
      const item = toItem(
        scoreCandidate(state, profile, analysis, analysis.gapMaps, position, excludeCritical),
      );
      if (item && item.total > 0) items.push(item);
    }
  }
  const costScale = budget && budget.amount > 0 ? budget.amount : undefined;
  const denominator = (i: Item): number =>
    (costScale ? i.cost / costScale : 0) +
    (hoursAvailable ? i.hours / hoursAvailable : 0) +
    PLAN_COST_EPSILON;
  const start: Progress = {
    best: analysis.weights.map(() => 0),
    total: 0,
    categories: req.categories.map(() => 0),
  };
  const fits = (spent: number, hours: number, i: Item): boolean =>
    (!budget || spent + i.cost <= budget.amount + 1e-9) &&
    (hoursAvailable === undefined || hours + i.hours <= hoursAvailable + 1e-9);
  let progress = start;
  let spent = 0;
  let hours = 0;
  const chosen: Item[] = [];
  const remaining = [...items].sort((a, b) =>
    a.candidate.course.id < b.candidate.course.id ? -1 : 1,
  );
  for (;;) {
    const current = value(progress, analysis.weights, req);
    let best: { item: Item; ratio: number; index: number } | undefined;
    remaining.forEach((item, index) => {
      if (!fits(spent, hours, item)) return;
      const gain = valueWith(progress, item, analysis.weights, req) - current;
      if (gain <= 1e-9) return;
      const ratio = (gain * (0.2 + item.quality)) / denominator(item);
      if (!best || ratio > best.ratio + 1e-12) best = { item, ratio, index };
    });
    if (!best) break;
    const pick: { item: Item; index: number } = best;
    chosen.push(pick.item);
    remaining.splice(pick.index, 1);
    progress = add(progress, pick.item);
    spent += pick.item.cost;
    hours += pick.item.hours;
  }
  let single: Item | undefined;
  let singleValue = 0;
  for (const item of items) {
    if (!fits(0, 0, item)) continue;
    const v = valueWith(start, item, analysis.weights, req);
    if (v > singleValue + 1e-12) {
      single = item;
      singleValue = v;
    }
  }
  let plan = chosen;
  if (single && singleValue > value(progress, analysis.weights, req) + 1e-9) {
    plan = [single];
    progress = add(start, single);
    reasons.push(
      'A single course beats the greedy selection here (best-single check of the guarantee)',
    );
  }
  return summarise(state, profile, plan, progress, req, reasons);
}

function summarise(
  state: EngineState,
  profile: ClinicianProfile,
  plan: readonly Item[],
  progress: Progress,
  req: Requirement,
  reasons: string[],
): LearningPlan {
  const money = new Map<string, number>();
  const credits = new Map<string, number>();
  let totalHours = 0;
  for (const item of plan) {
    const c = item.candidate.course;
    if (c.cost) money.set(c.cost.currency, (money.get(c.cost.currency) ?? 0) + c.cost.amount);
    totalHours += c.durationHours ?? 0;
    for (const claim of claimsAt(state, item.candidate.position)) {
      if (claim.status !== 'recognised' || claim.amount === undefined) continue;
      const type =
        claim.credit?.id ??
        claim.claim.creditType ??
        `${claim.accreditor?.name ?? claim.claim.body} ${claim.claim.unit ?? 'credits'}`;
      credits.set(type, (credits.get(type) ?? 0) + claim.amount);
    }
    const gaps = profile.gaps
      .filter((_, g) => (item.candidate.coverage[g] ?? 0) >= GAP_COVERED_MIN)
      .map((g) => `'${g.skill}'`);
    reasons.push(
      `${c.id}: ${gaps.length > 0 ? `covers ${gaps.join(', ')}` : 'adds CPD toward the requirement'}; ${c.durationHours ?? '?'} h, ${c.cost ? `${c.cost.amount} ${c.cost.currency}` : 'cost not stated'}, credibility ${item.candidate.report?.score ?? '?'}/100`,
    );
  }
  const covered = profile.gaps
    .filter((_, g) => plan.some((i) => (i.candidate.coverage[g] ?? 0) >= GAP_COVERED_MIN))
    .map((g) => g.skill);
  const uncovered = profile.gaps.map((g) => g.skill).filter((s) => !covered.includes(s));
  const met = Math.min(req.needed, progress.total);
  let shortfall = req.needed - met;
  req.categories.forEach((c, i) => {
    const got = progress.categories[i] ?? 0;
    if (req.needed > 0) reasons.push(`${c.label}: ${round(got)} of at least ${c.minimum}`);
    shortfall = Math.max(shortfall, c.minimum - got);
  });
  if (req.needed > 0)
    reasons.push(`Requirement: ${req.label}; this plan gives ${round(progress.total)} ${req.unit}`);
  if (profile.budget) {
    const other = [...money.keys()].filter((k) => k !== profile.budget?.currency);
    if (other.length > 0)
      reasons.push(`Costs in ${other.join(', ')} are free courses or converted with your rates`);
  }
  const totalCost: Money[] = [...money.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, amount]) => ({ currency, amount: round(amount) }));
  return {
    courses: plan.map((i) => i.candidate.course.id),
    totalCost,
    totalHours: round(totalHours),
    credits: [...credits.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, amount]) => ({ type, amount: round(amount) })),
    coveredGaps: covered,
    uncoveredGaps: uncovered,
    requirement: { needed: req.needed, met: round(met), shortfall: round(Math.max(0, shortfall)) },
    reasons,
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;
