/**
 * The catalogue index, built once: each course's concepts, the inverted index concept → courses
 * (typed-array postings), the BM25 full-text index for the fallback, and per-course inputs the
 * ranking needs on every query (audience class). Course text is tokenised once into stem ids
 * and walked through the compiled label trie (see `taxonomy-scan.ts`).
 * @module
 */
import type { Course } from '../model/course.js';
import type { Concept } from '../reference/schemas.js';
import { createTaxonomyIndex, type TaxonomyIndex } from '../reference/taxonomy.js';
import { FloatList, IntList } from '../text/typed-lists.js';
import { canonicalProfession } from './audience.js';
import {
  ConceptReader,
  type CourseConcept,
  expandConcepts,
  type SkillMemo,
} from './course-concepts.js';
import { createTextIndexFromIds, type TextIndex } from './text-index.js';

/** Postings of one concept: course positions (ascending) and evidence weights. */
export interface ConceptPostings {
  readonly courses: Int32Array;
  readonly weights: Float64Array;
}

/** The compiled catalogue. Course positions refer to `courses`, sorted by id. */
export interface CourseIndex {
  readonly taxonomy: TaxonomyIndex;
  /** The catalogue sorted by id (so catalogue order never matters). */
  readonly courses: readonly Course[];
  readonly positionById: ReadonlyMap<string, number>;
  /** Concepts of the course at a position, strongest first. */
  conceptsOf(position: number): CourseConcept[];
  readonly postings: ReadonlyMap<string, ConceptPostings>;
  /** Concept id → ordinal (ordinal order is id order). */
  readonly ordinals: ReadonlyMap<string, number>;
  readonly text: TextIndex;
  /** Audience class of each course: index into `audiences` (canonical professions listed). */
  readonly audienceClass: Int32Array;
  readonly audiences: readonly (readonly string[])[];
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
  const n = unique.length;
  const memo: SkillMemo = new Map();
  const reader = new ConceptReader(tax, memo);
  const { conceptIds, ordinals } = reader.vocabulary.scanner;
  // Per-course concepts, flat: course p owns entries conceptStart[p]..conceptStart[p + 1].
  const conceptStart = new Int32Array(n + 1);
  const cOrd = new IntList(1 << 12);
  const cWeight = new FloatList(1 << 12);
  const cField = new IntList(1 << 12);
  const cSkill = new IntList(1 << 12);
  // Every course's BM25 term ids, appended course after course (no per-course copy).
  const allTerms = new IntList(1 << 16);
  const termStart = new Int32Array(n + 1);
  const audienceClass = new Int32Array(n);
  const audiences: string[][] = [];
  // Audience class by the listing as written (one profession needs no joined key), then by its
  // canonical professions.
  const classByListing = new Map<string, number>();
  const audienceKeys = new Map<string, number>();
  for (let p = 0; p < n; p++) {
    const course = unique[p] as Course;
    const found = reader.read(course, allTerms);
    termStart[p + 1] = allTerms.length;
    for (let i = 0; i < found.length; i++) {
      cOrd.push(found.ordinals[i] as number);
      cWeight.push(found.weights[i] as number);
      cField.push(found.fields[i] as number);
      cSkill.push(found.skills[i] as number);
    }
    conceptStart[p + 1] = cOrd.length;
    const listed = course.audience?.professions ?? [];
    const listing =
      listed.length === 0
        ? ''
        : listed.length === 1
          ? (listed[0] as string)
          : listed.join('\u0001');
    let cls = classByListing.get(listing);
    if (cls === undefined) {
      const theirs = listed.map(canonicalProfession);
      const key = theirs.join('\u0001');
      cls = audienceKeys.get(key);
      if (cls === undefined) {
        cls = audiences.length;
        audiences.push(theirs);
        audienceKeys.set(key, cls);
      }
      classByListing.set(listing, cls);
    }
    audienceClass[p] = cls;
  }
  const ords = cOrd.view().slice();
  const weights = cWeight.view().slice();
  const fields = Uint8Array.from(cField.view());
  const skills = cSkill.view().slice();
  // Inverted index by counting: positions come out ascending.
  const c = conceptIds.length;
  const offsets = new Int32Array(c + 1);
  for (const o of ords) offsets[o + 1] = (offsets[o + 1] as number) + 1;
  for (let o = 0; o < c; o++) offsets[o + 1] = (offsets[o + 1] as number) + (offsets[o] as number);
  const fill = Int32Array.from(offsets.subarray(0, c));
  const postingCourses = new Int32Array(ords.length);
  const postingWeights = new Float64Array(ords.length);
  for (let p = 0; p < n; p++) {
    for (let i = conceptStart[p] as number; i < (conceptStart[p + 1] as number); i++) {
      const o = ords[i] as number;
      const at = fill[o] as number;
      fill[o] = at + 1;
      postingCourses[at] = p;
      postingWeights[at] = weights[i] as number;
    }
  }
  const postings = new Map<string, ConceptPostings>();
  for (let o = 0; o < c; o++) {
    const from = offsets[o] as number;
    const to = offsets[o + 1] as number;
    if (to === from) continue;
    postings.set(conceptIds[o] as string, {
      courses: postingCourses.subarray(from, to),
      weights: postingWeights.subarray(from, to),
    });
  }
  const vocabulary = reader.vocabulary;
  const text = createTextIndexFromIds(
    allTerms.view(),
    termStart,
    vocabulary.ids,
    vocabulary.stems.length,
  );
  const compactAt = (position: number) => {
    const from = conceptStart[position] ?? 0;
    const to = conceptStart[position + 1] ?? from;
    return {
      length: to - from,
      ordinals: ords.subarray(from, to),
      weights: weights.subarray(from, to),
      fields: fields.subarray(from, to),
      skills: skills.subarray(from, to),
    };
  };
  return {
    taxonomy: tax,
    courses: unique,
    positionById,
    conceptsOf: (position) => {
      const course = unique[position];
      return course ? expandConcepts(conceptIds, course, compactAt(position)) : [];
    },
    postings,
    ordinals,
    text,
    audienceClass,
    audiences,
  };
}
