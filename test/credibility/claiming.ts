/**
 * Offerings for the sweep tests: one each per claim text, from a training company the reference
 * data does not know, validated as a catalogue would be.
 */

import { validateCourses } from '../../src/model/catalog-reader.js';
import type { Course } from '../../src/model/course.js';

/** The offering's title and its provider's name (an unknown training company). */
export interface Claimant {
  readonly title: string;
  readonly provider: string;
}

/** Validated offerings `${prefix}-${i}`, the i-th claiming `bodies[i]` as its accreditation. */
export function coursesClaiming(
  prefix: string,
  bodies: readonly string[],
  claimant: Claimant = {
    title: 'Sepsis recognition update',
    provider: 'Quillmoor Clinical Education',
  },
): readonly Course[] {
  return validateCourses(
    bodies.map((body, i) => ({
      id: `${prefix}-${i}`,
      title: claimant.title,
      provider: { name: claimant.provider, type: 'education-company' },
      accreditations: [{ body }],
    })),
  ).courses;
}
