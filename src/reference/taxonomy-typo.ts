/**
 * Typos of taxonomy labels ("tissue viabilty", "sepsis recogntion"): a trigram shortlist of
 * the labels, re-scored by fuse.js over that short list only (fuse.js never sees courses), and
 * accepted at an edit similarity of at least 0.8.
 * @module
 */
import Fuse from 'fuse.js';
import { normalizeText } from '../text/normalize.js';
import { editSimilarity } from '../text/similarity.js';
import { words } from '../text/tokenize.js';
import { MIN_TYPO_LENGTH, MIN_TYPO_SIMILARITY, RESOLUTION_STRENGTH } from './taxonomy-defaults.js';
import { quote } from './taxonomy-exact.js';
import {
  type ConceptMatch,
  type Surface,
  type TaxonomyIndex,
  trigramsOf,
} from './taxonomy-index.js';

/**
 * Surfaces most likely to be a typo of `folded`: ranked by shared trigrams (Dice coefficient),
 * then re-scored by fuse.js over that short list only.
 */
export function typoCandidates(index: TaxonomyIndex, folded: string, limit = 8): Surface[] {
  const grams = trigramsOf(folded);
  const counts = new Map<number, number>();
  for (const g of grams) {
    for (const i of index.trigrams.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const ranked: { i: number; dice: number }[] = [];
  for (const [i, shared] of counts) {
    const s = index.surfaces[i];
    if (!s) continue;
    const dice = (2 * shared) / (grams.size + s.folded.length + 2 - 2);
    if (dice >= 0.3) ranked.push({ i, dice });
  }
  ranked.sort((a, b) => b.dice - a.dice || a.i - b.i);
  const shortlist = ranked.slice(0, 40).map((r) => index.surfaces[r.i] as Surface);
  if (shortlist.length === 0) return [];
  const fuse = new Fuse(shortlist, {
    keys: ['folded'],
    includeScore: true,
    threshold: 0.34,
    ignoreLocation: true,
    minMatchCharLength: 3,
  });
  return fuse.search(folded, { limit }).map((hit) => hit.item);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Concepts whose labels the phrase is a likely misspelling of. */
export function typoMatches(index: TaxonomyIndex, phrase: string): ConceptMatch[] {
  const folded = words(phrase).join(' ');
  if (folded.replace(/ /g, '').length < MIN_TYPO_LENGTH) return [];
  const out: ConceptMatch[] = [];
  for (const item of typoCandidates(index, folded)) {
    const similarity = editSimilarity(normalizeText(phrase), normalizeText(item.text));
    if (similarity < MIN_TYPO_SIMILARITY) continue;
    const label = index.concepts.get(item.conceptId)?.label ?? item.text;
    out.push({
      conceptId: item.conceptId,
      label,
      strength: round(RESOLUTION_STRENGTH.typo * similarity),
      via: 'typo',
      evidence: `${quote(phrase)} → ${label} via likely typo of "${item.text}"`,
    });
  }
  return out;
}
