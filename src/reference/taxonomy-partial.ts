/**
 * Sub-phrases that name concepts ("palliative care at home" → palliative care): the longest
 * sub-phrases first, each word used once, weaker the less of the phrase they cover.
 * @module
 */
import { words } from '../text/tokenize.js';
import { writtenAsAbbreviation } from './abbreviations.js';
import { MAX_TYPO_ATTEMPTS, MAX_TYPO_WINDOW, RESOLUTION_STRENGTH } from './taxonomy-defaults.js';
import { abbreviationMatches, exactMatches, quote } from './taxonomy-exact.js';
import { type ConceptMatch, stemWord, type TaxonomyIndex } from './taxonomy-index.js';
import { typoMatches } from './taxonomy-typo.js';

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Sub-phrases, longest first, that name a concept; covered words are not reused. */
export function partialMatches(
  index: TaxonomyIndex,
  phrase: string,
  context: ReadonlySet<string>,
): ConceptMatch[] {
  const tokens = words(phrase);
  // Words the clinician wrote in capitals, which may be abbreviations ("AUDIT", "PALS").
  const capitalised = new Set(
    phrase
      .split(/\s+/)
      .filter((w) => writtenAsAbbreviation(w))
      .flatMap((w) => words(w)),
  );
  const content = tokens.filter((t) => stemWord(index, t) !== '').length;
  if (tokens.length < 2 || content === 0) return [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const out: ConceptMatch[] = [];
  const record = (found: readonly ConceptMatch[], start: number, n: number, count: number) => {
    for (let i = start; i < start + n; i++) used[i] = true;
    const share = Math.min(1, count / content);
    for (const m of found) {
      out.push({
        ...m,
        strength: round(m.strength * RESOLUTION_STRENGTH.partial * (0.5 + 0.5 * share)),
        via: 'partial',
        evidence: `${quote(phrase)} contains ${m.evidence} (partial match)`,
      });
    }
  };
  // First, abbreviations the other words decide ("PALS" beside "paediatric"): a longer window
  // must not swallow them into a typo ("PALS course" is not "NLS course").
  tokens.forEach((t, i) => {
    if (!capitalised.has(t)) return;
    const abbreviated = abbreviationMatches(index, t.toUpperCase(), t, context);
    if (abbreviated.some((m) => m.strength >= RESOLUTION_STRENGTH.abbreviation)) {
      record(abbreviated, i, 1, 1);
    }
  });
  // Typo search (edit similarity over a shortlist) is the costly step: try it only on windows of up to
  // MAX_TYPO_WINDOW words and at most MAX_TYPO_ATTEMPTS times.
  let typoAttempts = 0;
  for (let n = tokens.length - 1; n >= 1; n--) {
    for (let start = 0; start + n <= tokens.length; start++) {
      if (used.slice(start, start + n).some(Boolean)) continue;
      const window = tokens.slice(start, start + n);
      const count = window.filter((t) => stemWord(index, t) !== '').length;
      if (count === 0) continue;
      const sub = window.join(' ');
      let found = exactMatches(index, sub, context);
      if (
        found.length === 0 &&
        n >= 2 &&
        n <= MAX_TYPO_WINDOW &&
        typoAttempts < MAX_TYPO_ATTEMPTS &&
        !window.some((t) => capitalised.has(t))
      ) {
        typoAttempts++;
        found = typoMatches(index, sub);
      }
      if (found.length > 0) record(found, start, n, count);
    }
  }
  return out;
}
