/**
 * Scraped rows for tests: a builder of courses that have an id and a provider of the given name,
 * and whatever fields a test gives.
 */
import { type Course, parseCourse } from '../../src/model/index.js';

/** A builder of rows from one provider. */
export const rowsFrom =
  (providerName: string) =>
  (course: Partial<Course> & { title: string }): Course =>
    parseCourse({ id: 'c', provider: { name: providerName }, ...course });
