/**
 * What each course teaches, as taxonomy concepts with an evidence weight: declared skills and
 * learning outcomes count more than the title, the title more than a passing mention in the
 * description; repeated mentions saturate (`tf / (tf + K)`).
 * @module
 */
import type { Course } from '../model/course.js';
import { type ConceptMatch, resolvePhrase } from '../reference/taxonomy.js';
import type { TaxonomyIndex } from '../reference/taxonomy-index.js';
import {
  createVocabulary,
  MAX_SCAN_LENGTH,
  scanIds,
  stemIdsOf,
  type Vocabulary,
} from '../reference/taxonomy-scan.js';
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

/** Memo of declared-skill resolutions shared across one catalogue. */
export type SkillMemo = Map<string, readonly ConceptMatch[]>;

const saturate = (tf: number): number => tf / (tf + TF_SATURATION_K);

/** A declared skill's text, read once: dedup key, stem ids and resolved concepts. */
interface SkillInfo {
  readonly text: string;
  readonly key: string;
  /** Filled on first use (so stem ids are assigned in the same order as reading them). */
  ids: number[] | undefined;
  resolved: readonly { ordinal: number; strength: number }[] | undefined;
}

/** Fields in the order they are read; `FIELD_CODES[i]` is stored as `i`. */
export const FIELD_CODES: readonly CourseField[] = [
  'skills',
  'learningOutcomes',
  'title',
  'description',
];

/** `FIELD_WEIGHTS` by field code, read once (no property lookup per mention). */
const WEIGHT_BY_CODE: readonly number[] = FIELD_CODES.map((f) => FIELD_WEIGHTS[f]);
const SKILL_WEIGHT: number = FIELD_WEIGHTS.skills;

/**
 * One course's concepts in compact form, strongest first (ties by concept id): parallel arrays
 * of concept ordinals, weights, field codes ({@link FIELD_CODES}) and, for declared skills, the
 * index of the skill in `course.skills` (-1 otherwise).
 */
export interface CompactConcepts {
  readonly ordinals: number[];
  readonly weights: number[];
  readonly fields: number[];
  readonly skills: number[];
}

/**
 * Reads courses' concepts with scratch arrays sized to the taxonomy, reused course after course:
 * text is tokenised once into stem ids, declared skills are resolved once per distinct text.
 */
export class ConceptReader {
  readonly vocabulary: Vocabulary;
  private readonly miss: Float64Array;
  private readonly best: Float64Array;
  private readonly field: Int8Array;
  private readonly skill: Int32Array;
  private readonly seen: Uint8Array;
  private readonly tf: Int32Array;
  private readonly touched: number[] = [];
  private readonly fieldTouched: number[] = [];
  private readonly out: CompactConcepts = { ordinals: [], weights: [], fields: [], skills: [] };
  private readonly ids: number[] = [];
  private readonly memo = new Map<string, { ordinal: number; strength: number }[]>();
  /** Per distinct declared-skill text: its dedup key, stem ids and resolved concepts (lazily). */
  private readonly skillInfo = new Map<string, SkillInfo>();
  private readonly declared: string[] = [];
  /** Counts one mention in the field being scanned (one closure for all scans). */
  private readonly count = (o: number): void => {
    const tf = this.tf;
    if (tf[o] === 0) this.fieldTouched.push(o);
    tf[o] = (tf[o] as number) + 1;
  };

  constructor(
    readonly index: TaxonomyIndex,
    private readonly skillMemo: SkillMemo = new Map(),
  ) {
    this.vocabulary = createVocabulary(index);
    const c = this.vocabulary.scanner.conceptIds.length;
    this.miss = new Float64Array(c);
    this.best = new Float64Array(c);
    this.field = new Int8Array(c);
    this.skill = new Int32Array(c);
    this.seen = new Uint8Array(c);
    this.tf = new Int32Array(c);
  }

  private note(o: number, value: number, field: number, skill: number): void {
    if (this.seen[o] === 0) {
      this.seen[o] = 1;
      this.touched.push(o);
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

  /** Key, stem ids and resolved concepts of a declared skill, once per distinct text. */
  private skillOf(skill: string): SkillInfo {
    let info = this.skillInfo.get(skill);
    if (info) return info;
    info = { text: skill, key: skill.trim().toLowerCase(), ids: undefined, resolved: undefined };
    if (this.skillInfo.size < 200_000) this.skillInfo.set(skill, info);
    return info;
  }

  private resolved(skill: string): { ordinal: number; strength: number }[] {
    let out = this.memo.get(skill);
    if (out) return out;
    let matches = this.skillMemo.get(skill);
    if (!matches) {
      matches = resolvePhrase(this.index, skill, { limit: 3 });
      if (this.skillMemo.size < 200_000) this.skillMemo.set(skill, matches);
    }
    const { ordinals } = this.vocabulary.scanner;
    out = [];
    for (const m of matches) {
      const ordinal = ordinals.get(m.conceptId);
      if (ordinal !== undefined) out.push({ ordinal, strength: m.strength });
    }
    if (this.memo.size < 200_000) this.memo.set(skill, out);
    return out;
  }

  /**
   * The concepts of one course (the returned arrays are reused by the next call: copy them
   * first). When `terms` is given, the stem ids of its full text are
   * appended for the BM25 index (title twice).
   */
  read(course: Course, terms?: number[]): CompactConcepts {
    const skills = course.skills ?? [];
    // A skill declared twice is still one skill: repeats must not add evidence.
    const declared = this.declared;
    declared.length = 0;
    for (let k = 0; k < skills.length; k++) {
      const info = this.skillOf(skills[k] as string);
      if (declared.includes(info.key)) continue;
      declared.push(info.key);
      if (terms) {
        let ids = info.ids;
        if (ids === undefined) {
          ids = [];
          stemIdsOf(this.vocabulary, info.text, ids);
          info.ids = ids;
        }
        for (const t of ids) terms.push(t);
      }
      info.resolved ??= this.resolved(info.text);
      for (const m of info.resolved) this.note(m.ordinal, SKILL_WEIGHT * m.strength, 0, k);
    }
    const outcomes = course.learningOutcomes ?? [];
    this.scan(outcomes.length === 0 ? '' : outcomes.join(' . '), 1, terms);
    this.scan(course.title, 2, terms);
    this.scan(course.description ?? '', 3, terms);
    // Strongest first, ties by ordinal (= id order): insertion sort, lists are short.
    const touched = this.touched;
    const out = this.out;
    out.ordinals.length = 0;
    out.weights.length = 0;
    out.fields.length = 0;
    out.skills.length = 0;
    for (const o of touched) {
      const w = Math.min(1, 1 - (this.miss[o] as number));
      let i = out.ordinals.length;
      out.ordinals.push(o);
      out.weights.push(w);
      while (i > 0) {
        const pw = out.weights[i - 1] as number;
        const po = out.ordinals[i - 1] as number;
        if (pw > w || (pw === w && po < o)) break;
        out.ordinals[i] = po;
        out.weights[i] = pw;
        i--;
      }
      out.ordinals[i] = o;
      out.weights[i] = w;
    }
    for (const o of out.ordinals) {
      out.fields.push(this.field[o] as number);
      out.skills.push(this.skill[o] as number);
      this.seen[o] = 0;
    }
    touched.length = 0;
    return out;
  }

  private scan(text: string, field: number, terms?: number[]): void {
    if (text === '') return;
    const cut = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
    // With `terms`, the text's ids are read straight into it and scanned in place.
    let ids = this.ids;
    let from = 0;
    if (terms) {
      ids = terms;
      from = terms.length;
    } else ids.length = 0;
    stemIdsOf(this.vocabulary, cut, ids);
    const tf = this.tf;
    const fieldTouched = this.fieldTouched;
    scanIds(this.vocabulary.scanner, ids, cut, this.count, from);
    if (field === 2 && terms) {
      const to = terms.length;
      for (let i = from; i < to; i++) terms.push(terms[i] as number);
    }
    const weight = WEIGHT_BY_CODE[field] as number;
    for (const o of fieldTouched) {
      this.note(o, weight * saturate(tf[o] as number), field, -1);
      tf[o] = 0;
    }
    fieldTouched.length = 0;
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
  return compact.ordinals.map((o, i) => {
    const field = FIELD_CODES[compact.fields[i] as number] as CourseField;
    const k = compact.skills[i] as number;
    return {
      conceptId: conceptIds[o] as string,
      weight: compact.weights[i] as number,
      field,
      source: field === 'skills' ? ((course.skills ?? [])[k] as string) : field,
    };
  });
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
  const ids: number[] | undefined = terms ? [] : undefined;
  const compact = reader.read(course, ids);
  if (terms && ids) for (const id of ids) terms.push(reader.vocabulary.stems[id] as string);
  return reader.expand(course, compact);
}
