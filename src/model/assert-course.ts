/**
 * The guard every entry point that takes validated courses uses: a clear error for something
 * that is not one (a raw catalogue row, `null`, a course without a provider name).
 * @module
 */
import type { Course } from './course.js';
import { CredenceInputError } from './errors.js';

/**
 * Throws `CredenceInputError` unless `course` has at least an id, a title and a provider name as
 * text; `index` (0-based) names the entry in a list.
 *
 * @example
 * ```ts
 * assertCourse({ id: 'a', title: 'ECG', provider: { name: 'RCN' } }); // passes
 * assertCourse({ title: 'ECG' }, 2); // throws: course 3 is not a validated course …
 * ```
 */
export function assertCourse(course: unknown, index?: number): asserts course is Course {
  const c = course as Partial<Course> | null;
  const ok =
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'string' &&
    typeof c.title === 'string' &&
    typeof c.provider === 'object' &&
    c.provider !== null &&
    typeof c.provider.name === 'string';
  if (!ok) {
    const where = index === undefined ? 'the course' : `course ${index + 1}`;
    throw new CredenceInputError(
      `${where} is not a validated course (it needs at least id, title and provider.name as text); read catalogues with parseCatalog or parseCourse first`,
    );
  }
}
