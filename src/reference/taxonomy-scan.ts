/**
 * Finding taxonomy concepts mentioned inside running text (titles, outcomes, descriptions):
 * longest stemmed label match at each position, plus upper-case abbreviations decided by the
 * text's own words. Exact lookups only — no fuzzy matching — so it is fast on large catalogues.
 * @module
 */
import { stemsOf, type TaxonomyIndex } from './taxonomy-index.js';

/** Concepts found in a text, with how often each was mentioned. */
export type ConceptMentions = Map<string, number>;

const RAW_TOKEN = /[^A-Za-z0-9&+]+/;
const ABBREVIATION = /^[A-Z][A-Z0-9&+]{1,7}s?$/;

/**
 * Concepts mentioned in a text, with mention counts.
 *
 * @example
 * ```ts
 * scanText(index, 'Recognise sepsis early and start NIV').has('non-invasive-ventilation'); // true
 * ```
 */
export function scanText(
  index: TaxonomyIndex,
  text: string,
  precomputed?: readonly string[],
): ConceptMentions {
  const found: ConceptMentions = new Map();
  const cut = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const stems = precomputed ?? stemsOf(index, cut);
  const add = (id: string): void => {
    found.set(id, (found.get(id) ?? 0) + 1);
  };
  let i = 0;
  while (i < stems.length) {
    const first = stems[i] as string;
    let advance = 1;
    if (index.firstStems.has(first)) {
      let key = first;
      let longest: string | undefined;
      let length = 0;
      for (let n = 1; n <= index.maxStems && i + n <= stems.length; n++) {
        if (n > 1) key = `${key} ${stems[i + n - 1] as string}`;
        if (index.byStems.has(key)) {
          longest = key;
          length = n;
        }
        if (!index.stemPrefixes.has(key)) break;
      }
      if (longest !== undefined) {
        const ids = new Set((index.byStems.get(longest) ?? []).map((s) => s.conceptId));
        for (const id of ids) add(id);
        advance = length;
      }
    }
    i += advance;
  }
  if (/[A-Z]{2}/.test(cut)) {
    let context: Set<string> | undefined;
    for (const raw of cut.split(RAW_TOKEN)) {
      if (!ABBREVIATION.test(raw)) continue;
      const key = raw.toLowerCase().replace(/[^a-z0-9&+]/g, '');
      const senses =
        index.abbreviations.get(key) ??
        (key.endsWith('s') ? index.abbreviations.get(key.slice(0, -1)) : undefined);
      if (!senses) continue;
      const ids = new Set(senses.map((s) => s.conceptId));
      if (ids.size === 1 && senses.every((s) => s.context.size === 0)) {
        add(senses[0]?.conceptId as string);
        continue;
      }
      context ??= new Set(stems);
      let bestHits = 0;
      let winners: string[] = [];
      for (const s of senses) {
        let hits = 0;
        for (const c of s.context) if (context.has(c)) hits++;
        if (hits > bestHits) {
          bestHits = hits;
          winners = [s.conceptId];
        } else if (hits === bestHits && hits > 0 && !winners.includes(s.conceptId)) {
          winners.push(s.conceptId);
        }
      }
      if (winners.length === 1) add(winners[0] as string);
    }
  }
  return found;
}
