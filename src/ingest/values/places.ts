/**
 * Countries and languages written as names (`United Kingdom`, `England`, `English`,
 * `English (UK)`), read as ISO 3166-1 and BCP 47 codes. Names come from the runtime's Unicode
 * CLDR data (`Intl.DisplayNames`), so no list is kept here beyond a few names CLDR does not use.
 * @module
 */
import { isKnownRegion } from '../../model/primitives.js';
import { ownTable } from '../../model/sanitize.js';
import { ABSENT, isAbsent, type Reading, read, unreadable } from './reading.js';

const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Names CLDR does not give a region, as people write them in catalogues. */
const COUNTRY_ALIASES: ReadonlyMap<string, string> = ownTable({
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  'republic of ireland': 'IE',
  eire: 'IE',
});

/** The parts of the UK, which are not ISO 3166-1 countries: said in the warning. */
const UK_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** Longest country or language cell read: no name, nor a short list of them, is longer. */
const MAX_NAME = 100;

let countryNames: Map<string, string> | undefined;
let languageNames: Map<string, string> | undefined;

/** Every two-letter code `Intl.DisplayNames` names, by its English name. */
function namesOf(type: 'region' | 'language', upper: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof Intl.DisplayNames !== 'function') return out;
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const a = 'a'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(a + i, a + j);
      const tag = upper ? code.toUpperCase() : code;
      let name: string | undefined;
      try {
        name = names.of(tag);
      } catch {
        name = undefined;
      }
      if (name === undefined || (upper && (tag === 'ZZ' || !isKnownRegion(tag)))) continue;
      const k = key(name);
      if (!out.has(k)) out.set(k, tag);
    }
  }
  return out;
}

/**
 * Reads a country cell: an ISO 3166-1 alpha-2 code (`UK` is `GB`) or an English name.
 *
 * @example
 * ```ts
 * readCountry('England').value; // 'GB' (note: England is part of the United Kingdom)
 * ```
 */
export function readCountry(cell: string): Reading<string> {
  const t = cell.trim();
  if (isAbsent(t)) return ABSENT;
  if (t.length > MAX_NAME) return unreadable('is too long to be a country');
  const upper = t.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) {
    const code = upper === 'UK' ? 'GB' : upper;
    return isKnownRegion(code) ? read(code) : unreadable('is not an ISO 3166-1 country code');
  }
  const k = key(t);
  const alias = COUNTRY_ALIASES.get(k);
  if (alias !== undefined) {
    return read(alias, UK_NATIONS.has(k) ? ['was read as GB, the United Kingdom'] : []);
  }
  countryNames ??= namesOf('region', true);
  const code = countryNames.get(k) ?? countryNames.get(k.replace(/^the /, ''));
  return code === undefined ? unreadable('is not a country credence can name') : read(code);
}

/**
 * Reads a language cell: a BCP 47 tag (`en-GB`, `en_GB`) or an English name, optionally with a
 * region in brackets (`English (UK)` → `en-GB`). Several languages keep the first (said).
 *
 * @example
 * ```ts
 * readLanguage('English').value; // 'en'
 * ```
 */
export function readLanguage(cell: string): Reading<string> {
  const t = cell.trim();
  if (isAbsent(t)) return ABSENT;
  if (t.length > MAX_NAME) return unreadable('is too long to be a language');
  const notes: string[] = [];
  const parts = t.split(/\s*(?:[,;/&|+]|\band\b)\s*/i).filter((p) => p !== '');
  const first = parts[0] ?? t;
  if (parts.length > 1) notes.push(`names several languages; only the first, ${first}, was kept`);
  const tag = first.replace(/_/g, '-');
  if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/.test(tag)) {
    try {
      const canonical = Intl.getCanonicalLocales(tag)[0];
      if (canonical !== undefined) return read(canonical, notes);
    } catch {
      // Not a tag: try it as a name below.
    }
  }
  const m = /^(.+?)\s*\(([^)]+)\)$/.exec(first);
  const name = key(m?.[1] ?? first);
  languageNames ??= namesOf('language', false);
  const base = languageNames.get(name);
  if (base === undefined)
    return unreadable('is not a language credence can name (write a code such as en)', notes);
  if (m?.[2] === undefined) return read(base, notes);
  const region = readCountry(m[2]);
  return region.value === undefined ? read(base, notes) : read(`${base}-${region.value}`, notes);
}
