/**
 * Every gap answered: which offerings that may be recommended cover it, or why none does —
 * nothing in the catalogue teaches it, or every offering that does is excluded, and by what
 * (over budget by how much, over the hours, the wrong format or place or language, held back
 * by the trust floor). Also the offerings the floor holds back although they cover a gap.
 * @module
 */
import type { GapAnswer, HeldBack } from '../model/report.js';
import { COVERS_FROM } from '../relevance/defaults.js';
import type { GapTable } from '../relevance/gap-relevance.js';
import { covers } from '../relevance/relevance.js';
import { type Exclusion, exclusions } from './constraints.js';
import { CLOSEST_FROM, GAP_CANDIDATES, GAP_COVERED_BY } from './defaults.js';
import { type Candidate, coverersOf, type EngineState, type Prepared } from './engine.js';
import { heldBackAt, heldBackBy } from './floor.js';

/** Limits a plan has left, for the exclusions of its answers. */
export interface Left {
  readonly budget?: number;
  readonly hours?: number;
}

/**
 * The answer for each gap. `chosen` are the offerings the answer names first (a
 * recommendation's list, or a plan's offerings). For a recommendation, the eligible offerings
 * with the catalogue's best coverage of the gap follow them, up to five. For a plan (`plan`
 * given), a gap its offerings leave uncovered gets the plan's reason and the closest offerings,
 * each with what excludes it from what the plan has left. A gap nothing eligible covers names
 * its closest offerings with what excludes each.
 */
export function answerGaps(
  state: EngineState,
  prepared: Prepared,
  chosen: readonly Candidate[],
  plan?: { readonly reason: string; readonly left: Left },
): GapAnswer[] {
  return prepared.profile.gaps.map((gap, g) => {
    const table = prepared.tables[g];
    const base = { gap: gap.skill, priority: gap.priority };
    const named = chosen
      .filter((c) => covers(c.coverage[g] ?? 0))
      .slice(0, GAP_COVERED_BY)
      .map((c) => c.course.id);
    if (named.length > 0 && (plan || named.length === GAP_COVERED_BY)) {
      return { ...base, covered: true, coveredBy: named, candidates: [] };
    }
    const coverers = table ? coverersOf(state, table) : new Int32Array(0);
    if (!table || coverers.length === 0) {
      return {
        ...base,
        covered: false,
        coveredBy: [],
        reason: 'nothing in the catalogue covers it',
        candidates: table ? closest(state, prepared, table, plan?.left) : [],
      };
    }
    const idAt = (i: number) => state.index.courses[table.positions[i] as number]?.id ?? '';
    const eligible: number[] = [];
    for (const i of coverers) {
      if (eligible.length >= GAP_COVERED_BY) break;
      if (named.includes(idAt(i))) continue;
      if (exclusions(prepared.query, table.positions[i] as number).length === 0) eligible.push(i);
    }
    if ((named.length > 0 || eligible.length > 0) && !plan) {
      // The listed offerings first, then the catalogue's best coverage.
      const coveredBy = [...named, ...eligible.map(idAt)].slice(0, GAP_COVERED_BY);
      return { ...base, covered: true, coveredBy, candidates: [] };
    }
    const shown = [...(plan && eligible.length > 0 ? eligible : coverers)].slice(0, GAP_CANDIDATES);
    return {
      ...base,
      covered: false,
      coveredBy: [],
      reason:
        plan && eligible.length > 0 ? plan.reason : 'every offering that covers it is excluded',
      candidates: shown.map((i) => {
        const p = table.positions[i] as number;
        const excluded: Exclusion[] = exclusions(prepared.query, p, plan?.left);
        return {
          id: idAt(i),
          excludedBy: excluded.length > 0 ? excluded.map((e) => e.message) : ['not excluded'],
        };
      }),
    };
  });
}

/**
 * The offerings that come closest to a gap nothing covers (at least {@link CLOSEST_FROM}), best
 * first (ties by credibility, then id), each with how much of it they cover and anything else
 * that excludes it.
 */
function closest(
  state: EngineState,
  prepared: Prepared,
  table: GapTable,
  left: Left | undefined,
): GapAnswer['candidates'] {
  const near: number[] = [];
  for (let i = 0; i < table.positions.length; i++) {
    if ((table.scores[i] as number) >= CLOSEST_FROM) near.push(i);
  }
  const { credibility } = state.facts;
  near.sort((a, b) => {
    const pa = table.positions[a] as number;
    const pb = table.positions[b] as number;
    return (
      (table.scores[b] as number) - (table.scores[a] as number) ||
      (credibility[pb] as number) - (credibility[pa] as number) ||
      pa - pb
    );
  });
  return near.slice(0, GAP_CANDIDATES).map((i) => {
    const p = table.positions[i] as number;
    const share = Math.round((table.scores[i] as number) * 100);
    return {
      id: state.index.courses[p]?.id ?? '',
      excludedBy: [
        `covers ${share}% of it (covering takes ${Math.round(COVERS_FROM * 100)}%)`,
        ...exclusions(prepared.query, p, left).map((e) => e.message),
      ],
    };
  });
}

/**
 * Offerings that cover a gap but are held back by the trust floor, best coverage first (ties by
 * id), at most `limit`, with their reasons — and how many there are in all.
 */
export function heldBackCoverers(
  state: EngineState,
  prepared: Prepared,
  limit: number,
): { list: HeldBack[]; total: number } {
  const { facts } = state;
  const best = new Map<number, number>();
  for (const table of prepared.tables) {
    for (let i = 0; i < table.positions.length; i++) {
      const v = table.scores[i] as number;
      if (!covers(v)) continue;
      const p = table.positions[i] as number;
      if (!heldBackAt(prepared.query.floor, facts.grade[p] as number, facts.critical[p] === 1))
        continue;
      best.set(p, Math.max(best.get(p) ?? 0, v));
    }
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  return {
    total: best.size,
    list: ranked.map(([p]) => ({
      id: state.index.courses[p]?.id ?? '',
      gaps: prepared.profile.gaps
        .filter((_, g) => covers(prepared.tables[g]?.get(p)?.score ?? 0))
        .map((gap) => gap.skill),
      reasons: heldBackBy(facts.reports[p], prepared.query.floor),
    })),
  };
}
