/**
 * Audience fit: does the course say it is for the clinician's profession (with synonyms:
 * RN = nurse, doctor = physician…)?
 * @module
 */
import type { Course } from '../model/course.js';
import { foldText } from '../text/normalize.js';
import { ANY_AUDIENCE, AUDIENCE_FIT, PROFESSION_SYNONYMS } from './defaults.js';

const canonical = (text: string): string => foldText(text).replace(/ /g, '-');

/** Canonical profession by each synonym's canonical form (built once from the defaults). */
const BY_SYNONYM: ReadonlyMap<string, string> = new Map(
  Object.entries(PROFESSION_SYNONYMS).flatMap(([profession, synonyms]) => [
    [profession, profession] as const,
    ...synonyms.map((s) => [canonical(s), profession] as const),
  ]),
);

/** The canonical profession for a word as catalogues write it ("RN" → "nurse"). */
export function canonicalProfession(text: string): string {
  const key = canonical(text);
  return BY_SYNONYM.get(key) ?? key;
}

/**
 * Audience fit from the canonical professions a course lists (see {@link audienceFit}) and the
 * clinician's canonical profession.
 */
export function audienceFitCanonical(
  theirs: readonly string[],
  mine: string,
): { fit: number; note: string } {
  if (theirs.length === 0) return { fit: AUDIENCE_FIT.unstated, note: 'audience not stated' };
  if (theirs.includes(mine)) return { fit: AUDIENCE_FIT.listed, note: `written for ${mine}` };
  if (theirs.some((p) => ANY_AUDIENCE.has(p))) {
    return { fit: AUDIENCE_FIT.listed, note: 'open to all professions' };
  }
  return { fit: AUDIENCE_FIT.other, note: `written for ${theirs.slice(0, 3).join(', ')}` };
}

/**
 * Audience fit 0–1 and a note: listed 1, unstated 0.8, other professions only 0.4.
 *
 * @example
 * ```ts
 * audienceFit(course, 'RN'); // { fit: 1, note: 'for nurses' } when the course lists "nurse"
 * ```
 */
export function audienceFit(course: Course, profession: string): { fit: number; note: string } {
  const listed = course.audience?.professions ?? [];
  return audienceFitCanonical(listed.map(canonicalProfession), canonicalProfession(profession));
}
