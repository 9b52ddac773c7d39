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
import { ConceptReader, type CourseConcept, expandConcepts } from './course-concepts.js';
import type { SkillMemo } from './declared-skills.js';
import { TermRunsBuilder } from './term-runs.js';
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
  /** Position of the course with this id, or `undefined` (a binary search over `courses`). */
  positionOf(id: string): number | undefined;
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
 * Declared-skill resolutions per taxonomy, kept across builds: a resolution depends only on the
 * text and the taxonomy, and a rebuilt catalogue declares mostly the same skills. Bounded
 * (`SKILL_MEMO_LIMIT` texts) and dropped with the taxonomy.
 */
const skillMemos = new WeakMap<TaxonomyIndex, SkillMemo>();

function skillMemoOf(taxonomy: TaxonomyIndex): SkillMemo {
  let memo = skillMemos.get(taxonomy);
  if (memo === undefined) {
    memo = new Map();
    skillMemos.set(taxonomy, memo);
  }
  return memo;
}

/** Position of `id` in courses sorted by id, or `undefined`. */
function searchById(courses: readonly Course[], id: string): number | undefined {
  let lo = 0;
  let hi = courses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = (courses[mid] as Course).id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A node of the trie of audience listings: the class of the listing ending here, if known. */
interface ListingNode {
  cls: number;
  next: Map<string, ListingNode> | undefined;
}

/**
 * Audience classes: each distinct list of canonical professions gets a small number, found by
 * walking the listing as written (no joined key per course).
 */
class AudienceClasses {
  readonly audiences: string[][] = [];
  private readonly root: ListingNode = { cls: -1, next: undefined };
  private readonly byCanonical = new Map<string, number>();

  classOf(listed: readonly string[]): number {
    let node = this.root;
    for (let i = 0; i < listed.length; i++) {
      const name = listed[i] as string;
      node.next ??= new Map();
      let child = node.next.get(name);
      if (child === undefined) {
        child = { cls: -1, next: undefined };
        node.next.set(name, child);
      }
      node = child;
    }
    if (node.cls < 0) {
      const theirs = listed.map(canonicalProfession);
      const key = theirs.join('\u0001');
      let cls = this.byCanonical.get(key);
      if (cls === undefined) {
        cls = this.audiences.length;
        this.audiences.push(theirs);
        this.byCanonical.set(key, cls);
      }
      node.cls = cls;
    }
    return node.cls;
  }
}

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
  // Equal ids are adjacent once sorted; the stable sort keeps the first of them first.
  const unique: Course[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Course;
    if (i > 0 && (sorted[i - 1] as Course).id === c.id) continue;
    unique.push(c);
  }
  const n = unique.length;
  const memo = skillMemoOf(tax);
  const reader = new ConceptReader(tax, memo);
  const { conceptIds, ordinals } = reader.vocabulary.scanner;
  // Per-course concepts, flat: course p owns entries conceptStart[p]..conceptStart[p + 1].
  const conceptStart = new Int32Array(n + 1);
  const cOrd = new IntList(1 << 12);
  const cWeight = new FloatList(1 << 12);
  const cField = new IntList(1 << 12);
  const cSkill = new IntList(1 << 12);
  // Every course's BM25 term ids: read into one reused list, then appended to chunked runs
  // (a flat list grown by doubling would churn through ≈ 64 MB at 100,000 courses).
  const courseTerms = new IntList(1 << 12);
  const allTerms = new TermRunsBuilder(n);
  const audienceClass = new Int32Array(n);
  const classes = new AudienceClasses();
  const none: readonly string[] = [];
  for (let p = 0; p < n; p++) {
    const course = unique[p] as Course;
    courseTerms.length = 0;
    const found = reader.read(course, courseTerms);
    allTerms.append(courseTerms.view());
    for (let i = 0; i < found.length; i++) {
      cOrd.push(found.ordinals[i] as number);
      cWeight.push(found.weights[i] as number);
      cField.push(found.fields[i] as number);
      cSkill.push(found.skills[i] as number);
    }
    conceptStart[p + 1] = cOrd.length;
    audienceClass[p] = classes.classOf(course.audience?.professions ?? none);
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
  const text = createTextIndexFromIds(allTerms.runs, vocabulary.ids, vocabulary.stems.length);
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
    positionOf: (id) => searchById(unique, id),
    conceptsOf: (position) => {
      const course = unique[position];
      return course ? expandConcepts(conceptIds, course, compactAt(position)) : [];
    },
    postings,
    ordinals,
    text,
    audienceClass,
    audiences: classes.audiences,
  };
}
