/**
 * Finding taxonomy concepts mentioned inside running text (titles, outcomes, descriptions):
 * longest stemmed label match at each position, plus upper-case abbreviations decided by the
 * text's own words. Exact lookups only — no fuzzy matching — so it is fast on large catalogues.
 *
 * A text is tokenised once into stem ids (`stem-ids.ts`) and the compiled label trie
 * (`taxonomy-trie.ts`) is walked over that id array — one hash lookup per token instead of a
 * substring search per label.
 * @module
 */
import { GrowableList } from '../structures/growable-list.js';
import { abbreviationKey, writtenAsAbbreviation } from './abbreviations.js';
import { createVocabulary, stemIdsOf } from './stem-ids.js';
import type { TaxonomyIndex } from './taxonomy-index.js';
import { type CompiledScanner, childOf } from './taxonomy-trie.js';

/** Concepts found in a text, with how often each was mentioned. */
export type ConceptMentions = Map<string, number>;

/** Runs of characters an abbreviation may be written with ("NIV", "A&E", "COVID-19"). */
const ABBREVIATION_RUN = /[A-Za-z0-9&+-]+/g;

/**
 * Writes to `found[0..]` the concept ordinal of every concept mention in a text whose
 * content-word stem ids are `ids` (see {@link stemIdsOf}), in text order, and returns how many:
 * longest label at each position, then abbreviations (ambiguous ones decided by the text's own
 * words). `found` is overwritten, never shortened, so one scratch array serves every call. The
 * text's ids are `ids[from..to)` (`from` 0 unless the ids are read into a longer array).
 * `capitals` is what `stemIdsOf` returned for the text: false skips the abbreviation pass
 * (which finds nothing in a text where no abbreviation can start).
 */
export function scanIds(
  scanner: CompiledScanner,
  ids: ArrayLike<number>,
  text: string,
  found: number[],
  from = 0,
  to = ids.length,
  capitals = true,
): number {
  let count = 0;
  const { edges, terminalStart, terminalOrdinals, maxStems, root } = scanner;
  const stemCount = root.length;
  const n = to;
  let i = from;
  while (i < n) {
    const first = ids[i] as number;
    let node = first < stemCount ? (root[first] as number) : -1;
    if (node < 0) {
      i++;
      continue;
    }
    let longest = -1;
    let length = 0;
    for (let k = 1; ; k++) {
      if ((terminalStart[node + 1] as number) > (terminalStart[node] as number)) {
        longest = node;
        length = k;
      }
      if (k >= maxStems || i + k >= n) break;
      const s = ids[i + k] as number;
      const next = s < stemCount ? childOf(edges, node, s) : -1;
      if (next < 0) break;
      node = next;
    }
    if (longest >= 0) {
      const end = terminalStart[longest + 1] as number;
      for (let t = terminalStart[longest] as number; t < end; t++) {
        found[count++] = terminalOrdinals[t] as number;
      }
      i += length;
    } else i++;
  }
  if (!capitals) return count;
  let context: Set<number> | undefined;
  for (const match of text.matchAll(ABBREVIATION_RUN)) {
    const written = match[0];
    if (!writtenAsAbbreviation(written)) continue;
    const key = abbreviationKey(written);
    const compiledSenses =
      scanner.abbreviations.get(key) ??
      (key.endsWith('s') ? scanner.abbreviations.get(key.slice(0, -1)) : undefined);
    if (!compiledSenses) continue;
    if (compiledSenses.fixed >= 0) {
      found[count++] = compiledSenses.fixed;
      continue;
    }
    if (context === undefined) {
      context = new Set();
      for (let k = from; k < n; k++) context.add(ids[k] as number);
    }
    let bestHits = 0;
    let winners: number[] = [];
    for (const s of compiledSenses.senses) {
      let hits = 0;
      for (const c of s.context) if (context.has(c)) hits++;
      if (hits > bestHits) {
        bestHits = hits;
        winners = [s.ordinal];
      } else if (hits === bestHits && hits > 0 && !winners.includes(s.ordinal)) {
        winners.push(s.ordinal);
      }
    }
    if (winners.length === 1) found[count++] = winners[0] as number;
  }
  return count;
}

/** Cut applied to any scanned text (matching needs no more). */
export const MAX_SCAN_LENGTH = 20_000;

/**
 * Concepts mentioned in a text, with mention counts (a convenience for one text; indexing a
 * catalogue reads every course through one vocabulary instead).
 *
 * @example
 * ```ts
 * scanText(index, 'Recognise sepsis early and start NIV').has('non-invasive-ventilation'); // true
 * ```
 */
export function scanText(index: TaxonomyIndex, text: string): ConceptMentions {
  const vocabulary = createVocabulary(index);
  const cut = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
  const ids = new GrowableList(Int32Array);
  const capitals = stemIdsOf(vocabulary, cut, ids);
  const ordinals: number[] = [];
  const count = scanIds(vocabulary.scanner, ids.data, cut, ordinals, 0, ids.length, capitals);
  const found: ConceptMentions = new Map();
  const { conceptIds } = vocabulary.scanner;
  for (let i = 0; i < count; i++) {
    const id = conceptIds[ordinals[i] as number] as string;
    found.set(id, (found.get(id) ?? 0) + 1);
  }
  return found;
}
