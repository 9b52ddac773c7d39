/**
 * What each course teaches, as taxonomy concepts with an evidence weight: declared skills and
 * learning outcomes count more than the title, the title more than a passing mention in the
 * description; repeated mentions saturate (`tf / (tf + K)`).
 * @module
 */
import type { Course } from '../model/course.js';
import { type ConceptMatch, resolvePhrase } from '../reference/taxonomy.js';
import { stemsOf, type TaxonomyIndex } from '../reference/taxonomy-index.js';
import { scanText } from '../reference/taxonomy-scan.js';
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

interface Acc {
  miss: number;
  best: number;
  field: CourseField;
  source: string;
}

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
  const acc = new Map<string, Acc>();
  const note = (id: string, value: number, field: CourseField, source: string): void => {
    const seen = acc.get(id);
    if (!seen) {
      acc.set(id, { miss: 1 - value, best: value, field, source });
      return;
    }
    seen.miss *= 1 - value;
    if (value > seen.best) Object.assign(seen, { best: value, field, source });
  };
  for (const skill of course.skills ?? []) {
    if (terms) for (const t of stemsOf(index, skill)) terms.push(t);
    let matches = memo.get(skill);
    if (!matches) {
      matches = resolvePhrase(index, skill, { limit: 3 });
      if (memo.size < 200_000) memo.set(skill, matches);
    }
    for (const m of matches) note(m.conceptId, FIELD_WEIGHTS.skills * m.strength, 'skills', skill);
  }
  const scanned: [CourseField, string][] = [
    ['learningOutcomes', (course.learningOutcomes ?? []).join(' . ')],
    ['title', course.title],
    ['description', course.description ?? ''],
  ];
  for (const [field, text] of scanned) {
    if (text === '') continue;
    const cut = text.length > 20_000 ? text.slice(0, 20_000) : text;
    const stems = stemsOf(index, cut);
    if (terms) {
      for (const t of stems) terms.push(t);
      if (field === 'title') for (const t of stems) terms.push(t);
    }
    for (const [id, tf] of scanText(index, cut, stems)) {
      note(id, FIELD_WEIGHTS[field] * saturate(tf), field, field === 'title' ? 'title' : field);
    }
  }
  const out: CourseConcept[] = [];
  for (const [conceptId, a] of acc) {
    out.push({ conceptId, weight: Math.min(1, 1 - a.miss), field: a.field, source: a.source });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.conceptId < b.conceptId ? -1 : 1));
}
