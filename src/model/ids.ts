/**
 * Stable ids for offerings whose catalogue gives none: the same title and provider give the same
 * id on every run, on every machine (documented in docs/formats.md#ids).
 * @module
 */

/** Text as compared for an id: Unicode-normalised, lower case, single spaces, trimmed. */
function idText(text: string): string {
  // NFKC leaves ASCII unchanged, so plain ASCII (most titles) skips it.
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Two 32-bit FNV-1a hashes over UTF-16 code units, from two offset bases, in one pass: 64 bits
 * of hash, of which an id keeps 40.
 */
function fnv1a2(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return [a >>> 0, b >>> 0];
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
  const text = idText(title);
  const [a, b] = fnv1a2(`${text}\u0000${idText(provider)}`);
  const hash = a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0').slice(0, 2);
  // Accents come off (é → e); plain ASCII needs no decomposition.
  const ascii = /[^\x00-\x7f]/.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return `${slug === '' ? 'course' : slug}-${hash}`;
}
