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

/**
 * Coverage of one gap by every course that covers it at all (course position → hit).
 *
 * @example
 * ```ts
 * const hits = gapCoverage(index, resolveGap(index, 'NIV'));
 * ```
 */
export function gapCoverage(index: CourseIndex, gap: ResolvedGap): Map<number, GapHit> {
  const hits = new Map<number, GapHit>();
  for (const [conceptId, [relation, weight, from]] of expand(index, gap)) {
    const p = index.postings.get(conceptId);
    if (!p) continue;
    for (let i = 0; i < p.courses.length; i++) {
      const course = p.courses[i] as number;
      const score = weight * (p.weights[i] as number);
      const seen = hits.get(course);
      if (
        !seen ||
        score > seen.score ||
        (score === seen.score && conceptId < (seen.conceptId ?? ''))
      ) {
        hits.set(course, { score, relation, conceptId, gapConceptId: from });
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
      const seen = hits.get(course);
      if (!seen || score > seen.score) hits.set(course, { score, relation: 'text' });
    }
  }
  return hits;
}
