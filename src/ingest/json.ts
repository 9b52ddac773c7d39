/**
 * The native JSON catalogue: an array of courses, or `{ "courses": [...] }`.
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import type { AdapterOutput } from './adapter.js';

/**
 * Parses JSON text, with a message that says where the syntax error is.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}'); // { a: 1 }
 * ```
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CredenceInputError(`the input is not valid JSON (${detail})`);
  }
}

/**
 * Reads the records of a native catalogue from decoded JSON.
 *
 * @example
 * ```ts
 * jsonCatalogRecords({ courses: [{ id: 'a' }] }).records.length; // 1
 * ```
 */
export function jsonCatalogRecords(data: unknown): AdapterOutput {
  let records: unknown;
  if (Array.isArray(data)) records = data;
  else if (data !== null && typeof data === 'object' && 'courses' in data) {
    records = (data as { courses: unknown }).courses;
  } else if (data !== null && typeof data === 'object' && 'id' in data && 'title' in data) {
    records = [data];
  }
  if (!Array.isArray(records)) {
    throw new CredenceInputError(
      'the JSON is not a catalogue: expected an array of courses, { "courses": [...] }, or one course object',
    );
  }
  return { records, sources: [], issues: [] };
}
