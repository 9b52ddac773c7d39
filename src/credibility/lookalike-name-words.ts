/**
 * Look-alike rules 2 and 3 (see `lookalike.ts`): a known body's name with its form word
 * substituted ("Council" for "Center"), or with one word misspelt, written out wrongly beside
 * the body's acronym, or reordered with its acronym.
 * @module
 */
import type { Policy } from '../model/policy.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { CanonicalName } from '../text/canonical-name.js';
import { editDistance } from '../text/similarity.js';
import { stemToken } from '../text/tokenize.js';
import { areSisterFormWords, ORGANISATION_FORM_WORDS, PLACE_NAME_WORDS } from './defaults.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';

/** Words of a name, other than the one at `except`, that are not form words. */
export const sharedWords = (tokens: readonly string[], except: number): number =>
  tokens.filter((t, i) => i !== except && !ORGANISATION_FORM_WORDS.has(t)).length;

/** Rule 2. */
export function substitutedFormWord(
  context: LookalikeContext,
  name: string,
  reading: CanonicalName,
): Lookalike | undefined {
  const { reference, policy } = context;
  const tokens = reading.key.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    if (!ORGANISATION_FORM_WORDS.has(word)) continue;
    for (const form of reference.directory.formsDifferingInOneWord(tokens, i)) {
      const known = form.tokens[i] as string;
      if (known === word || !ORGANISATION_FORM_WORDS.has(known)) continue;
      // An imitation keeps the body's initials ("Council" for "Center": ANCC stays ANCC); a real
      // sister body's other form word changes them (the Society of Intensive Care Medicine, SICM,
      // beside the Faculty, FICM; the National Registry of EMTs, NREMT, beside the Association),
      // so a swap that changes them is read only in an accreditor's name, with more of it kept:
      // sister societies and registries share four words (the American Academy and College of
      // Allergy, Asthma and Immunology; the National Registry and Association of EMTs).
      if (areSisterFormWords(known, word)) continue;
      const sameInitial = known[0] === word[0];
      if (!sameInitial && form.organisation.role !== 'accreditor') continue;
      const shared = sharedWords(form.tokens, i);
      const least = sameInitial
        ? policy.lookalike.substitutionMinSharedWords
        : policy.lookalike.substitutionOtherInitialMinSharedWords;
      if (shared < least) continue;
      return {
        target: form.organisation,
        rule: 'substituted-form-word',
        strong: shared >= policy.lookalike.substitutionStrongMinSharedWords,
        evidence: `"${name}" is the name of ${form.organisation.name} with "${known}" changed to "${word}"`,
      };
    }
  }
  return undefined;
}

/** Whether two words begin with the same `letters` letters (forms of one word). */
export const sameRoot = (a: string, b: string, letters: number): boolean =>
  a.length >= letters && b.length >= letters && a.slice(0, letters) === b.slice(0, letters);

/** The most edits a word of this length may be from a known word to count as its misspelling. */
function editsAllowed(policy: Policy, length: number): number {
  const l = policy.lookalike;
  if (length >= l.longWordLength) return l.longWordMaxEdits;
  return length >= l.misspellingMinLength ? l.misspellingMaxEdits : 0;
}

/** Rule 3. */
export function misspelling(
  context: LookalikeContext,
  name: string,
  { key, acronyms }: CanonicalName,
): Lookalike | undefined {
  const { reference, policy } = context;
  const tokens = key.split(' ');
  if (tokens.length < 2) return undefined;
  const acronymOf = new Set(acronyms.flatMap((a) => reference.directory.byAcronym(a)));
  const writtenOut =
    acronymWrittenOut(context, name, tokens, acronymOf) ??
    acronymReordered(context, name, tokens, acronyms);
  if (writtenOut) return writtenOut;
  // The known names that differ from this one in the word at each position (read once), of
  // bodies worth imitating: a name one letter from a listed mill's ("Berkley University" beside
  // Axact's Barkley University) imitates no one a clinician trusts.
  const formsAt = tokens.map((_, i) =>
    reference.directory
      .formsDifferingInOneWord(tokens, i)
      .filter((form) => form.organisation.role !== 'unrecognised'),
  );
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    const forms = formsAt[i] ?? [];
    if (forms.length === 0) continue;
    // Two forms of one word share a Porter stem ("nursing", "nurse" → "nurs").
    const stem = stemToken(word);
    for (const form of forms) {
      const known = form.tokens[i] as string;
      if (known === word || stemToken(known) !== stem) continue;
      return {
        target: form.organisation,
        rule: 'misspelling',
        strong: false,
        evidence: `"${name}" is the name of ${form.organisation.name} with "${known}" written as "${word}"`,
      };
    }
    if (reference.directory.lexicon.has(word) || /\d/.test(word)) continue;
    const allowed = editsAllowed(policy, word.length);
    if (allowed === 0) continue;
    for (const form of forms) {
      const known = form.tokens[i] as string;
      // A long word's second edit is a letter dropped or doubled ("Acreditaton"); a word of the
      // same length with two letters changed is another word, often a place ("Northampton"
      // beside "Southampton": both universities).
      const limit =
        known.length === word.length
          ? Math.min(allowed, policy.lookalike.misspellingMaxEdits)
          : allowed;
      if (editDistance(word, known, limit) <= limit) {
        return {
          target: form.organisation,
          rule: 'misspelling',
          strong: false,
          evidence: `"${name}" is the name of ${form.organisation.name} with "${known}" misspelt as "${word}"`,
        };
      }
    }
  }
  return undefined;
}

/**
 * Rule 3's first reading: the name written beside a known body's acronym is that body's name
 * with one word changed, its other words the same or other forms of them ("American Nursing
 * Credentialing Council (ANCC)": "Council" for "Center", "Nursing" for "Nurses"; blind mills
 * round 53). A form of the same word ("Technology" for "Technologists") is a wrong expansion, and
 * another country's, state's or region's word keeps many a body's initials (the Connecticut
 * Nurses Association is CNA, as the Canadian one is), as a sister body's form word keeps its
 * parent's beside it ("European School of Radiology (ESR)", the European Society of Radiology's
 * school: blind round 176).
 */
function acronymWrittenOut(
  context: LookalikeContext,
  name: string,
  tokens: readonly string[],
  acronymOf: ReadonlySet<KnownOrganisation>,
): Lookalike | undefined {
  const { reference, policy } = context;
  const place = (w: string): boolean => PLACE_NAME_WORDS.has(w) || reference.placeWords().has(w);
  for (const organisation of acronymOf) {
    if (organisation.role === 'unrecognised') continue;
    for (const key of organisation.keys) {
      const known = key.split(' ');
      if (known.length !== tokens.length) continue;
      const changed = known.flatMap((k, i) => {
        const t = tokens[i] as string;
        return k === t || stemToken(k) === stemToken(t) ? [] : [i];
      });
      if (changed.length !== 1) continue;
      const at = changed[0] as number;
      const was = known[at] as string;
      const now = tokens[at] as string;
      if (
        sameRoot(was, now, policy.lookalike.sameRootMinLetters) ||
        place(was) ||
        place(now) ||
        areSisterFormWords(was, now)
      ) {
        continue;
      }
      return {
        target: organisation,
        rule: 'misspelling',
        strong: false,
        evidence: `"${name}" writes out the acronym of ${organisation.name} with "${was}" changed to "${now}"`,
      };
    }
  }
  return undefined;
}

/**
 * Rule 3's reordering: the name written beside an acronym of the same letters as a known body's
 * in another order is that body's name with its words in another order ("Council of Canadian
 * Continuing Pharmacy Education (CCCPE)" for the Canadian Council on Continuing Education in
 * Pharmacy, CCCEP: blind mills round 53). A writer who reorders a name's words keeps its acronym;
 * reordering both makes a new one.
 */
function acronymReordered(
  context: LookalikeContext,
  name: string,
  tokens: readonly string[],
  acronyms: readonly string[],
): Lookalike | undefined {
  const { directory } = context.reference;
  const sorted = (t: readonly string[] | string): string => [...t].sort().join(' ');
  const words = sorted(tokens.map(stemToken));
  for (const acronym of acronyms) {
    if (directory.byAcronym(acronym).length > 0) continue;
    const letters = sorted(acronym);
    for (const form of directory.formsWithWord(tokens[0] as string)) {
      const { organisation } = form;
      if (organisation.role === 'unrecognised' || form.key === tokens.join(' ')) continue;
      // The acronym's letters first: few bodies have them, and stemming every word is dearer.
      const own = organisation.acronyms.find((a) => a !== acronym && sorted(a) === letters);
      if (own === undefined || sorted(form.tokens.map(stemToken)) !== words) continue;
      return {
        target: organisation,
        rule: 'misspelling',
        strong: false,
        evidence: `"${name}" is the name of ${organisation.name} with its words and its acronym's letters in another order ("${acronym.toUpperCase()}" for "${own.toUpperCase()}")`,
      };
    }
  }
  return undefined;
}
