/**
 * The id an organisation entry gets when it states none: its name in kebab case, accents
 * dropped ("Université Laval" → `universite-laval`, "Royal College of Nursing" →
 * `royal-college-of-nursing`). Most entries' ids are exactly that, so the browser build leaves
 * such ids out of the inlined data (scripts/build/reference-data-plugin.mjs, which must derive
 * them the same way; test/reference/bundled-data.test.ts proves it does) and your own entries
 * may leave them out too.
 * @module
 */

/**
 * The kebab-case id of a name: NFKD, combining marks dropped, lower case, every run of other
 * characters than ASCII letters and digits one hyphen. Empty for a name without any.
 *
 * @example
 * ```ts
 * idFromName('Royal College of Physicians & Surgeons of Glasgow');
 * // 'royal-college-of-physicians-surgeons-of-glasgow'
 * ```
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
