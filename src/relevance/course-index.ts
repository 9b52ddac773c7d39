/**
 * The catalogue index, built once: each course's concepts, the inverted index concept → courses,
 * and the BM25 full-text index for the fallback.
 * @module
 */
import type { Course } from '../model/course.js';
import type { Concept } from '../reference/schemas.js';
import { createTaxonomyIndex, type TaxonomyIndex } from '../reference/taxonomy.js';
import { type CourseConcept, courseConcepts, type SkillMemo } from './course-concepts.js';
import { createTextIndex, type TextIndex } from './text-index.js';

/** Postings of one concept: parallel arrays of course positions and evidence weights. */
export interface ConceptPostings {
  readonly courses: number[];
  readonly weights: number[];
}

/** The compiled catalogue. Course positions refer to `courses`, sorted by id. */
export interface CourseIndex {
  readonly taxonomy: TaxonomyIndex;
  /** The catalogue sorted by id (so catalogue order never matters). */
  readonly courses: readonly Course[];
  readonly positionById: ReadonlyMap<string, number>;
  /** Concepts of each course, strongest first. */
  readonly concepts: readonly (readonly CourseConcept[])[];
  readonly postings: ReadonlyMap<string, ConceptPostings>;
  readonly text: TextIndex;
}

const byId = (a: Course, b: Course): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Indexes a catalogue against the taxonomy. Courses are sorted by id, so catalogue order never
 * matters; of duplicate ids only the first (stable sort) is kept.
 *
 * @example
 * ```ts
 * const index = createCourseIndex(courses, defaultReference().data.concepts);
 * index.postings.get('sepsis-recognition-and-management')?.courses.length;
 * ```
 */
export function createCourseIndex(
  courses: readonly Course[],
  taxonomy: TaxonomyIndex | readonly Concept[],
): CourseIndex {
  const tax = Array.isArray(taxonomy)
    ? createTaxonomyIndex(taxonomy as readonly Concept[])
    : (taxonomy as TaxonomyIndex);
  const sorted = [...courses].sort(byId);
  const positionById = new Map<string, number>();
  const unique: Course[] = [];
  for (const c of sorted) {
    if (positionById.has(c.id)) continue;
    positionById.set(c.id, unique.length);
    unique.push(c);
  }
  const memo: SkillMemo = new Map();
  const postings = new Map<string, { courses: number[]; weights: number[] }>();
  const concepts: CourseConcept[][] = [];
  const documents: string[][] = [];
  unique.forEach((course, position) => {
    const terms: string[] = [];
    const found = courseConcepts(tax, course, memo, terms);
    concepts.push(found);
    for (const c of found) {
      let p = postings.get(c.conceptId);
      if (!p) {
        p = { courses: [], weights: [] };
        postings.set(c.conceptId, p);
      }
      p.courses.push(position);
      p.weights.push(c.weight);
    }
    documents.push(terms);
  });
  return {
    taxonomy: tax,
    courses: unique,
    positionById,
    concepts,
    postings,
    text: createTextIndex(documents),
  };
}
