/**
 * Exact ways a phrase names a concept: the label or an alternative label (folded, or in the
 * other spelling), an abbreviation (its sense decided by the words around it), or the same
 * stems in another order. No typos, no sub-phrases: those are `taxonomy-typo.ts` and
 * `taxonomy-partial.ts`.
 * @module
 */
import { normalizeText } from '../text/normalize.js';
import { words } from '../text/tokenize.js';
import { abbreviationKey, decideSenses, writtenAsAbbreviation } from './abbreviations.js';
import { RESOLUTION_STRENGTH } from './taxonomy-defaults.js';
import { type ConceptMatch, type Surface, stemsOf, type TaxonomyIndex } from './taxonomy-index.js';

/** A phrase in quotes, as evidence sentences show it. */
export const quote = (text: string): string => `'${text.trim()}'`;

function surfaceMatch(
  index: TaxonomyIndex,
  phrase: string,
  s: Surface,
  strength: number,
  how: string,
): ConceptMatch {
  const label = index.concepts.get(s.conceptId)?.label ?? s.text;
  return {
    conceptId: s.conceptId,
    label,
    strength,
    via: s.kind,
    evidence: `${quote(phrase)} → ${label} via ${how}${s.kind === 'alt-label' || how.endsWith(' of') ? ` "${s.text}"` : ''}`,
  };
}

/** Stems of the phrase and of its context words, which decide ambiguous abbreviations. */
export function contextStems(
  index: TaxonomyIndex,
  phrase: string,
  context: string | readonly string[] | undefined,
): Set<string> {
  const out = new Set<string>();
  const all = [phrase, ...(typeof context === 'string' ? [context] : (context ?? []))];
  for (const w of all) for (const s of stemsOf(index, w)) out.add(s);
  return out;
}

/**
 * The concepts one word names as an abbreviation ("ABGs" → ABG interpretation), decided by
 * the context's words; senses that name no concept ("GCP" as a cloud platform) decide too, but
 * give no match.
 */
export function abbreviationMatches(
  index: TaxonomyIndex,
  phrase: string,
  word: string,
  context: ReadonlySet<string>,
): ConceptMatch[] {
  const key = abbreviationKey(word);
  let senses = index.abbreviations.get(key);
  if (!senses && key.length > 3 && key.endsWith('s'))
    senses = index.abbreviations.get(key.slice(0, -1));
  if (!senses || senses.length === 0) return [];
  const decided = decideSenses(senses, context);
  const out: ConceptMatch[] = [];
  for (const sense of decided.senses) {
    if (sense.conceptId === undefined) continue;
    const label = index.concepts.get(sense.conceptId)?.label ?? sense.conceptId;
    out.push({
      conceptId: sense.conceptId,
      label,
      strength: decided.decided
        ? RESOLUTION_STRENGTH.abbreviation
        : RESOLUTION_STRENGTH.abbreviationUndecided,
      via: 'abbreviation',
      evidence: `${quote(phrase)} → ${label} via ${decided.decided ? 'abbreviation' : 'ambiguous abbreviation (context did not decide)'} "${sense.text}"`,
    });
  }
  return out;
}

/** Exact, abbreviation and stemmed matches of a (sub-)phrase; no typos, no partials. */
export function exactMatches(
  index: TaxonomyIndex,
  phrase: string,
  context: ReadonlySet<string>,
): ConceptMatch[] {
  const normalized = normalizeText(phrase);
  if (normalized === '') return [];
  // A word written in capitals ("AUDIT", "PALS") is read as an abbreviation first when the
  // surrounding words decide its sense; otherwise as the ordinary word or label.
  if (writtenAsAbbreviation(phrase.trim())) {
    const abbreviated = abbreviationMatches(index, phrase, phrase.trim(), context);
    if (abbreviated.some((m) => m.strength >= RESOLUTION_STRENGTH.abbreviation)) return abbreviated;
  }
  const surfaces = index.byNormalized.get(normalized);
  if (surfaces) {
    const folded = words(phrase).join(' ');
    return surfaces.map((s) => {
      if (s.folded === folded || surfaces.some((o) => o.folded === folded && o !== s)) {
        const label = s.kind === 'label';
        return surfaceMatch(
          index,
          phrase,
          s,
          label ? RESOLUTION_STRENGTH.label : RESOLUTION_STRENGTH.altLabel,
          label ? 'label' : 'alternative label',
        );
      }
      return {
        ...surfaceMatch(
          index,
          phrase,
          s,
          RESOLUTION_STRENGTH.spellingVariant,
          'spelling variant of',
        ),
        via: 'spelling-variant' as const,
      };
    });
  }
  if (!normalized.includes(' ')) {
    const abbreviated = abbreviationMatches(index, phrase, normalized, context);
    if (abbreviated.length > 0) return abbreviated;
  }
  const stems = stemsOf(index, phrase);
  if (stems.length === 0) return [];
  const found =
    index.byStems.get(stems.join(' ')) ?? index.byStemSet.get([...new Set(stems)].sort().join(' '));
  return (found ?? []).map((s) =>
    surfaceMatch(index, phrase, s, RESOLUTION_STRENGTH.stemmed, 'stemmed form of'),
  );
}
