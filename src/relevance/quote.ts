/**
 * Quoting a course's own words: the field, and the words in it, that say the course covers a
 * gap — a title or skill whole, an outcome whole, a short window of a description.
 * @module
 */
import type { Course } from '../model/course.js';
import { knownStemId } from '../reference/stem-ids.js';
import { words } from '../text/tokenize.js';
import type { CourseIndex } from './course-index.js';
import type { CourseField } from './defaults.js';

/** A quote from one field of a course. */
export interface Quote {
  readonly field: CourseField;
  readonly text: string;
}

/** Longest quote (characters); longer fields are cut around the words that matter. */
const QUOTE_LENGTH = 140;
/** Words shown on each side of the first telling word in a long text. */
const WINDOW = 9;

const pieces = (course: Course): readonly (readonly [CourseField, string])[] => [
  ['title', course.title],
  ...(course.skills ?? []).map((s): [CourseField, string] => ['skills', s]),
  ...(course.learningOutcomes ?? []).map((o): [CourseField, string] => ['learningOutcomes', o]),
  ['description', course.description ?? ''],
];

/** Cuts a long text to a window around its first word whose stem id is in `terms`. */
function window(index: CourseIndex, text: string, terms: ReadonlySet<number>): string {
  if (text.length <= QUOTE_LENGTH) return text;
  const raw = text.split(/\s+/);
  const at = raw.findIndex((w) =>
    words(w).some((x) => terms.has(knownStemId(index.vocabulary, x))),
  );
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(raw.length, Math.max(at, 0) + WINDOW + 1);
  const cut = raw.slice(from, to).join(' ');
  return `${from > 0 ? '…' : ''}${cut.length > QUOTE_LENGTH ? cut.slice(0, QUOTE_LENGTH) : cut}${to < raw.length ? '…' : ''}`;
}

/**
 * The first piece of the course (title, then skills, outcomes, description) that uses the most
 * of `terms` (stem ids), quoted; `prefer` is tried first (the field the evidence came from).
 *
 * @example
 * ```ts
 * quoteTerms(index, course, new Set([sepsisId]))?.text; // 'Sepsis: recognition and escalation'
 * ```
 */
export function quoteTerms(
  index: CourseIndex,
  course: Course,
  terms: ReadonlySet<number>,
  prefer?: CourseField,
): Quote | undefined {
  let best: { field: CourseField; text: string; hits: number } | undefined;
  const all = pieces(course);
  const ordered = prefer
    ? [...all.filter(([f]) => f === prefer), ...all.filter(([f]) => f !== prefer)]
    : all;
  for (const [field, text] of ordered) {
    if (text === '') continue;
    const seen = new Set<number>();
    for (const w of words(text.slice(0, 20_000))) {
      const id = knownStemId(index.vocabulary, w);
      if (terms.has(id)) seen.add(id);
    }
    if (seen.size > (best?.hits ?? 0)) best = { field, text, hits: seen.size };
    if (best && best.hits === terms.size) break;
  }
  return best ? { field: best.field, text: window(index, best.text, terms) } : undefined;
}

/** Stem ids of a phrase's words that the vocabulary knows. */
export function termsOf(index: CourseIndex, phrase: string): Set<number> {
  const out = new Set<number>();
  for (const w of words(phrase)) {
    const id = knownStemId(index.vocabulary, w);
    if (id >= 0) out.add(id);
  }
  return out;
}
