/**
 * Typos of taxonomy labels ("tissue viabilty", "sepsis recogntion"): a trigram shortlist of
 * the labels, re-ranked by edit distance (optimal string alignment, so a swapped pair of
 * letters is one edit) over that short list only, and accepted within two edits and at an edit
 * similarity of at least 0.8. Phrases are looked up this way (a clinician's gaps, a course's
 * declared skills), never whole course texts.
 * @module
 */
import { normalizeText } from '../text/normalize.js';
import { editDistance, editSimilarity } from '../text/similarity.js';
import { words } from '../text/tokenize.js';
import {
  MAX_TYPO_EDITS,
  MIN_TYPO_LENGTH,
  MIN_TYPO_SIMILARITY,
  RESOLUTION_STRENGTH,
} from './taxonomy-defaults.js';
import { quote } from './taxonomy-exact.js';
import {
  type ConceptMatch,
  type Surface,
  type TaxonomyIndex,
  trigramsOf,
} from './taxonomy-index.js';

/**
 * Surfaces most likely to be a typo of `folded`: ranked by shared trigrams (Dice coefficient),
 * then re-ranked by edit distance over that short list only. A label more than
 * {@link MAX_TYPO_EDITS} edits away is not a candidate.
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
  const rescored: { surface: Surface; edits: number; order: number }[] = [];
  for (const [order, r] of ranked.slice(0, SHORTLIST_SIZE).entries()) {
    const surface = index.surfaces[r.i] as Surface;
    const edits = editDistance(folded, surface.folded, MAX_TYPO_EDITS);
    if (edits <= MAX_TYPO_EDITS) rescored.push({ surface, edits, order });
  }
  rescored.sort((a, b) => a.edits - b.edits || a.order - b.order);
  return rescored.slice(0, limit).map((r) => r.surface);
}

/** How many trigram-ranked labels are re-ranked by edit distance. */
const SHORTLIST_SIZE = 40;

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
