/**
 * Abbreviations and clinical shorthand: the one definition of what an abbreviation is, how it
 * is keyed, and how the words around it decide which of its senses is meant. The taxonomy's own
 * abbreviations (`data/skills.json`) and the general list (`data/abbreviations.json`: "OUD",
 * "biostats", "mgmt", "Hep"…) are read into the same senses, so that resolving a phrase,
 * scanning course text and reading a gap all expand shorthand the same way — as the word it
 * stands for, never letter by letter.
 * @module
 */
import * as z from 'zod/mini';
import abbreviationsFile from '../../data/abbreviations.json';
import { foldText } from '../text/normalize.js';
import { stemWord, words } from '../text/tokenize.js';

/** One entry of `data/abbreviations.json`. */
export const AbbreviationEntrySchema = z.object({
  /** As people write it: "OUD", "mgmt", "Hep". */
  text: z.string().check(z.minLength(1)),
  /** What it stands for, in words: "opioid use disorder". */
  expansion: z.string().check(z.minLength(1)),
  /** Words that decide this sense when the same text has several ("GCP": clinical, trial…). */
  context: z.optional(z.array(z.string())),
  /**
   * True when the lower-case form is an everyday word ("AIDS", "MUST"): then only the form
   * written in capitals is read as the abbreviation.
   */
  caseSensitive: z.optional(z.boolean()),
  /** Provenance: in data/abbreviations.json always (integrity test), left out of builds. */
  source: z.optional(z.url({ protocol: /^https?$/ })),
  checked: z.optional(z.iso.date()),
  notes: z.optional(z.string()),
});

/** A validated entry of the abbreviation list. */
export type AbbreviationEntry = z.output<typeof AbbreviationEntrySchema>;

/** One sense of an abbreviation, ready to decide and expand. */
export interface AbbreviationSense {
  /** The abbreviation as written in its source ("EKG", "mgmt"). */
  readonly text: string;
  /** What it stands for: the expansion, or the label of the concept it names. */
  readonly expansion: string;
  /** The taxonomy concept this sense names, when it names one. */
  readonly conceptId?: string;
  /** Stems of the words that decide this sense; empty when nothing needs deciding. */
  readonly context: ReadonlySet<string>;
  /** Read only when written in capitals (its lower-case form is an everyday word). */
  readonly caseSensitive?: boolean;
  /**
   * True for a sense from the abbreviation list, whose expansion is the words the shorthand
   * stands for (a concept's own abbreviation expands to the concept's label).
   */
  readonly listed?: boolean;
}

/** The senses an abbreviation's context decided, and whether it decided. */
export interface DecidedSenses {
  readonly senses: readonly AbbreviationSense[];
  /** True when one meaning is left: a single sense, or the context picked one. */
  readonly decided: boolean;
}

/**
 * The key an abbreviation is looked up by: folded (case, accents, punctuation) with spaces
 * removed, so "A&E", "a & e" and "A and E" share a key, as do "EKG" and "ekg".
 *
 * @example
 * ```ts
 * abbreviationKey('A&E'); // 'aande'
 * ```
 */
export function abbreviationKey(text: string): string {
  return foldText(text).replace(/ /g, '');
}

/** A word in capitals, possibly plural: how abbreviations are written ("NIV", "ABGs", "A&E"). */
const WRITTEN_AS_ABBREVIATION = /^[A-Z][A-Z0-9&+-]{1,9}s?$/;

/**
 * Whether a word is written the way abbreviations are: capitals (digits, `&`, `+`, `-` allowed),
 * 2–11 characters, optionally a plural "s" ("NIV", "ABGs", "T2DM"; not "Sepsis", not "12").
 *
 * @example
 * ```ts
 * [writtenAsAbbreviation('ABGs'), writtenAsAbbreviation('Sepsis')]; // [true, false]
 * ```
 */
export function writtenAsAbbreviation(word: string): boolean {
  return WRITTEN_AS_ABBREVIATION.test(word);
}

/**
 * The senses of an abbreviation that its context decides: the sense whose context words occur
 * most (when exactly one does best), or every sense when nothing decides. A sense without
 * context words is chosen when it is the only one.
 *
 * @example
 * ```ts
 * decideSenses(sensesOfPALS, new Set(['pediatr'])).senses[0]?.expansion; // 'Paediatric life support'
 * ```
 */
export function decideSenses(
  senses: readonly AbbreviationSense[],
  context: ReadonlySet<string>,
): DecidedSenses {
  // The same meaning listed twice (a concept's own abbreviation and the list's) is one sense,
  // decided by the context words of both: the concept's, read as the list's words.
  const unique: AbbreviationSense[] = [];
  for (const s of senses) {
    const i = unique.findIndex((u) => sameMeaning(u, s));
    if (i < 0) unique.push(s);
    else unique[i] = merged(unique[i] as AbbreviationSense, s);
  }
  if (unique.length <= 1) return { senses: unique, decided: unique.length === 1 };
  let best = 0;
  let winners: AbbreviationSense[] = [];
  for (const s of unique) {
    let hits = 0;
    for (const c of s.context) if (context.has(c)) hits++;
    if (hits > best) {
      best = hits;
      winners = [s];
    } else if (hits === best && hits > 0) winners.push(s);
  }
  return winners.length === 1
    ? { senses: winners, decided: true }
    : { senses: unique, decided: false };
}

/**
 * Whether two senses mean the same: the same concept, the same words, or a concept's own
 * abbreviation and the list's spelling-out of it ("HBV": blood-borne viruses, and "hepatitis B
 * virus") — when the list's sense needs no context words, and the concept's needs none or its
 * context words include the list's words.
 */
function sameMeaning(a: AbbreviationSense, b: AbbreviationSense): boolean {
  if (a.conceptId !== undefined && b.conceptId !== undefined) return a.conceptId === b.conceptId;
  if (a.conceptId === undefined && b.conceptId === undefined) {
    return foldText(a.expansion) === foldText(b.expansion);
  }
  const [spelled, named] = a.conceptId === undefined ? [a, b] : [b, a];
  if (spelled.listed !== true || spelled.context.size > 0) return false;
  // A concept sense told apart by context words is this one when the list's words are among
  // them ("NICU": "neonatal intensive care unit" beside neonatal, intensive, care, unit).
  if (named.context.size === 0) return true;
  const stems = words(spelled.expansion)
    .map(stemWord)
    .filter((x) => x !== '');
  return stems.length > 0 && stems.every((x) => named.context.has(x));
}

/** One sense of two that mean the same: the concept it names, the list's words, both contexts. */
function merged(a: AbbreviationSense, b: AbbreviationSense): AbbreviationSense {
  const words = b.listed && !a.listed ? b : a;
  const conceptId = a.conceptId ?? b.conceptId;
  return {
    ...words,
    ...(conceptId !== undefined ? { conceptId } : {}),
    listed: a.listed === true || b.listed === true,
    context: new Set([...a.context, ...b.context]),
  };
}

/**
 * The bundled abbreviation list (`data/abbreviations.json`), validated. An invalid entry is a
 * bug in the bundled data and throws.
 */
export function bundledAbbreviations(): readonly AbbreviationEntry[] {
  return z.object({ abbreviations: z.array(AbbreviationEntrySchema) }).parse(abbreviationsFile)
    .abbreviations;
}
