/**
 * Look-alike rule 1 (see `lookalike.ts`): a name written in characters that imitate a known
 * body's letters (Cyrillic or Greek letters, digits for letters, hidden characters), and whether a
 * name is simply known (then it imitates no one, unless it is written to hide itself).
 * @module
 */
import {
  acronymSkeleton,
  type KnownOrganisation,
  nameSkeleton,
} from '../reference/organisation-directory.js';
import type { Reference } from '../reference/reference.js';
import {
  acronymKey,
  type CanonicalName,
  nameAlternatives,
  readName,
} from '../text/canonical-name.js';
import {
  concealsName,
  digitsAsLetters,
  disguise,
  mixesScripts,
  otherScriptWordsInLatin,
  overriddenRuns,
  revealHidden,
} from '../text/disguise.js';
import { foldOtherScriptWords } from '../text/normalize.js';
import type { Lookalike } from './lookalike-types.js';

/**
 * Whether a name is known by canonical name or as an acronym (then it is no look-alike). A
 * bracketed acronym does not make the name beside it known: "Accreditation Council for Continuing
 * Medical Educaton (ACCME)" is judged by its misspelt name.
 */
export function isKnownName(
  reference: Reference,
  name: string,
  reading: CanonicalName = readName(name),
): boolean {
  const { key, acronyms } = reading;
  const directory = reference.directory;
  // A known name written to hide itself is rule 1's, not a known name.
  if (concealsName(name) || imitatedAcronym(reference, name)) return false;
  if (key !== '' && directory.byKey(key).length > 0) return true;
  if (directory.byAcronym(acronymKey(name)).length > 0) return true;
  return key === '' && acronyms.some((a) => directory.byAcronym(a).length > 0);
}

/**
 * A word in Cyrillic or Greek letters, inside Latin text, that spells a known body's acronym in
 * letters imitating Latin ones ("(АССМЕ)" after the ACCME's full name): what it is and who it
 * imitates, or `undefined`.
 */
function imitatedAcronym(
  reference: Reference,
  text: string,
): { word: string; organisation: KnownOrganisation; form: string } | undefined {
  for (const word of otherScriptWordsInLatin(text)) {
    // One word for one word: an acronym, or a one-word name.
    const hit = reference.directory
      .bySkeleton(acronymSkeleton(reference.skeletons, word))
      .find((h) => !h.form.includes(' '));
    if (hit) return { word, ...hit };
  }
  return undefined;
}

/**
 * The first of `forms` — readings of `name` with its disguise taken off — that names a known body
 * and is not written as such in `name` itself: the body whose own name it is before one that has it
 * as an alias, then one with it as an acronym.
 */
function formNamingABody(
  directory: Reference['directory'],
  name: string,
  forms: readonly string[],
): { form: string; target: KnownOrganisation } | undefined {
  for (const form of forms) {
    if (name.includes(form)) continue;
    const key = readName(form).key;
    const named = directory.byKey(key);
    const target =
      named.find((o) => readName(o.name).key === key) ??
      named[0] ??
      directory.byAcronym(acronymKey(form))[0];
    if (target) return { form, target };
  }
  return undefined;
}

/** Rule 1. */
export function confusableName(
  reference: Reference,
  name: string,
  { key }: CanonicalName,
): Lookalike | undefined {
  const { skeletons, directory } = reference;
  const hidden = disguise(name);
  if (hidden !== undefined) {
    // The organisation whose own name it is, before one that has it as an alias.
    const named = directory.byKey(key);
    const target =
      named.find((o) => readName(o.name).key === key) ??
      named[0] ??
      directory.byAcronym(acronymKey(name))[0];
    if (target) {
      return {
        target,
        rule: 'confusable-characters',
        strong: true,
        evidence: `"${revealHidden(name)}" is the name of ${target.name} written with ${hidden}, which hides it from text checks`,
      };
    }
  }
  const imitated = imitatedAcronym(reference, name);
  if (imitated) {
    return {
      target: imitated.organisation,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${name}" writes "${imitated.word}" in Cyrillic or Greek letters that imitate "${imitated.form.toUpperCase()}", the acronym of ${imitated.organisation.name}`,
    };
  }
  // Another of the name's forms in look-alike letters: its name in brackets or before a
  // qualifier ("Αcademy of General Dentistry (ΑGD PΑCE)" with Greek Alphas writes AGD PACE, blind
  // mills round 28). Only where letters of another script stand in Latin words or text, as above.
  const otherScript =
    mixesScripts(name) || otherScriptWordsInLatin(name).length > 0
      ? formNamingABody(directory, name, nameAlternatives(skeletons.mapLookalikes(name)))
      : undefined;
  if (otherScript) {
    return {
      target: otherScript.target,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${name}" writes "${otherScript.form}", a name of ${otherScript.target.name}, in characters that imitate its letters`,
    };
  }
  // Digits for the letters they resemble, inside its words, as look-alike web addresses write
  // them (rule 5): "Accreditat1on Council for C0ntinuing Medical Education" is the ACCME's name.
  const digits = formNamingABody(
    directory,
    name,
    digitsAsLetters(name).flatMap((read) => [read, ...nameAlternatives(read)]),
  );
  if (digits) {
    return {
      target: digits.target,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${name}" writes "${digits.form}", a name of ${digits.target.name}, with digits for letters`,
    };
  }
  // A run that a right-to-left override shows reversed: "\u202eCCNA\u202c" shows ANCC (blind mills
  // round 126).
  const reversed = formNamingABody(directory, name, overriddenRuns(name));
  if (reversed) {
    return {
      target: reversed.target,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${revealHidden(name)}" shows "${reversed.form}", a name of ${reversed.target.name}, its letters reversed by a right-to-left override`,
    };
  }
  // A name written in its own script is that name, whatever Latin words stand beside it.
  const own = foldOtherScriptWords(name);
  for (const sk of [nameSkeleton(skeletons, name), acronymSkeleton(skeletons, name)]) {
    if (sk === '') continue;
    const hit = directory
      .bySkeleton(sk)
      .find((h) => h.form !== key && !(own !== '' && own.includes(h.form)));
    if (hit) {
      return {
        target: hit.organisation,
        rule: 'confusable-characters',
        strong: true,
        evidence: `"${name}" is spelt with characters that imitate the letters of ${hit.organisation.name}`,
      };
    }
  }
  return undefined;
}
