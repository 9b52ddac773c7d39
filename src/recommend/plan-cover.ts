/**
 * The exact search at the heart of a plan: which offerings cover the most gaps (weighted by
 * priority) within the budget and the hours — among equal coverage, the most credible, then the
 * cheapest, then the fewest hours. Branch and bound over the gaps, most constrained first, over
 * only the offerings no other beats on cost, hours and quality together; then a bounded pass
 * that swaps in more credible offerings where they fit.
 * @module
 */
import { PLAN_COST_EPSILON, PLAN_SEARCH_NODES } from './defaults.js';

/** A course the planner may choose: its cost in the budget's currency, hours and what it covers. */
export interface PlanItem {
  readonly position: number;
  readonly id: string;
  readonly cost: number;
  readonly hours: number;
  /** Gaps it covers (indices), with its value for each: priority × credibility × coverage. */
  readonly gaps: readonly number[];
  readonly quality: readonly number[];
}

/** The limits a plan must keep: budget (in its currency) and hours; Infinity when not given. */
export interface PlanLimits {
  readonly budget: number;
  readonly hours: number;
}

/** The best set of items for the gaps, found by {@link bestCover}. */
export interface Cover {
  readonly items: readonly PlanItem[];
  /** Σ priority weight of the gaps covered. */
  readonly covered: number;
  /** Σ over covered gaps of the best item's quality for it. */
  readonly quality: number;
  readonly cost: number;
  readonly hours: number;
  /** False when the search stopped at its node limit (the best plan found is kept). */
  readonly exact: boolean;
}

/** Tolerance for comparing sums of money, hours and weights. */
export const EPS = 1e-9;

/** Whether `a` is a better cover than `b`: more weight covered, then quality, cost, hours. */
function better(
  a: { covered: number; quality: number; cost: number; hours: number },
  b: { covered: number; quality: number; cost: number; hours: number },
): boolean {
  if (a.covered > b.covered + EPS) return true;
  if (a.covered < b.covered - EPS) return false;
  if (a.quality > b.quality + EPS) return true;
  if (a.quality < b.quality - EPS) return false;
  if (a.cost < b.cost - EPS) return true;
  if (a.cost > b.cost + EPS) return false;
  return a.hours < b.hours - EPS;
}

/** The gaps an item covers, as a key. */
const signature = (item: PlanItem): string => item.gaps.join(',');

/** Σ of an item's quality over the gaps it covers. */
const qualityOf = (item: PlanItem): number => item.quality.reduce((a, b) => a + b, 0);

/**
 * Per set of gaps covered, the items no other of the same set beats on both money and hours
 * (of equal cost and hours, the most credible): every cover the search needs is among them.
 * O(n log n).
 */
export function undominated(items: readonly PlanItem[]): PlanItem[] {
  const groups = new Map<string, PlanItem[]>();
  for (const item of items) {
    const key = signature(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const kept: PlanItem[] = [];
  for (const list of groups.values()) {
    list.sort(
      (a, b) =>
        a.cost - b.cost ||
        a.hours - b.hours ||
        qualityOf(b) - qualityOf(a) ||
        (a.id < b.id ? -1 : 1),
    );
    let fewest = Number.POSITIVE_INFINITY;
    for (const item of list) {
      if (item.hours < fewest - EPS) {
        kept.push(item);
        fewest = item.hours;
      }
    }
  }
  return kept;
}

/**
 * Raises a cover's quality without losing coverage or breaking the limits: each chosen item is
 * swapped for the most credible item that covers at least the gaps only it covers, while the
 * swap fits. Repeats until nothing improves (bounded).
 */
function improve(
  cover: Cover,
  items: readonly PlanItem[],
  weights: readonly number[],
  limits: PlanLimits,
): Cover {
  let chosen = [...cover.items];
  const total = (list: readonly PlanItem[]) => {
    let cost = 0;
    let hours = 0;
    for (const i of list) {
      cost += i.cost;
      hours += i.hours;
    }
    return { cost, hours };
  };
  const qualityOfCover = (list: readonly PlanItem[]) => {
    let q = 0;
    weights.forEach((_, g) => {
      let best = 0;
      for (const i of list) {
        const k = i.gaps.indexOf(g);
        if (k >= 0) best = Math.max(best, i.quality[k] as number);
      }
      q += best;
    });
    return q;
  };
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (let k = 0; k < chosen.length; k++) {
      const current = chosen[k] as PlanItem;
      const others = chosen.filter((_, j) => j !== k);
      const needed = current.gaps.filter((g) => !others.some((o) => o.gaps.includes(g)));
      const base = total(others);
      let best = current;
      let bestQuality = qualityOfCover(chosen);
      for (const item of items) {
        if (item === current || chosen.includes(item)) continue;
        if (!needed.every((g) => item.gaps.includes(g))) continue;
        if (
          base.cost + item.cost > limits.budget + EPS ||
          base.hours + item.hours > limits.hours + EPS
        )
          continue;
        const q = qualityOfCover([...others, item]);
        if (q > bestQuality + EPS) {
          best = item;
          bestQuality = q;
        }
      }
      if (best !== current) {
        chosen = [...others.slice(0, k), best, ...others.slice(k)];
        improved = true;
      }
    }
    if (!improved) break;
  }
  const t = total(chosen);
  return { ...cover, items: chosen, quality: qualityOfCover(chosen), cost: t.cost, hours: t.hours };
}

/**
 * The exact best cover of the gaps (weights by gap index) within the limits: branch and bound
 * over the gaps, most constrained first — each gap is either covered by one of the items that
 * cover it, or left out — pruned by the weight still reachable. Stops at `maxNodes`, keeping
 * the best cover found (then `exact` is false).
 *
 * @example
 * ```ts
 * bestCover(items, [1, 0.6], { budget: 100, hours: 10 }).covered; // 1.6 when both fit
 * ```
 */
export function bestCover(
  items: readonly PlanItem[],
  weights: readonly number[],
  limits: PlanLimits,
  maxNodes = PLAN_SEARCH_NODES,
): Cover {
  const pool = undominated(
    items.filter((i) => i.cost <= limits.budget + EPS && i.hours <= limits.hours + EPS),
  );
  const G = weights.length;
  const byGap: PlanItem[][] = weights.map(() => []);
  for (const item of pool) for (const g of item.gaps) byGap[g]?.push(item);
  // Within a gap, try the items that do most for it per resource first: good covers early prune more.
  const spend = (i: PlanItem) =>
    (Number.isFinite(limits.budget) && limits.budget > 0 ? i.cost / limits.budget : 0) +
    (Number.isFinite(limits.hours) && limits.hours > 0 ? i.hours / limits.hours : 0) +
    PLAN_COST_EPSILON;
  for (const list of byGap) {
    list.sort(
      (a, b) => b.gaps.length / spend(b) - a.gaps.length / spend(a) || (a.id < b.id ? -1 : 1),
    );
  }
  const order = weights
    .map((_, g) => g)
    .filter((g) => (byGap[g]?.length ?? 0) > 0)
    .sort(
      (a, b) =>
        (weights[b] as number) - (weights[a] as number) ||
        (byGap[a]?.length ?? 0) - (byGap[b]?.length ?? 0) ||
        a - b,
    );
  const coveredBy = new Int32Array(G); // how many chosen items cover each gap
  const chosen: PlanItem[] = [];
  let best: Cover = { items: [], covered: 0, quality: 0, cost: 0, hours: 0, exact: true };
  let nodes = 0;
  let exact = true;
  const value = (): { covered: number; quality: number } => {
    let covered = 0;
    let quality = 0;
    for (let g = 0; g < G; g++) {
      if ((coveredBy[g] as number) === 0) continue;
      covered += weights[g] as number;
      let q = 0;
      for (const item of chosen) {
        const k = item.gaps.indexOf(g);
        if (k >= 0) q = Math.max(q, item.quality[k] as number);
      }
      quality += q;
    }
    return { covered, quality };
  };
  const search = (at: number, cost: number, hours: number): void => {
    if (++nodes > maxNodes) {
      exact = false;
      return;
    }
    let i = at;
    while (i < order.length && (coveredBy[order[i] as number] as number) > 0) i++;
    // The weight still reachable: what is covered plus every remaining coverable gap.
    let reachable = 0;
    for (let g = 0; g < G; g++) if ((coveredBy[g] as number) > 0) reachable += weights[g] as number;
    for (let j = i; j < order.length; j++) {
      const g = order[j] as number;
      if ((coveredBy[g] as number) === 0) reachable += weights[g] as number;
    }
    if (reachable < best.covered - EPS) return;
    if (i >= order.length) {
      const v = value();
      const candidate = { ...v, cost, hours };
      if (better(candidate, best)) best = { items: [...chosen], ...candidate, exact: true };
      return;
    }
    const g = order[i] as number;
    for (const item of byGap[g] as PlanItem[]) {
      if (cost + item.cost > limits.budget + EPS || hours + item.hours > limits.hours + EPS)
        continue;
      chosen.push(item);
      for (const h of item.gaps) coveredBy[h] = (coveredBy[h] as number) + 1;
      search(i + 1, cost + item.cost, hours + item.hours);
      for (const h of item.gaps) coveredBy[h] = (coveredBy[h] as number) - 1;
      chosen.pop();
      if (nodes > maxNodes) return;
    }
    // Or leave this gap uncovered (it may still be covered by a later choice's other gaps).
    const skipped = order.splice(i, 1)[0] as number;
    search(i, cost, hours);
    order.splice(i, 0, skipped);
  };
  search(0, 0, 0);
  return improve({ ...best, exact }, items, weights, limits);
}
