/**
 * The learning plan. First, the gaps: an exact search (`plan-cover.ts`) chooses offerings that
 * cover the most gaps (weighted by priority) within the budget and the hours — among equal
 * coverage, the most credible, strongest coverage, then the cheapest. Then the requirement: the
 * regulator's (or the clinician's required credit) hours or credits, filled with what the
 * budget and hours have left, best hours per unit of cost first. Every gap left uncovered says
 * why.
 * @module
 */
import type { ResolvedClaim } from '../credibility/claims.js';
import type { LearningPlan, Money } from '../model/report.js';
import { COVERS_FROM } from '../relevance/defaults.js';
import { covers } from '../relevance/relevance.js';
import { unionOf } from './analyse.js';
import { answerGaps } from './answers.js';
import { costInBudget, failedConstraints } from './constraints.js';
import type { CourseFacts } from './course-facts.js';
import {
  CATEGORY_SHARE,
  PLAN_COST_EPSILON,
  PLAN_FILLER_POOL,
  REQUIREMENT_VALUE,
} from './defaults.js';
import {
  type Candidate,
  claimsAt,
  type EngineState,
  type Prepared,
  scoreCandidate,
} from './engine.js';
import { bestCover, EPS, type PlanItem, type PlanLimits } from './plan-cover.js';
import { type Requirement, requirementFor } from './requirement.js';

interface Progress {
  total: number;
  categories: number[];
}

/** Value of requirement progress: the share met, with a share for category minimums. */
function requirementValue(req: Requirement, p: Progress): number {
  if (req.needed <= 0) return 0;
  const main = req.categories.length > 0 ? 1 - CATEGORY_SHARE : 1;
  let v = REQUIREMENT_VALUE * main * Math.min(1, p.total / req.needed);
  req.categories.forEach((c, i) => {
    v +=
      (REQUIREMENT_VALUE * CATEGORY_SHARE * Math.min(1, (p.categories[i] ?? 0) / c.minimum)) /
      req.categories.length;
  });
  return v;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * The offerings the gap search may choose: for each set of gaps covered, those no other of the
 * same set beats on cost, hours and quality together (the others are never needed), checked
 * against the hard constraints only when kept. Offerings whose cost cannot be compared with the
 * budget are left out, their currency noted.
 */
function planItems(
  state: EngineState,
  prepared: Prepared,
  limits: PlanLimits,
  unknownCurrencies: Set<string>,
): PlanItem[] {
  const { query, weights, tables } = prepared;
  const g = tables.length;
  const threshold = Math.max(COVERS_FROM, state.policy.ranking.minRelevance);
  const { kept, coverage } = unionOf(state, prepared, threshold);
  const { cost: amounts, currency, currencies, hours: durations, credibility } = state.facts;
  const groups = new Map<
    string,
    { slot: number; cost: number; hours: number; quality: number }[]
  >();
  for (let s = 0; s < kept.length; s++) {
    const p = kept[s] as number;
    let cost = 0;
    if (!Number.isNaN(amounts[p] as number)) {
      const inBudget = prepared.profile.budget ? costInBudget(query, p) : (amounts[p] as number);
      if (inBudget === undefined) {
        const code = currencies.values[currency[p] as number] as string;
        // Noted once an offering priced in it would otherwise be planned.
        if (!unknownCurrencies.has(code) && failedConstraints(query, p) === 0) {
          unknownCurrencies.add(code);
        }
        continue;
      }
      cost = inBudget;
    }
    const hours = Number.isNaN(durations[p] as number) ? 0 : (durations[p] as number);
    if (cost > limits.budget + EPS || hours > limits.hours + EPS) continue;
    let key = '';
    let quality = 0;
    for (let gi = 0; gi < g; gi++) {
      const v = coverage[s * g + gi] as number;
      if (!covers(v)) continue;
      key += `${gi},`;
      quality += (weights[gi] as number) * (credibility[p] as number) * v;
    }
    const group = groups.get(key);
    const entry = { slot: s, cost, hours, quality };
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const items: PlanItem[] = [];
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        a.cost - b.cost ||
        a.hours - b.hours ||
        b.quality - a.quality ||
        (kept[a.slot] as number) - (kept[b.slot] as number),
    );
    const front: (typeof group)[number][] = [];
    for (const e of group) {
      // Cheaper or as cheap (sorted): beaten when one kept takes no longer and is as good.
      if (front.some((f) => f.hours <= e.hours + EPS && f.quality >= e.quality - EPS)) continue;
      const p = kept[e.slot] as number;
      if (failedConstraints(query, p) !== 0) continue;
      front.push(e);
      const course = state.index.courses[p];
      if (!course) continue;
      const gaps: number[] = [];
      const quality: number[] = [];
      for (let gi = 0; gi < g; gi++) {
        const v = coverage[e.slot * g + gi] as number;
        if (!covers(v)) continue;
        gaps.push(gi);
        quality.push((weights[gi] as number) * (credibility[p] as number) * v);
      }
      items.push({ position: p, id: course.id, cost: e.cost, hours: e.hours, gaps, quality });
    }
  }
  return items;
}

/**
 * Every course, most hours per unit of cost first (ties: catalogue order): the order requirement
 * fillers are tried in. It depends only on the catalogue: built with the recommender.
 */
export function fillerOrder(facts: CourseFacts): Int32Array {
  const { hours, cost } = facts;
  const rank: number[] = [];
  const positions: number[] = [];
  for (let p = 0; p < hours.length; p++) {
    const h = hours[p] as number;
    if (Number.isNaN(h) || h === 0) continue;
    const amount = cost[p] as number;
    rank.push(h / (1 + (Number.isNaN(amount) ? 0 : amount)));
    positions.push(p);
  }
  const order = positions
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (rank[b] as number) - (rank[a] as number) ||
        (positions[a] as number) - (positions[b] as number),
    );
  return Int32Array.from(order, (i) => positions[i] as number);
}

/** Chooses a plan for a prepared request. */
export function makePlan(state: EngineState, prepared: Prepared): LearningPlan {
  const { profile, query, weights } = prepared;
  const req = requirementFor(profile, state.context.reference);
  const limits: PlanLimits = {
    budget: profile.budget ? profile.budget.amount : Number.POSITIVE_INFINITY,
    hours: profile.hoursAvailable ?? Number.POSITIVE_INFINITY,
  };
  const reasons: string[] = [];
  const notes: string[] = [];
  const unknownCurrencies = new Set<string>();
  /** A course the plan may take, or undefined (excluded, or its cost cannot be compared). */
  const itemAt = (p: number, candidate?: Candidate): PlanItem | undefined => {
    if (failedConstraints(query, p) !== 0) return undefined;
    const course = state.index.courses[p];
    if (!course) return undefined;
    let cost = 0;
    if (course.cost) {
      const inBudget = profile.budget ? costInBudget(query, p) : course.cost.amount;
      if (inBudget === undefined) {
        unknownCurrencies.add(course.cost.currency);
        return undefined;
      }
      cost = inBudget;
    }
    const q = state.facts.credibility[p] as number;
    const gaps: number[] = [];
    const quality: number[] = [];
    prepared.tables.forEach((t, g) => {
      const v = candidate ? (candidate.coverage[g] ?? 0) : Math.min(1, t.get(p)?.score ?? 0);
      if (!covers(v)) return;
      gaps.push(g);
      quality.push((weights[g] as number) * q * v);
    });
    return { position: p, id: course.id, cost, hours: course.durationHours ?? 0, gaps, quality };
  };
  const items = planItems(state, prepared, limits, unknownCurrencies);
  const cover = bestCover(items, weights, limits);
  if (!cover.exact) {
    notes.push(
      'The plan search stopped at its limit; the best plan found is shown (it may not cover every coverable gap)',
    );
  }
  // Then the requirement, with what is left: courses with the most hours per unit of cost first.
  const chosen: PlanItem[] = [...cover.items];
  let spent = cover.cost;
  let used = cover.hours;
  const claimsOf = (p: number): readonly ResolvedClaim[] => claimsAt(state, p);
  const progress: Progress = { total: 0, categories: req.categories.map(() => 0) };
  const add = (item: PlanItem) => {
    const course = state.index.courses[item.position];
    if (!course) return;
    const c = req.contribution(course, claimsOf(item.position));
    progress.total += c.total;
    c.byCategory.forEach((v, i) => {
      progress.categories[i] = (progress.categories[i] ?? 0) + v;
    });
  };
  for (const item of chosen) add(item);
  if (req.needed > 0) {
    const taken = new Set(chosen.map((i) => i.position));
    const fillers: PlanItem[] = [];
    for (const p of state.fillerOrder) {
      if (fillers.length >= PLAN_FILLER_POOL) break;
      if (taken.has(p)) continue;
      const item = itemAt(p);
      if (item) fillers.push(item);
    }
    const spend = (i: PlanItem) =>
      (Number.isFinite(limits.budget) && limits.budget > 0 ? i.cost / limits.budget : 0) +
      (Number.isFinite(limits.hours) && limits.hours > 0 ? i.hours / limits.hours : 0) +
      PLAN_COST_EPSILON;
    const gain = new Map<number, { total: number; byCategory: number[] }>();
    const contribution = (i: PlanItem) => {
      let c = gain.get(i.position);
      if (!c) {
        const course = state.index.courses[i.position];
        c = course ? req.contribution(course, claimsOf(i.position)) : { total: 0, byCategory: [] };
        gain.set(i.position, c);
      }
      return c;
    };
    for (;;) {
      const now = requirementValue(req, progress);
      if (now >= REQUIREMENT_VALUE - EPS) break;
      let pick: { item: PlanItem; ratio: number } | undefined;
      for (const item of fillers) {
        if (taken.has(item.position)) continue;
        if (spent + item.cost > limits.budget + EPS || used + item.hours > limits.hours + EPS)
          continue;
        const c = contribution(item);
        const next = requirementValue(req, {
          total: progress.total + c.total,
          categories: progress.categories.map((v, k) => v + (c.byCategory[k] ?? 0)),
        });
        const ratio = (next - now) / spend(item);
        if (next - now > EPS && (!pick || ratio > pick.ratio + EPS)) pick = { item, ratio };
      }
      if (!pick) break;
      chosen.push(pick.item);
      taken.add(pick.item.position);
      add(pick.item);
      spent += pick.item.cost;
      used += pick.item.hours;
    }
  }
  return summarise(state, prepared, chosen, progress, req, reasons, notes, unknownCurrencies, {
    budget: limits.budget - spent,
    hours: limits.hours - used,
  });
}

function summarise(
  state: EngineState,
  prepared: Prepared,
  plan: readonly PlanItem[],
  progress: Progress,
  req: Requirement,
  reasons: string[],
  notes: string[],
  unknownCurrencies: ReadonlySet<string>,
  left: { budget: number; hours: number },
): LearningPlan {
  const { profile } = prepared;
  const money = new Map<string, number>();
  const credits = new Map<string, number>();
  let totalHours = 0;
  const candidates = plan.map((item) => scoreCandidate(state, prepared, item.position));
  for (const c of candidates) {
    const course = c.course;
    if (course.cost)
      money.set(course.cost.currency, (money.get(course.cost.currency) ?? 0) + course.cost.amount);
    totalHours += course.durationHours ?? 0;
    for (const claim of claimsAt(state, c.position)) {
      if (claim.status !== 'recognised' || claim.amount === undefined) continue;
      const type =
        claim.credit?.id ??
        claim.claim.creditType ??
        `${claim.accreditor?.name ?? claim.claim.body} ${claim.claim.unit ?? 'credits'}`;
      credits.set(type, (credits.get(type) ?? 0) + claim.amount);
    }
    const gaps = profile.gaps
      .filter((_, g) => covers(c.coverage[g] ?? 0))
      .map((g) => `'${g.skill}'`);
    reasons.push(
      `${course.id}: ${gaps.length > 0 ? `covers ${gaps.join(', ')}` : 'adds CPD toward the requirement'}; ${course.durationHours ?? '?'} h, ${course.cost ? `${course.cost.amount} ${course.cost.currency}` : 'cost not stated'}, credibility ${c.report?.score ?? '?'}/100 (grade ${c.report?.grade ?? 'U'})`,
    );
  }
  const gapAnswers = answerGaps(state, prepared, candidates, {
    reason: 'the plan could not also fit an offering that covers it within the budget and hours',
    left: {
      ...(profile.budget ? { budget: round(Math.max(0, left.budget)) } : {}),
      ...(profile.hoursAvailable !== undefined ? { hours: round(Math.max(0, left.hours)) } : {}),
    },
  });
  const met = Math.min(req.needed, progress.total);
  let shortfall = req.needed - met;
  req.categories.forEach((c, i) => {
    const got = progress.categories[i] ?? 0;
    if (req.needed > 0) reasons.push(`${c.label}: ${round(got)} of at least ${c.minimum}`);
    shortfall = Math.max(shortfall, c.minimum - got);
  });
  if (req.needed > 0) {
    reasons.push(`Requirement: ${req.label}; this plan gives ${round(progress.total)} ${req.unit}`);
  }
  if (unknownCurrencies.size > 0 && profile.budget) {
    notes.push(
      `Costs in ${[...unknownCurrencies].sort().join(', ')} are unknown for the ${profile.budget.currency} budget (no exchange rates were given): offerings priced in them are left out of the plan unless free. Pass rates to compare them.`,
    );
  }
  const totalCost: Money[] = [...money.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, amount]) => ({ currency, amount: round(amount) }));
  const covered = gapAnswers.filter((g) => g.covered).map((g) => g.gap);
  return {
    courses: plan.map((i) => i.id),
    totalCost,
    totalHours: round(totalHours),
    credits: [...credits.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, amount]) => ({ type, amount: round(amount) })),
    coveredGaps: covered,
    uncoveredGaps: gapAnswers.filter((g) => !g.covered).map((g) => g.gap),
    requirement: { needed: req.needed, met: round(met), shortfall: round(Math.max(0, shortfall)) },
    reasons,
    gaps: gapAnswers,
    notes,
  };
}
