/**
 * Coverage of one gap by every course that covers it at all, from two sources that both always
 * contribute: full text (every word of the gap, or what it stands for, present in the course's
 * own fields, weighed like BM25) and taxonomy concepts (the gap's concepts reached through the
 * taxonomy's relations, times the course's evidence for them). A course's coverage is the
 * stronger of the two; neither gates the other.
 * @module
 */
import { broaderConcepts, narrowerConcepts } from '../reference/taxonomy.js';
import { GrowableList } from '../structures/growable-list.js';
import { nextGeneration, type Stamped } from '../structures/stamps.js';
import type { CourseIndex } from './course-index.js';
import {
  ABSENT_ACTIVITY_WEIGHT,
  HIERARCHY_DEPTH,
  HIERARCHY_STEP_DECAY,
  RELATION_WEIGHTS,
  SPECIFIC_WORD_SHARE,
  WORD_PRESENT_FROM,
} from './defaults.js';
import { EVIDENCE_STEPS } from './evidence.js';
import type { Alternative, GapReading } from './gap-reading.js';
import { inverseFrequency, termEvidence } from './text-index.js';

/** How a course relates to a gap: through a concept relation, or through its words. */
export type Relation = keyof typeof RELATION_WEIGHTS | 'text';

/** A concept path from the gap to courses. */
export interface ConceptRoute {
  readonly relation: Exclude<Relation, 'text'>;
  /** The course concept the route reaches. */
  readonly conceptId: string;
  /** The gap's concept it starts from. */
  readonly gapConceptId: string;
  /** Match strength × relation weight. */
  readonly weight: number;
}

/** One course's coverage of one gap. */
export interface GapHit {
  /** 0–1 coverage of the gap by this course. */
  readonly score: number;
  readonly relation: Relation;
  /** The route that carried it (absent for full text). */
  readonly route?: ConceptRoute;
}

/**
 * Coverage of one gap, compact: the courses that reach it (positions ascending), their
 * coverage, and how each was reached (`via[i]` indexes `routes`; -1 for full text).
 */
export interface GapTable {
  readonly reading: GapReading;
  readonly positions: Int32Array;
  readonly scores: Float64Array;
  readonly via: Int32Array;
  readonly routes: readonly ConceptRoute[];
  /** The hit of the course at a position, or `undefined` (binary search). */
  get(position: number): GapHit | undefined;
}

/** Scratch arrays of one catalogue's size, reused gap after gap (owned by the caller). */
export interface RelevanceScratch extends Stamped {
  readonly score: Float64Array;
  readonly via: Int32Array;
  /** Accumulated match of the alternative being read, by position (stamped separately). */
  readonly alternative: Float64Array;
  readonly alternativeStamp: Int32Array;
  alternativeGeneration: number;
}

/** New scratch arrays for a catalogue of `n` courses. */
export function createScratch(n: number): RelevanceScratch {
  return {
    score: new Float64Array(n),
    via: new Int32Array(n),
    stamp: new Int32Array(n),
    generation: 0,
    alternative: new Float64Array(n),
    alternativeStamp: new Int32Array(n),
    alternativeGeneration: 0,
  };
}

/**
 * Every concept route of a gap: exact, narrower (two steps), one step broader, related — only
 * the exact route for a concept the gap names in part.
 */
export function conceptRoutes(index: CourseIndex, reading: GapReading): ConceptRoute[] {
  const tax = index.taxonomy;
  const best = new Map<string, ConceptRoute>();
  const offer = (route: ConceptRoute): void => {
    const seen = best.get(route.conceptId);
    if (!seen || route.weight > seen.weight) best.set(route.conceptId, route);
  };
  for (const m of reading.matches) {
    const from = m.conceptId;
    offer({ relation: 'exact', conceptId: from, gapConceptId: from, weight: m.strength });
    // A partial match names a concept wider than the gap ("mental health crisis" → mental
    // health): the concepts below it are the gap's siblings ("dementia care"), not its parts.
    if (m.via === 'partial') continue;
    // A part of a whole domain is not the domain ("drug development" for "pharmacology").
    const whole = (tax.concepts.get(from)?.broader.length ?? 0) === 0 ? RELATION_WEIGHTS.domain : 1;
    for (const [id, d] of narrowerConcepts(tax, from, HIERARCHY_DEPTH)) {
      const weight =
        m.strength * whole * RELATION_WEIGHTS.narrower * HIERARCHY_STEP_DECAY ** (d - 1);
      offer({ relation: 'narrower', conceptId: id, gapConceptId: from, weight });
    }
    for (const [id, d] of broaderConcepts(tax, from, 2)) {
      // One step up is the topic the gap belongs to; a domain (a concept with nothing above
      // it) or two steps up is too wide to say it teaches the gap.
      const topic = d === 1 && (tax.concepts.get(id)?.broader.length ?? 0) > 0;
      const relation = topic ? 'broader' : 'domain';
      offer({
        relation,
        conceptId: id,
        gapConceptId: from,
        weight: m.strength * RELATION_WEIGHTS[relation],
      });
    }
    for (const id of tax.related.get(from) ?? []) {
      offer({
        relation: 'related',
        conceptId: id,
        gapConceptId: from,
        weight: m.strength * RELATION_WEIGHTS.related,
      });
    }
  }
  return [...best.values()].sort((a, b) => (a.conceptId < b.conceptId ? -1 : 1));
}

/** Document frequency of a term among counted courses (0 for an unknown word). */
const frequency = (index: CourseIndex, t: number): number =>
  t >= 0 && t < index.text.documentFrequency.length
    ? (index.text.documentFrequency[t] as number)
    : 0;

const idf = (index: CourseIndex, t: number): number =>
  inverseFrequency(frequency(index, t), index.text.counted);

/** How much a word of the gap weighs: the idf of its most telling reading (mean over its terms). */
function wordWeight(index: CourseIndex, alternatives: readonly Alternative[]): number {
  let w = 0;
  for (const a of alternatives) {
    let sum = 0;
    for (const t of a.terms) sum += idf(index, t);
    w = Math.max(w, sum / a.terms.length);
  }
  return w;
}

/** Match (0–1) of one course for one reading: the idf-weighted share of its terms present. */
function readingMatch(index: CourseIndex, a: Alternative, position: number): number {
  let got = 0;
  let all = 0;
  for (const t of a.terms) {
    const w = idf(index, t);
    all += w;
    if (t >= 0) got += w * termEvidence(index.text, t, position);
  }
  return all > 0 ? a.strength * (got / all) : 0;
}

/** Postings cost of a word: the courses its readings' terms reach. */
function wordCost(index: CourseIndex, alternatives: readonly Alternative[]): number {
  let cost = 0;
  const o = index.text.offsets;
  for (const a of alternatives) {
    for (const t of a.terms) if (t >= 0) cost += (o[t + 1] as number) - (o[t] as number);
  }
  return cost;
}

/** Whether a word is specific in this catalogue: some reading of it only few courses use. */
function specific(index: CourseIndex, alternatives: readonly Alternative[]): boolean {
  const limit = Math.max(5, SPECIFIC_WORD_SHARE * index.text.counted);
  return alternatives.some((a) => a.terms.every((t) => frequency(index, t) <= limit));
}

/**
 * Full-text coverage: courses that have every word of the gap (each through one of its
 * readings, at {@link WORD_PRESENT_FROM} or more), scored by the idf-weighted mean of their
 * word matches. An activity word ("interpretation") may be missing when the other words are
 * specific; it then keeps {@link ABSENT_ACTIVITY_WEIGHT} of its weight in the denominator.
 * Candidates come from the rarest required word's postings; the other words are looked up
 * course by course.
 */
function textCoverage(
  index: CourseIndex,
  reading: GapReading,
  scratch: RelevanceScratch,
): { positions: Int32Array; scores: Float64Array } {
  const none = { positions: new Int32Array(0), scores: new Float64Array(0) };
  if (
    reading.words.length === 0 ||
    reading.words.some((w) => w.alternatives.length === 0 && !w.activity)
  ) {
    return none;
  }
  const all = reading.words.map((w) => ({
    w,
    weight: wordWeight(index, w.alternatives),
    cost: wordCost(index, w.alternatives),
  }));
  const topics = all.filter((x) => !x.w.activity);
  const optional = topics.length > 0 && topics.every((x) => specific(index, x.w.alternatives));
  const required = (optional ? topics : all).sort((a, b) => a.cost - b.cost);
  const activities = optional ? all.filter((x) => x.w.activity) : [];
  const first = required[0];
  if (!first || first.w.alternatives.length === 0) return none;
  // The rarest word: accumulate each reading's match course by course, keep the best reading.
  nextGeneration(scratch);
  const { score: wordMatch, stamp, generation } = scratch;
  const reached = new GrowableList(Int32Array, 64);
  const { offsets, courses, evidence } = index.text;
  for (const a of first.w.alternatives) {
    scratch.alternativeGeneration++;
    const g = scratch.alternativeGeneration;
    const touched = new GrowableList(Int32Array, 64);
    let sum = 0;
    for (const t of a.terms) sum += idf(index, t);
    for (const t of a.terms) {
      if (t < 0) continue;
      const w = idf(index, t) / sum;
      for (let i = offsets[t] as number; i < (offsets[t + 1] as number); i++) {
        const p = courses[i] as number;
        const value = (w * (evidence[i] as number)) / EVIDENCE_STEPS;
        if (scratch.alternativeStamp[p] !== g) {
          scratch.alternativeStamp[p] = g;
          scratch.alternative[p] = value;
          touched.push(p);
        } else scratch.alternative[p] = (scratch.alternative[p] as number) + value;
      }
    }
    for (let k = 0; k < touched.length; k++) {
      const p = touched.data[k] as number;
      const m = a.strength * (scratch.alternative[p] as number);
      if (stamp[p] !== generation) {
        stamp[p] = generation;
        wordMatch[p] = m;
        reached.push(p);
      } else if (m > (wordMatch[p] as number)) wordMatch[p] = m;
    }
  }
  let candidates: number[] = [];
  let got: number[] = [];
  for (let k = 0; k < reached.length; k++) {
    const p = reached.data[k] as number;
    const m = wordMatch[p] as number;
    if (m >= WORD_PRESENT_FROM) {
      candidates.push(p);
      got.push(first.weight * m);
    }
  }
  const matchOf = (alternatives: readonly Alternative[], p: number): number => {
    let m = 0;
    for (const a of alternatives) m = Math.max(m, readingMatch(index, a, p));
    return m;
  };
  // Every other required word, looked up for the remaining candidates only.
  for (let j = 1; j < required.length && candidates.length > 0; j++) {
    const { w, weight } = required[j] as (typeof required)[number];
    const kept: number[] = [];
    const keptGot: number[] = [];
    candidates.forEach((p, k) => {
      const m = matchOf(w.alternatives, p);
      if (m >= WORD_PRESENT_FROM) {
        kept.push(p);
        keptGot.push((got[k] as number) + weight * m);
      }
    });
    candidates = kept;
    got = keptGot;
  }
  let total = 0;
  for (const x of required) total += x.weight;
  const scores = candidates.map((p, k) => {
    let num = got[k] as number;
    let den = total;
    for (const { w, weight } of activities) {
      const m = matchOf(w.alternatives, p);
      if (m >= WORD_PRESENT_FROM) {
        num += weight * m;
        den += weight;
      } else den += ABSENT_ACTIVITY_WEIGHT * weight;
    }
    return den > 0 ? num / den : 0;
  });
  // In position order: the scores parked by position in the scratch, the positions sorted.
  const byPosition = scratch.alternative;
  candidates.forEach((p, k) => {
    byPosition[p] = scores[k] as number;
  });
  const positions = Int32Array.from(candidates).sort();
  return { positions, scores: Float64Array.from(positions, (p) => byPosition[p] as number) };
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
      const route = table.routes[table.via[mid] as number];
      return route ? { score, relation: route.relation, route } : { score, relation: 'text' };
    }
  }
  return undefined;
}

/**
 * Coverage of one gap by every course that reaches it, as a {@link GapTable}: concept routes
 * merged through their postings (best route per course; ties to the smaller concept id), then
 * full text; a course keeps the stronger. Partial text matches are never listed: a course that
 * lacks one of the gap's words covers it only through a concept.
 *
 * @example
 * ```ts
 * const table = gapTable(index, readGap(index, 'NIV', ['nurse']), createScratch(n));
 * table.get(index.positionOf('course-1') ?? -1)?.relation; // 'exact'
 * ```
 */
export function gapTable(
  index: CourseIndex,
  reading: GapReading,
  scratch: RelevanceScratch,
): GapTable {
  const routes = conceptRoutes(index, reading);
  const text = textCoverage(index, reading, scratch);
  nextGeneration(scratch);
  const { score: best, via, stamp, generation } = scratch;
  const reached = new GrowableList(Int32Array, 64);
  routes.forEach((route, r) => {
    const postings = index.postings.get(route.conceptId);
    if (!postings) return;
    const { courses, weights } = postings;
    for (let i = 0; i < courses.length; i++) {
      const p = courses[i] as number;
      const score = route.weight * (weights[i] as number);
      if (stamp[p] !== generation) {
        stamp[p] = generation;
        best[p] = score;
        via[p] = r;
        reached.push(p);
      } else if (score > (best[p] as number)) {
        best[p] = score;
        via[p] = r;
      }
    }
  });
  for (let i = 0; i < text.positions.length; i++) {
    const p = text.positions[i] as number;
    const score = text.scores[i] as number;
    if (stamp[p] !== generation) {
      stamp[p] = generation;
      best[p] = score;
      via[p] = -1;
      reached.push(p);
    } else if (score > (best[p] as number)) {
      best[p] = score;
      via[p] = -1;
    }
  }
  const positions = reached.view().slice().sort();
  const scores = new Float64Array(positions.length);
  const vias = new Int32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    scores[i] = Math.min(1, Math.round((best[p] as number) * 10_000) / 10_000);
    vias[i] = via[p] as number;
  }
  const table: Omit<GapTable, 'get'> = { reading, positions, scores, via: vias, routes };
  return { ...table, get: (position) => lookup(table, position) };
}
