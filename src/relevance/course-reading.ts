/**
 * Reading one course: the stem ids of every field (skills, title, outcomes, description) for
 * full-text search, the taxonomy concepts its text mentions, field by field, and the concepts
 * its declared skills resolve to. Reading only collects; `evidence.ts` weighs what was read
 * once the catalogue's field lengths are known.
 * @module
 */
import type { Course } from '../model/course.js';
import { createVocabulary, stemIdsOf, type Vocabulary } from '../reference/stem-ids.js';
import type { TaxonomyIndex } from '../reference/taxonomy-index.js';
import { MAX_SCAN_LENGTH, scanIds } from '../reference/taxonomy-scan.js';
import { GrowableList } from '../structures/growable-list.js';
import { DeclaredSkills } from './declared-skills.js';
import { type CourseField, FIELDS } from './defaults.js';

/** Field codes (`FIELDS[code]`). */
export const FIELD_CODE: Readonly<Record<CourseField, number>> = {
  skills: FIELDS.indexOf('skills'),
  title: FIELDS.indexOf('title'),
  learningOutcomes: FIELDS.indexOf('learningOutcomes'),
  description: FIELDS.indexOf('description'),
};

/**
 * What one course says, as read (the lists are reused by the next read: copy what you keep).
 * Terms are stem ids with the field each came from; mentions are concept ordinals with their
 * field; declared concepts come from the `skills` list (with the skill's index).
 */
export interface CourseText {
  readonly terms: GrowableList<Int32Array>;
  readonly termFields: GrowableList<Uint8Array>;
  /** Terms per field, by field code. */
  readonly lengths: Int32Array;
  readonly mentions: GrowableList<Int32Array>;
  readonly mentionFields: GrowableList<Uint8Array>;
  readonly declared: GrowableList<Int32Array>;
  readonly declaredStrength: GrowableList<Float64Array>;
  readonly declaredSkill: GrowableList<Int32Array>;
}

/**
 * Reads courses one after another through one vocabulary (stemming runs once per distinct
 * word) and one set of declared-skill resolutions.
 */
export class CourseReader {
  readonly vocabulary: Vocabulary;
  private readonly skills: DeclaredSkills;
  private readonly out: CourseText = {
    terms: new GrowableList(Int32Array, 256),
    termFields: new GrowableList(Uint8Array, 256),
    lengths: new Int32Array(FIELDS.length),
    mentions: new GrowableList(Int32Array),
    mentionFields: new GrowableList(Uint8Array),
    declared: new GrowableList(Int32Array),
    declaredStrength: new GrowableList(Float64Array),
    declaredSkill: new GrowableList(Int32Array),
  };
  private readonly found: number[] = [];
  /** Dedup keys of the skills already read for the current course. */
  private readonly seenSkills: number[] = [];

  constructor(readonly taxonomy: TaxonomyIndex) {
    this.vocabulary = createVocabulary(taxonomy);
    this.skills = new DeclaredSkills(taxonomy);
  }

  /** Reads one course. */
  read(course: Course): CourseText {
    const out = this.out;
    out.terms.length = 0;
    out.termFields.length = 0;
    out.lengths.fill(0);
    out.mentions.length = 0;
    out.mentionFields.length = 0;
    out.declared.length = 0;
    out.declaredStrength.length = 0;
    out.declaredSkill.length = 0;
    // A skill declared twice is still one skill: repeats add no evidence and no terms.
    const skills = course.skills ?? [];
    this.seenSkills.length = 0;
    let budget = MAX_SCAN_LENGTH;
    for (let k = 0; k < skills.length; k++) {
      const skill = this.skills.of(skills[k] as string);
      if (this.seenSkills.includes(skill.key)) continue;
      this.seenSkills.push(skill.key);
      budget = this.field(skill.text, FIELD_CODE.skills, budget, false);
      for (const m of skill.matches) {
        out.declared.push(m.ordinal);
        out.declaredStrength.push(m.strength);
        out.declaredSkill.push(k);
      }
    }
    this.field(course.title, FIELD_CODE.title, MAX_SCAN_LENGTH, true);
    // Each outcome is scanned on its own (a label never spans two outcomes); together they
    // share one scan budget, like every other field.
    budget = MAX_SCAN_LENGTH;
    for (const outcome of course.learningOutcomes ?? []) {
      budget = this.field(outcome, FIELD_CODE.learningOutcomes, budget, true);
    }
    this.field(course.description ?? '', FIELD_CODE.description, MAX_SCAN_LENGTH, true);
    return out;
  }

  /**
   * Reads one text of a field: its terms, and (when `scan`) the concepts it mentions. Returns
   * how much of the field's reading budget is left.
   */
  private field(text: string, code: number, budget: number, scan: boolean): number {
    if (text === '' || budget <= 0) return budget;
    const cut = text.length > budget ? text.slice(0, budget) : text;
    const out = this.out;
    const from = out.terms.length;
    const capitals = stemIdsOf(this.vocabulary, cut, out.terms);
    const to = out.terms.length;
    for (let i = from; i < to; i++) out.termFields.push(code);
    out.lengths[code] = (out.lengths[code] as number) + (to - from);
    if (scan) {
      const count = scanIds(
        this.vocabulary.scanner,
        out.terms.data,
        cut,
        this.found,
        from,
        to,
        capitals,
      );
      for (let i = 0; i < count; i++) {
        out.mentions.push(this.found[i] as number);
        out.mentionFields.push(code);
      }
    }
    return budget - cut.length;
  }
}
