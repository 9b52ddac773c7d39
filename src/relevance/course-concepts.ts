/**
 * What each course teaches, as taxonomy concepts with an evidence weight: declared skills and
 * learning outcomes count more than the title, the title more than a passing mention in the
 * description; repeated mentions saturate (`tf / (tf + K)`).
 * @module
 */
import type { Course } from '../model/course.js';
import { createVocabulary, stemIdsOf, type Vocabulary } from '../reference/stem-ids.js';
import type { TaxonomyIndex } from '../reference/taxonomy-index.js';
import { MAX_SCAN_LENGTH, scanIds } from '../reference/taxonomy-scan.js';
import { IntList } from '../text/typed-lists.js';
import { DeclaredSkills, type SkillMemo } from './declared-skills.js';
import { type CourseField, FIELD_WEIGHTS, TF_SATURATION_K } from './defaults.js';

/** Evidence that a course teaches one concept. */
export interface CourseConcept {
  readonly conceptId: string;
  /** 0–1: how strongly the course's own text says it teaches this concept. */
  readonly weight: number;
  /** The field with the strongest evidence. */
  readonly field: CourseField;
  /** What in that field named the concept (a declared skill, or "title"). */
  readonly source: string;
}

const saturate = (tf: number): number => tf / (tf + TF_SATURATION_K);

/** Fields in the order they are read; `FIELD_CODES[i]` is stored as `i`. */
export const FIELD_CODES: readonly CourseField[] = [
  'skills',
  'learningOutcomes',
  'title',
  'description',
];

/** `FIELD_WEIGHTS` by field code, read once (no property lookup per mention). */
const WEIGHT_BY_CODE: readonly number[] = FIELD_CODES.map((f) => FIELD_WEIGHTS[f]);

/**
 * One course's concepts in compact form, strongest first (ties by concept id): the first
 * `length` entries of parallel arrays of concept ordinals, weights, field codes
 * ({@link FIELD_CODES}) and, for declared skills, the index of the skill in `course.skills`
 * (-1 otherwise).
 */
export interface CompactConcepts {
  readonly length: number;
  readonly ordinals: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  readonly fields: ArrayLike<number>;
  readonly skills: ArrayLike<number>;
}

/** The reader's reusable output (typed arrays sized to the taxonomy). */
interface CompactBuffer {
  length: number;
  readonly ordinals: Int32Array;
  readonly weights: Float64Array;
  readonly fields: Int8Array;
  readonly skills: Int32Array;
}

/**
 * Reads courses' concepts with scratch arrays sized to the taxonomy, reused course after course:
 * text is tokenised once into stem ids, declared skills are resolved once per distinct text.
 * Scratch lists are reset by their counts, never by `length = 0` (which makes V8 drop and
 * reallocate the backing store on every course).
 */
export class ConceptReader {
  readonly vocabulary: Vocabulary;
  private readonly miss: Float64Array;
  private readonly best: Float64Array;
  private readonly field: Int8Array;
  private readonly skill: Int32Array;
  private readonly seen: Uint8Array;
  private readonly tf: Int32Array;
  /** Concepts noted for the current course (the first `touchedCount`). */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** Concepts mentioned in the field being scanned (the first `fieldCount`). */
  private readonly fieldTouched: Int32Array;
  private fieldCount = 0;
  private readonly out: CompactBuffer;
  /** Concept mentions found in the field being scanned (see `scanIds`). */
  private readonly found: number[] = [];
  /** Key ids of the skills already declared by the current course (the first `declaredCount`). */
  private readonly declared: number[] = [];
  private declaredCount = 0;
  /** Declared skills, read once per distinct text. */
  private readonly skills: DeclaredSkills;
  /** Scratch stem ids of a skill's text being read for the first time. */
  private readonly skillIds = new IntList(64);

  constructor(
    readonly index: TaxonomyIndex,
    skillMemo: SkillMemo = new Map(),
  ) {
    this.vocabulary = createVocabulary(index);
    this.skills = new DeclaredSkills(index, this.vocabulary.scanner, skillMemo);
    const c = this.vocabulary.scanner.conceptIds.length;
    this.miss = new Float64Array(c);
    this.best = new Float64Array(c);
    this.field = new Int8Array(c);
    this.skill = new Int32Array(c);
    this.seen = new Uint8Array(c);
    this.tf = new Int32Array(c);
    this.touched = new Int32Array(c);
    this.fieldTouched = new Int32Array(c);
    this.out = {
      length: 0,
      ordinals: new Int32Array(c),
      weights: new Float64Array(c),
      fields: new Int8Array(c),
      skills: new Int32Array(c),
    };
  }

  private note(o: number, value: number, field: number, skill: number): void {
    if (this.seen[o] === 0) {
      this.seen[o] = 1;
      this.touched[this.touchedCount++] = o;
      this.miss[o] = 1 - value;
      this.best[o] = value;
      this.field[o] = field;
      this.skill[o] = skill;
      return;
    }
    this.miss[o] = (this.miss[o] as number) * (1 - value);
    if (value > (this.best[o] as number)) {
      this.best[o] = value;
      this.field[o] = field;
      this.skill[o] = skill;
    }
  }

  /**
   * The concepts of one course (the returned arrays are reused by the next call: copy them
   * first). When `terms` is given, the stem ids of its full text are
   * appended for the BM25 index (title twice).
   */
  read(course: Course, terms?: IntList): CompactConcepts {
    const skills = course.skills ?? [];
    // A skill declared twice is still one skill: repeats must not add evidence.
    const declared = this.declared;
    this.declaredCount = 0;
    for (let k = 0; k < skills.length; k++) {
      const info = this.skills.of(skills[k] as string);
      const keyId = info.keyId;
      let repeat = false;
      for (let j = 0; j < this.declaredCount && !repeat; j++) repeat = declared[j] === keyId;
      if (repeat) continue;
      declared[this.declaredCount++] = keyId;
      if (terms) {
        let ids = info.ids;
        if (ids === undefined) {
          const scratch = this.skillIds;
          scratch.length = 0;
          stemIdsOf(this.vocabulary, info.text, scratch);
          ids = Array.from(scratch.view());
          info.ids = ids;
        }
        for (let i = 0; i < ids.length; i++) terms.push(ids[i] as number);
      }
      if (info.ordinals === undefined) this.skills.resolve(info);
      const ordinals = info.ordinals as number[];
      const values = info.values as number[];
      for (let i = 0; i < ordinals.length; i++) {
        this.note(ordinals[i] as number, values[i] as number, 0, k);
      }
    }
    const outcomes = course.learningOutcomes ?? [];
    // Each outcome is scanned on its own (a label never spans two outcomes); together they
    // share one scan budget, like every other field.
    let budget = MAX_SCAN_LENGTH;
    for (let i = 0; i < outcomes.length; i++) {
      budget = this.mentions(outcomes[i] as string, budget, terms, false);
    }
    this.closeField(1);
    this.mentions(course.title, MAX_SCAN_LENGTH, terms, true);
    this.closeField(2);
    this.mentions(course.description ?? '', MAX_SCAN_LENGTH, terms, false);
    this.closeField(3);
    // Strongest first, ties by ordinal (= id order): insertion sort, lists are short.
    const touched = this.touched;
    const n = this.touchedCount;
    const out = this.out;
    const { ordinals, weights, fields, skills: skillAt } = out;
    for (let t = 0; t < n; t++) {
      const o = touched[t] as number;
      const w = Math.min(1, 1 - (this.miss[o] as number));
      let i = t;
      while (i > 0) {
        const pw = weights[i - 1] as number;
        const po = ordinals[i - 1] as number;
        if (pw > w || (pw === w && po < o)) break;
        ordinals[i] = po;
        weights[i] = pw;
        i--;
      }
      ordinals[i] = o;
      weights[i] = w;
    }
    for (let i = 0; i < n; i++) {
      const o = ordinals[i] as number;
      fields[i] = this.field[o] as number;
      skillAt[i] = this.skill[o] as number;
      this.seen[o] = 0;
    }
    out.length = n;
    this.touchedCount = 0;
    return out;
  }

  /**
   * Counts the concept mentions of one text of the field being read (its stem ids are appended
   * to `terms`, twice for a title) and returns how much of the field's scan budget is left.
   */
  private mentions(
    text: string,
    budget: number,
    terms: IntList | undefined,
    twice: boolean,
  ): number {
    if (text === '' || budget <= 0) return budget;
    const cut = text.length > budget ? text.slice(0, budget) : text;
    // With `terms`, the text's ids are read straight into it and scanned in place.
    const ids = terms ?? new IntList();
    const from = ids.length;
    const capitals = stemIdsOf(this.vocabulary, cut, ids);
    const tf = this.tf;
    const found = this.found;
    const count = scanIds(
      this.vocabulary.scanner,
      ids.data,
      cut,
      found,
      from,
      ids.length,
      capitals,
    );
    for (let i = 0; i < count; i++) {
      const o = found[i] as number;
      if (tf[o] === 0) this.fieldTouched[this.fieldCount++] = o;
      tf[o] = (tf[o] as number) + 1;
    }
    if (twice && terms) {
      const to = terms.length;
      for (let i = from; i < to; i++) terms.push(terms.data[i] as number);
    }
    return budget - cut.length;
  }

  /** Notes the concepts counted for `field`, saturating repeated mentions, and resets the counts. */
  private closeField(field: number): void {
    const tf = this.tf;
    const weight = WEIGHT_BY_CODE[field] as number;
    for (let i = 0; i < this.fieldCount; i++) {
      const o = this.fieldTouched[i] as number;
      this.note(o, weight * saturate(tf[o] as number), field, -1);
      tf[o] = 0;
    }
    this.fieldCount = 0;
  }

  /** Expands compact concepts into {@link CourseConcept} objects. */
  expand(course: Course, compact: CompactConcepts): CourseConcept[] {
    return expandConcepts(this.vocabulary.scanner.conceptIds, course, compact);
  }
}

/** Expands compact concepts into {@link CourseConcept} objects. */
export function expandConcepts(
  conceptIds: readonly string[],
  course: Course,
  compact: CompactConcepts,
): CourseConcept[] {
  const out: CourseConcept[] = [];
  for (let i = 0; i < compact.length; i++) {
    const field = FIELD_CODES[compact.fields[i] as number] as CourseField;
    const k = compact.skills[i] as number;
    out.push({
      conceptId: conceptIds[compact.ordinals[i] as number] as string,
      weight: compact.weights[i] as number,
      field,
      source: field === 'skills' ? ((course.skills ?? [])[k] as string) : field,
    });
  }
  return out;
}

const readers = new WeakMap<TaxonomyIndex, ConceptReader>();

/**
 * The concepts one course teaches, strongest first (ties by id). Declared skills are resolved
 * like gaps (ids or text, typos included); other fields are scanned for exact mentions.
 *
 * @example
 * ```ts
 * courseConcepts(index, course, new Map())[0]; // { conceptId: 'ecg-interpretation', weight: 1, … }
 * ```
 */
export function courseConcepts(
  index: TaxonomyIndex,
  course: Course,
  memo: SkillMemo,
  terms?: string[],
): CourseConcept[] {
  let reader = readers.get(index);
  if (!reader || reader.vocabulary.stems.length > 100_000) {
    reader = new ConceptReader(index, memo);
    readers.set(index, reader);
  }
  const ids = terms ? new IntList() : undefined;
  const compact = reader.read(course, ids);
  if (terms && ids) for (const id of ids.view()) terms.push(reader.vocabulary.stems[id] as string);
  return reader.expand(course, compact);
}
