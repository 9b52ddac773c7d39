/**
 * An accreditor's activity number, as a claim gives it: a number written under one of the
 * number's names ("UAN 2291-CE-24-8HR") that is not in the form the body gives every activity it
 * accredits (`activityNumber` in `data/accreditors.json`) is a number the body never issued. Only
 * a number the claim names so is read: a reference without the name may be any other number (a
 * provider number, a course code).
 * @module
 */
import type { Accreditor } from '../reference/schemas.js';
import { escapeRegExp } from '../text/normalize.js';

/**
 * The number a claim's reference gives under one of the accreditor's activity-number names when
 * it is not in the accreditor's form, or `undefined` (no rule, no such number, or a well-formed
 * one).
 *
 * @example
 * ```ts
 * malformedActivityNumber(acpe, 'UAN 2291-CE-24-8HR'); // '2291-CE-24-8HR'
 * malformedActivityNumber(acpe, 'UAN 0204-0000-20-246-L04-P'); // undefined
 * ```
 */
export function malformedActivityNumber(
  accreditor: Accreditor,
  reference: string | undefined,
): string | undefined {
  const rule = accreditor.activityNumber;
  if (rule === undefined || reference === undefined) return undefined;
  const names = rule.names.map(escapeRegExp).join('|');
  // The name, then what a page writes between it and the number ("#", "No.", ":"), then the
  // number up to the next space.
  const given = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])\\s*(?:#|no\\.?|number)?\\s*:?\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)`,
    'iu',
  ).exec(reference);
  const number = given?.[1];
  if (number === undefined) return undefined;
  return new RegExp(rule.pattern, 'i').test(number) ? undefined : number;
}
