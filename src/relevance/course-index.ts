/**
 * The catalogue index, built once: the full-text index (every field, every word), the concept
 * index (what the taxonomy finds in each course, with its evidence), each course's language
 * (stated, or read from its own words) and audience class. Courses are sorted by id, so the
 * catalogue's order never matters.
 * @module
 */
import type { Course } from '../model/course.js';
import type { Vocabulary } from '../reference/stem-ids.js';
import type { TaxonomyIndex } from '../reference/taxonomy-index.js';
import { GrowableList } from '../structures/growable-list.js';
import { Interner } from '../structures/interner.js';
import { canonicalProfession } from './audience.js';
import { CourseReader, type CourseText } from './course-reading.js';
import { type CourseField, FIELD_LENGTH_NORMALISATION, FIELD_WEIGHTS, FIELDS } from './defaults.js';
import { combineEvidence, fieldEvidence, toByte } from './evidence.js';
import { guessLanguage } from './language.js';
import { type TextIndex, TextIndexBuilder } from './text-index.js';

/** Postings of one concept: course positions (ascending) and evidence (0–1). */
export interface ConceptPostings {
  readonly courses: Int32Array;
  readonly weights: Float64Array;
}

/** Evidence that a course teaches one concept. */
export interface CourseConcept {
  readonly conceptId: string;
  /** 0–1: how strongly the course's own text says it teaches this concept. */
  readonly weight: number;
  /** The field with the strongest evidence. */
  readonly field: CourseField;
  /** For a declared skill, the skill as written. */
  readonly skill?: string;
}

/** A course's language: stated by the catalogue, or read from its own words. */
export interface CourseLanguage {
  /** Primary subtag ("en", "es"). */
  readonly language: string;
  /** True when the catalogue did not say and the course's words did. */
  readonly guessed: boolean;
}

/** The compiled catalogue. Course positions refer to `courses`, sorted by id. */
export interface CourseIndex {
  readonly taxonomy: TaxonomyIndex;
  /** The catalogue sorted by id, first of each id only. */
  readonly courses: readonly Course[];
  /** Position of the course with this id, or `undefined` (a binary search over `courses`). */
  positionOf(id: string): number | undefined;
  /** Stem ids of the catalogue's words (and the taxonomy's). */
  readonly vocabulary: Vocabulary;
  readonly text: TextIndex;
  /** Concept id → postings. */
  readonly postings: ReadonlyMap<string, ConceptPostings>;
  /** Concepts of the course at a position, strongest first (ties by concept id). */
  conceptsOf(position: number): CourseConcept[];
  /** The language of the course at a position, when known. */
  languageOf(position: number): CourseLanguage | undefined;
  /** Audience class of each course: index into `audiences` (canonical professions listed). */
  readonly audienceClass: Int32Array;
  readonly audiences: readonly (readonly string[])[];
}

/** Options of {@link createCourseIndex}. */
export interface CourseIndexOptions {
  /**
   * Whether a course shapes the catalogue's statistics (document frequencies, field lengths);
   * default: every course. The recommender leaves out what its trust floor holds back, so that
   * adding a mill to a catalogue changes no other course's relevance.
   */
  readonly counts?: (course: Course) => boolean;
}

const byId = (a: Course, b: Course): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The catalogue in index order: sorted by id, the first of each id kept (a stable sort, so the
 * first as given). Returns the input itself when it is already in that order.
 */
export function catalogueOrder(courses: readonly Course[]): readonly Course[] {
  let ordered = true;
  for (let i = 1; i < courses.length && ordered; i++) {
    ordered = (courses[i - 1] as Course).id < (courses[i] as Course).id;
  }
  if (ordered) return courses;
  const sorted = [...courses].sort(byId);
  const unique: Course[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Course;
    if (i > 0 && (sorted[i - 1] as Course).id === c.id) continue;
    unique.push(c);
  }
  return unique;
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

/** Each distinct list of canonical professions gets a small number. */
class AudienceClasses {
  readonly audiences: string[][] = [];
  private readonly byListing = new Map<string, number>();
  private readonly byCanonical = new Interner();

  classOf(listed: readonly string[]): number {
    const listing = listed.join('\u0001');
    let cls = this.byListing.get(listing);
    if (cls === undefined) {
      const theirs = listed.map(canonicalProfession);
      cls = this.byCanonical.idOf(theirs.join('\u0001'));
      if (cls === this.audiences.length) this.audiences.push(theirs);
      if (this.byListing.size < 100_000) this.byListing.set(listing, cls);
    }
    return cls;
  }
}

/** What the first pass keeps of every course until field lengths are known. */
interface ReadCatalogue {
  readonly terms: GrowableList<Int32Array>;
  readonly termFields: GrowableList<Uint8Array>;
  readonly termStart: Int32Array;
  readonly lengths: Int32Array;
  readonly mentions: GrowableList<Int32Array>;
  readonly mentionFields: GrowableList<Uint8Array>;
  readonly mentionStart: Int32Array;
  readonly declared: GrowableList<Int32Array>;
  readonly declaredStrength: GrowableList<Float64Array>;
  readonly declaredSkill: GrowableList<Int32Array>;
  readonly declaredStart: Int32Array;
}

function append(into: ReadCatalogue, p: number, text: CourseText): void {
  const n = text.terms.length;
  for (let i = 0; i < n; i++) {
    into.terms.push(text.terms.data[i] as number);
    into.termFields.push(text.termFields.data[i] as number);
  }
  into.termStart[p + 1] = into.terms.length;
  into.lengths.set(text.lengths, p * FIELDS.length);
  for (let i = 0; i < text.mentions.length; i++) {
    into.mentions.push(text.mentions.data[i] as number);
    into.mentionFields.push(text.mentionFields.data[i] as number);
  }
  into.mentionStart[p + 1] = into.mentions.length;
  for (let i = 0; i < text.declared.length; i++) {
    into.declared.push(text.declared.data[i] as number);
    into.declaredStrength.push(text.declaredStrength.data[i] as number);
    into.declaredSkill.push(text.declaredSkill.data[i] as number);
  }
  into.declaredStart[p + 1] = into.declared.length;
}

const FIELD_WEIGHT_BY_CODE: readonly number[] = FIELDS.map((f) => FIELD_WEIGHTS[f]);
const FIELD_B_BY_CODE: readonly number[] = FIELDS.map((f) => FIELD_LENGTH_NORMALISATION[f]);

/**
 * Indexes a catalogue against the taxonomy. Two passes: the first reads every course (terms,
 * concept mentions, declared skills); the second weighs the evidence once the average length
 * of each field is known, and writes the postings.
 *
 * @example
 * ```ts
 * const index = createCourseIndex(courses, defaultReference().taxonomy());
 * index.postings.get('sepsis-recognition-and-management')?.courses.length;
 * ```
 */
export function createCourseIndex(
  catalogue: readonly Course[],
  taxonomy: TaxonomyIndex,
  options: CourseIndexOptions = {},
): CourseIndex {
  const courses = catalogueOrder(catalogue);
  const n = courses.length;
  const F = FIELDS.length;
  const reader = new CourseReader(taxonomy);
  const read: ReadCatalogue = {
    terms: new GrowableList(Int32Array, 1 << 16),
    termFields: new GrowableList(Uint8Array, 1 << 16),
    termStart: new Int32Array(n + 1),
    lengths: new Int32Array(n * F),
    mentions: new GrowableList(Int32Array, 1 << 12),
    mentionFields: new GrowableList(Uint8Array, 1 << 12),
    mentionStart: new Int32Array(n + 1),
    declared: new GrowableList(Int32Array, 1 << 12),
    declaredStrength: new GrowableList(Float64Array, 1 << 12),
    declaredSkill: new GrowableList(Int32Array, 1 << 12),
    declaredStart: new Int32Array(n + 1),
  };
  const counted = new Uint8Array(n);
  const totals = new Float64Array(F);
  const withField = new Float64Array(F);
  const audienceClass = new Int32Array(n);
  const classes = new AudienceClasses();
  const languages = new Interner();
  const language = new Int16Array(n).fill(-1);
  const guessed = new Uint8Array(n);
  const none: readonly string[] = [];
  for (let p = 0; p < n; p++) {
    const course = courses[p] as Course;
    const text = reader.read(course);
    append(read, p, text);
    const counts = options.counts ? options.counts(course) : true;
    counted[p] = counts ? 1 : 0;
    if (counts) {
      for (let f = 0; f < F; f++) {
        const length = text.lengths[f] as number;
        if (length === 0) continue;
        totals[f] = (totals[f] as number) + length;
        withField[f] = (withField[f] as number) + 1;
      }
    }
    audienceClass[p] = classes.classOf(course.audience?.professions ?? none);
    const stated = course.language?.toLowerCase().split('-')[0];
    const named =
      stated || guessLanguage(`${course.title} ${(course.description ?? '').slice(0, 300)}`);
    if (named) {
      language[p] = languages.idOf(named);
      guessed[p] = stated ? 0 : 1;
    }
  }
  const average = Array.from(totals, (t, f) => (withField[f] ? t / (withField[f] as number) : 1));
  const vocabulary = reader.vocabulary;
  const termCount = vocabulary.stems.size;
  // Second pass: term frequency per field, weighed into one evidence byte per (term, course).
  const text = new TextIndexBuilder();
  const tf = new Int32Array(termCount * F);
  const touched = new GrowableList(Int32Array, 256);
  for (let p = 0; p < n; p++) {
    const isCounted = counted[p] === 1;
    text.course(isCounted);
    touched.length = 0;
    for (let i = read.termStart[p] as number; i < (read.termStart[p + 1] as number); i++) {
      const t = read.terms.data[i] as number;
      const slot = t * F + (read.termFields.data[i] as number);
      if (tf[slot] === 0) {
        let first = true;
        for (let f = 0; f < F; f++) if ((tf[t * F + f] as number) > 0) first = false;
        if (first) touched.push(t);
      }
      tf[slot] = (tf[slot] as number) + 1;
    }
    const lengths = read.lengths.subarray(p * F, p * F + F);
    for (let k = 0; k < touched.length; k++) {
      const t = touched.data[k] as number;
      let evidence = 0;
      for (let f = 0; f < F; f++) {
        const count = tf[t * F + f] as number;
        if (count === 0) continue;
        evidence = combineEvidence(
          evidence,
          fieldEvidence(
            count,
            lengths[f] as number,
            average[f] as number,
            FIELD_WEIGHT_BY_CODE[f] as number,
            FIELD_B_BY_CODE[f] as number,
          ),
        );
        tf[t * F + f] = 0;
      }
      text.add(t, p, toByte(evidence), isCounted);
    }
  }
  const concepts = conceptIndex(taxonomy, read, n, average);
  return {
    taxonomy,
    courses,
    positionOf: (id) => searchById(courses, id),
    vocabulary,
    text: text.build(termCount),
    postings: concepts.postings,
    conceptsOf: (position) => concepts.of(courses[position], position),
    languageOf: (position) => {
      const l = language[position] ?? -1;
      return l < 0
        ? undefined
        : { language: languages.values[l] as string, guessed: guessed[position] === 1 };
    },
    audienceClass,
    audiences: classes.audiences,
  };
}

/** Concept evidence of every course, and the postings concept → courses. */
function conceptIndex(
  taxonomy: TaxonomyIndex,
  read: ReadCatalogue,
  n: number,
  average: readonly number[],
): {
  postings: Map<string, ConceptPostings>;
  of(course: Course | undefined, position: number): CourseConcept[];
} {
  const F = FIELDS.length;
  const { conceptIds } = taxonomy.scanner();
  const c = conceptIds.length;
  const evidence = new Float64Array(c);
  const strongest = new Float64Array(c);
  const field = new Int8Array(c);
  const skill = new Int32Array(c);
  const tf = new Int32Array(c * F);
  const touched: number[] = [];
  const start = new Int32Array(n + 1);
  const ordinals = new GrowableList(Int32Array, 1 << 12);
  const weights = new GrowableList(Float64Array, 1 << 12);
  const fields = new GrowableList(Uint8Array, 1 << 12);
  const skills = new GrowableList(Int32Array, 1 << 12);
  const note = (o: number, value: number, f: number, k: number) => {
    if (evidence[o] === 0 && strongest[o] === 0) touched.push(o);
    evidence[o] = combineEvidence(evidence[o] as number, value);
    if (value > (strongest[o] as number)) {
      strongest[o] = value;
      field[o] = f;
      skill[o] = k;
    }
  };
  for (let p = 0; p < n; p++) {
    touched.length = 0;
    for (let i = read.declaredStart[p] as number; i < (read.declaredStart[p + 1] as number); i++) {
      note(
        read.declared.data[i] as number,
        FIELD_WEIGHTS.skills * (read.declaredStrength.data[i] as number),
        0,
        read.declaredSkill.data[i] as number,
      );
    }
    const mentioned: number[] = [];
    for (let i = read.mentionStart[p] as number; i < (read.mentionStart[p + 1] as number); i++) {
      const o = read.mentions.data[i] as number;
      const slot = o * F + (read.mentionFields.data[i] as number);
      if (tf[slot] === 0) mentioned.push(slot);
      tf[slot] = (tf[slot] as number) + 1;
    }
    for (const slot of mentioned) {
      const o = Math.floor(slot / F);
      const f = slot % F;
      const value = fieldEvidence(
        tf[slot] as number,
        read.lengths[p * F + f] as number,
        average[f] as number,
        FIELD_WEIGHT_BY_CODE[f] as number,
        FIELD_B_BY_CODE[f] as number,
      );
      tf[slot] = 0;
      note(o, value, f, -1);
    }
    // Strongest first, ties by ordinal (= id order).
    touched.sort((a, b) => (evidence[b] as number) - (evidence[a] as number) || a - b);
    for (const o of touched) {
      ordinals.push(o);
      weights.push(Math.min(1, evidence[o] as number));
      fields.push(field[o] as number);
      skills.push(skill[o] as number);
      evidence[o] = 0;
      strongest[o] = 0;
    }
    start[p + 1] = ordinals.length;
  }
  // Postings by counting: positions come out ascending.
  const ords = ordinals.view();
  const offsets = new Int32Array(c + 1);
  for (const o of ords) offsets[o + 1] = (offsets[o + 1] as number) + 1;
  for (let o = 0; o < c; o++) offsets[o + 1] = (offsets[o + 1] as number) + (offsets[o] as number);
  const fill = offsets.slice(0, c);
  const postingCourses = new Int32Array(ords.length);
  const postingWeights = new Float64Array(ords.length);
  const w = weights.view();
  for (let p = 0; p < n; p++) {
    for (let i = start[p] as number; i < (start[p + 1] as number); i++) {
      const o = ords[i] as number;
      const at = fill[o] as number;
      fill[o] = at + 1;
      postingCourses[at] = p;
      postingWeights[at] = w[i] as number;
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
  const f8 = fields.view();
  const sk = skills.view();
  return {
    postings,
    of(course, position) {
      if (!course) return [];
      const out: CourseConcept[] = [];
      for (let i = start[position] as number; i < (start[position + 1] as number); i++) {
        const k = sk[i] as number;
        const skillText = k >= 0 ? course.skills?.[k] : undefined;
        out.push({
          conceptId: conceptIds[ords[i] as number] as string,
          weight: w[i] as number,
          field: FIELDS[f8[i] as number] as CourseField,
          ...(skillText !== undefined ? { skill: skillText } : {}),
        });
      }
      return out;
    },
  };
}
