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
import { type Exclusion, exclusions, failedConstraints, type Left } from './constraints.js';
import { CLOSEST_FROM, GAP_CANDIDATES, GAP_COVERED_BY } from './defaults.js';
import { type Candidate, type EngineState, type Prepared, rankedOf } from './engine.js';
import { heldBackAt, heldBackBy, type TrustFloor } from './floor.js';

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
    const ranked = table ? rankedOf(state, table) : undefined;
    const coverers = ranked ? ranked.entries.subarray(0, ranked.covering) : new Int32Array(0);
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
      if (failedConstraints(prepared.query, table.positions[i] as number) === 0) eligible.push(i);
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
  const near = rankedOf(state, table).entries; // nothing covers the gap: all come close
  return [...near.subarray(0, GAP_CANDIDATES)].map((i) => {
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
 * Offerings that cover a gap but are held back by the trust floor, best coverage first (then the
 * most credible, then id), at most `limit`, with their reasons — and how many there are in all.
 * Each gap's held-back coverers, in rank order (`rankedOf`), are kept per floor; the lists are
 * merged.
 */
export function heldBackCoverers(
  state: EngineState,
  prepared: Prepared,
  limit: number,
): { list: HeldBack[]; total: number } {
  const { facts } = state;
  const floor = prepared.query.floor;
  const lists = prepared.tables.map((table) => ({
    table,
    out: heldOf(state, table, floor),
    at: 0,
  }));
  let total = 0;
  if (lists.length === 1) total = lists[0]?.out.length ?? 0;
  else {
    const all = new Set<number>();
    for (const l of lists) for (const p of l.out) all.add(p);
    total = all.size;
  }
  const chosen: number[] = [];
  const score = (l: (typeof lists)[number]) => l.table.get(l.out[l.at] as number)?.score ?? 0;
  while (chosen.length < limit) {
    let next: (typeof lists)[number] | undefined;
    for (const l of lists) {
      while (l.at < l.out.length && chosen.includes(l.out[l.at] as number)) l.at++;
      if (l.at >= l.out.length) continue;
      if (!next) {
        next = l;
        continue;
      }
      const p = l.out[l.at] as number;
      const q = next.out[next.at] as number;
      const better =
        score(l) - score(next) ||
        (facts.credibility[p] as number) - (facts.credibility[q] as number) ||
        q - p;
      if (better > 0) next = l;
    }
    if (!next) break;
    chosen.push(next.out[next.at] as number);
    next.at++;
  }
  return {
    total,
    list: chosen.map((p) => ({
      id: state.index.courses[p]?.id ?? '',
      gaps: prepared.profile.gaps
        .filter((_, g) => covers(prepared.tables[g]?.get(p)?.score ?? 0))
        .map((gap) => gap.skill),
      reasons: heldBackBy(facts.reports[p], floor),
    })),
  };
}

/** The positions of a gap's coverers the floor holds back, in rank order (kept per floor). */
function heldOf(state: EngineState, table: GapTable, floor: TrustFloor): Int32Array {
  const ranked = rankedOf(state, table);
  const key = `${floor.minGrade}${floor.includeFlagged ? '+' : ''}`;
  const known = ranked.held.get(key);
  if (known) return known;
  const { facts } = state;
  const out: number[] = [];
  for (let k = 0; k < ranked.covering; k++) {
    const p = table.positions[ranked.entries[k] as number] as number;
    if (heldBackAt(floor, facts.grade[p] as number, facts.critical[p] === 1)) out.push(p);
  }
  const held = Int32Array.from(out);
  ranked.held.set(key, held);
  return held;
}
