/**
 * Relevance of courses to one skill gap: the gap's concepts expanded through the taxonomy
 * (exact, narrower, broader, related), looked up in the inverted index, times the course's
 * evidence weight; gaps that resolve to nothing (or only weakly) also use BM25 full text.
 * @module
 */
import {
  broaderConcepts,
  type ConceptMatch,
  narrowerConcepts,
  resolvePhrase,
} from '../reference/taxonomy.js';
import { stemsOf } from '../reference/taxonomy-index.js';
import { nextGeneration, type Stamped } from '../text/stamps.js';
import type { CourseIndex } from './course-index.js';
import {
  FALLBACK_BELOW_STRENGTH,
  FALLBACK_MAX_RELEVANCE,
  HIERARCHY_DEPTH,
  HIERARCHY_STEP_DECAY,
  RELATION_WEIGHTS,
} from './defaults.js';
import { searchText } from './text-index.js';

/** How a course relates to a gap. */
export type Relation = keyof typeof RELATION_WEIGHTS | 'text';

/** One course's coverage of one gap. */
export interface GapHit {
  /** 0–1 coverage of the gap by this course. */
  readonly score: number;
  readonly relation: Relation;
  /** The course concept that carried the match (absent for full text). */
  readonly conceptId?: string;
  /** The gap's concept it relates to. */
  readonly gapConceptId?: string;
}

/** A gap with the concepts it resolved to. */
export interface ResolvedGap {
  readonly text: string;
  readonly matches: readonly ConceptMatch[];
}

/**
 * Resolves a gap's text, with the clinician's context for ambiguous abbreviations.
 *
 * @example
 * ```ts
 * resolveGap(index, 'EKG', ['physician', 'cardiology']).matches[0]?.conceptId;
 * ```
 */
export function resolveGap(
  index: CourseIndex,
  text: string,
  context: readonly string[] = [],
): ResolvedGap {
  return { text, matches: resolvePhrase(index.taxonomy, text, { context, limit: 4 }) };
}

/** Concept → [relation, weight, gap concept] for every concept a gap concept reaches. */
function expand(index: CourseIndex, gap: ResolvedGap): Map<string, [Relation, number, string]> {
  const out = new Map<string, [Relation, number, string]>();
  const offer = (id: string, relation: Relation, weight: number, from: string): void => {
    const seen = out.get(id);
    if (!seen || weight > seen[1]) out.set(id, [relation, weight, from]);
  };
  for (const m of gap.matches) {
    const tax = index.taxonomy;
    offer(m.conceptId, 'exact', m.strength * RELATION_WEIGHTS.exact, m.conceptId);
    for (const [id, d] of narrowerConcepts(tax, m.conceptId, HIERARCHY_DEPTH)) {
      offer(
        id,
        'narrower',
        m.strength * RELATION_WEIGHTS.narrower * HIERARCHY_STEP_DECAY ** (d - 1),
        m.conceptId,
      );
    }
    for (const [id, d] of broaderConcepts(tax, m.conceptId, HIERARCHY_DEPTH)) {
      offer(
        id,
        'broader',
        m.strength * RELATION_WEIGHTS.broader * HIERARCHY_STEP_DECAY ** (d - 1),
        m.conceptId,
      );
    }
    for (const id of tax.related.get(m.conceptId) ?? []) {
      offer(id, 'related', m.strength * RELATION_WEIGHTS.related, m.conceptId);
    }
  }
  return out;
}

/** One course's coverage of a gap, looked up by course position. */
export interface GapLookup {
  get(position: number): GapHit | undefined;
}

/**
 * Coverage of one gap, compact: the courses that cover it (positions ascending) with their
 * coverage, and how each was reached (`via[i]` indexes `entries`; -1 for full text).
 */
export interface GapTable extends GapLookup {
  readonly positions: Int32Array;
  readonly scores: Float64Array;
  readonly via: Int32Array;
  readonly entries: readonly { relation: Relation; conceptId: string; gapConceptId: string }[];
}

interface Scratch extends Stamped {
  readonly score: Float64Array;
  readonly via: Int32Array;
}

const scratches = new WeakMap<CourseIndex, Scratch>();

function scratchFor(index: CourseIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.courses.length;
    s = {
      score: new Float64Array(n),
      via: new Int32Array(n),
      stamp: new Int32Array(n),
      generation: 0,
    };
    scratches.set(index, s);
  }
  nextGeneration(s);
  return s;
}

function lookup(table: Omit<GapTable, 'get'>, position: number): GapHit | undefined {
  const { positions } = table;
  let lo = 0;
  let hi = positions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = positions[mid] as number;
    if (p < position) lo = mid + 1;
    else if (p > position) hi = mid - 1;
    else {
      const score = table.scores[mid] as number;
      const e = table.via[mid] as number;
      const entry = table.entries[e];
      return entry
        ? {
            score,
            relation: entry.relation,
            conceptId: entry.conceptId,
            gapConceptId: entry.gapConceptId,
          }
        : { score, relation: 'text' };
    }
  }
  return undefined;
}

/**
 * Coverage of one gap by every course that covers it at all, as a {@link GapTable}: postings of
 * every concept the gap reaches are merged into scratch arrays (best path per course; ties go
 * to the smaller concept id), then the full-text fallback for weakly resolved gaps.
 *
 * @example
 * ```ts
 * const table = gapTable(index, resolveGap(index, 'NIV'));
 * table.get(index.positionOf('course-1') ?? -1)?.relation; // 'exact'
 * ```
 */
export function gapTable(index: CourseIndex, gap: ResolvedGap): GapTable {
  const s = scratchFor(index);
  const { score: best, via, stamp, generation } = s;
  // Courses reached so far: `touched` lists them while they are few (then sorting them is
  // cheapest); past that, they are read back in order from the stamps instead.
  const n = index.courses.length;
  const listLimit = Math.max(64, n >>> 5);
  const touched: number[] = [];
  let count = 0;
  const reach = (course: number): void => {
    if (count < listLimit) touched.push(course);
    count++;
  };
  const entries: { relation: Relation; conceptId: string; gapConceptId: string }[] = [];
  const entryOrdinal: number[] = [];
  for (const [conceptId, [relation, weight, from]] of expand(index, gap)) {
    const p = index.postings.get(conceptId);
    if (!p) continue;
    const e = entries.length;
    const ordinal = index.ordinals.get(conceptId) ?? -1;
    entries.push({ relation, conceptId, gapConceptId: from });
    entryOrdinal.push(ordinal);
    const { courses, weights } = p;
    for (let i = 0; i < courses.length; i++) {
      const course = courses[i] as number;
      const score = weight * (weights[i] as number);
      if (stamp[course] !== generation) {
        stamp[course] = generation;
        best[course] = score;
        via[course] = e;
        reach(course);
        continue;
      }
      const seen = best[course] as number;
      if (
        score > seen ||
        (score === seen && ordinal < (entryOrdinal[via[course] as number] as number))
      ) {
        best[course] = score;
        via[course] = e;
      }
    }
  }
  const strongest = Math.max(0, ...gap.matches.map((m) => m.strength));
  if (strongest < FALLBACK_BELOW_STRENGTH) {
    const terms = stemsOf(index.taxonomy, gap.text);
    const found = searchText(index.text, terms);
    let top = 0;
    for (const v of found.values()) top = Math.max(top, v.score);
    for (const [course, v] of found) {
      if (v.matched < 0.5 || top === 0) continue;
      // Rounded: corpus statistics (idf, average length) must not reorder results by a hair.
      const score = Math.round(100 * FALLBACK_MAX_RELEVANCE * v.matched * (v.score / top)) / 100;
      if (stamp[course] !== generation) {
        stamp[course] = generation;
        best[course] = score;
        via[course] = -1;
        reach(course);
      } else if (score > (best[course] as number)) {
        best[course] = score;
        via[course] = -1;
      }
    }
  }
  let positions: Int32Array;
  if (count <= listLimit) positions = Int32Array.from(touched).sort();
  else {
    positions = new Int32Array(count);
    for (let p = 0, k = 0; k < count; p++) if (stamp[p] === generation) positions[k++] = p;
  }
  const scores = new Float64Array(positions.length);
  const vias = new Int32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    scores[i] = best[p] as number;
    vias[i] = via[p] as number;
  }
  const table: Omit<GapTable, 'get'> = { positions, scores, via: vias, entries };
  return { ...table, get: (position: number) => lookup(table, position) };
}

/**
 * Coverage of one gap by every course that covers it at all (course position → hit).
 *
 * @example
 * ```ts
 * const hits = gapCoverage(index, resolveGap(index, 'NIV'));
 * ```
 */
export function gapCoverage(index: CourseIndex, gap: ResolvedGap): Map<number, GapHit> {
  const table = gapTable(index, gap);
  const hits = new Map<number, GapHit>();
  for (const p of table.positions) hits.set(p, table.get(p) as GapHit);
  return hits;
}
