/**
 * Stable ids for offerings whose catalogue gives none: the same title and provider give the same
 * id on every run, on every machine (documented in docs/formats.md#ids).
 * @module
 */

/** Text as compared for an id: Unicode-normalised, lower case, single spaces, trimmed. */
function idText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Longest readable part of a generated id. */
const MAX_SLUG = 40;

/**
 * The id credence gives an offering without one: up to 40 characters of its title in lower-case
 * ASCII words joined by `-`, then `-` and 10 hexadecimal digits of a hash (two 32-bit FNV-1a
 * hashes) of its normalised title and provider name. A title with no ASCII letters or digits
 * gives `course-` and the hash.
 *
 * @example
 * ```ts
 * stableId('Sepsis: the first hour', 'Royal College of Nursing'); // 'sepsis-the-first-hour-' + 10 hex digits
 * ```
 */
export function stableId(title: string, provider: string): string {
  const key = `${idText(title)}\u0000${idText(provider)}`;
  const hash =
    fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0') +
    fnv1a(key, 0x050c5d1f).toString(16).padStart(8, '0').slice(0, 2);
  const slug = idText(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return `${slug === '' ? 'course' : slug}-${hash}`;
}
