/**
 * Text to stem ids: a {@link Vocabulary} memoises stemming per distinct word (a plain `Map`),
 * and {@link stemIdsOf} reads a text's content words into ids. Stems the compiled taxonomy
 * knows keep its ids, so the label trie can be walked over the result.
 * @module
 */
import type { GrowableList } from '../structures/growable-list.js';
import { Interner } from '../structures/interner.js';
import { words } from '../text/tokenize.js';
import { stemWord, type TaxonomyIndex } from './taxonomy-index.js';
import type { CompiledScanner } from './taxonomy-trie.js';

/** Distinct words a vocabulary remembers (bounds memory on hostile catalogues). */
const WORD_MEMO_LIMIT = 500_000;

/**
 * Stem ids for one build: the scanner's stems keep their ids (so the trie can be walked), new
 * stems get the next ids; stemming runs once per distinct word.
 */
export interface Vocabulary {
  readonly index: TaxonomyIndex;
  readonly scanner: CompiledScanner;
  /** Folded word → stem id (-1 for a stop-word). */
  readonly words: Map<string, number>;
  /** Stems by id. */
  readonly stems: Interner;
}

/** A fresh vocabulary seeded with the scanner's stems. */
export function createVocabulary(index: TaxonomyIndex): Vocabulary {
  const scanner = index.scanner();
  const stems = new Interner();
  for (const s of scanner.stems) stems.idOf(s);
  return { index, scanner, words: new Map(), stems };
}

/** The stem id of one folded word (-1 for a stop-word), through the vocabulary's memo. */
export function stemIdOfWord(vocabulary: Vocabulary, word: string): number {
  let id = vocabulary.words.get(word);
  if (id === undefined) {
    const stem = stemWord(vocabulary.index, word);
    id = stem === '' ? -1 : vocabulary.stems.idOf(stem);
    if (vocabulary.words.size < WORD_MEMO_LIMIT) vocabulary.words.set(word, id);
  }
  return id;
}

/**
 * The stem id of a word if the vocabulary already has its stem, else -1 (also for a stop-word).
 * Read-only: words of queries never grow the vocabulary.
 */
export function knownStemId(vocabulary: Vocabulary, word: string): number {
  const id = vocabulary.words.get(word);
  if (id !== undefined) return id;
  const stem = stemWord(vocabulary.index, word);
  return stem === '' ? -1 : (vocabulary.stems.get(stem) ?? -1);
}

/**
 * Where an abbreviation as written can start: a capital before a capital, a digit, "&", "+" or
 * "-" ("NIV", "O2", "A&E", "V300": `writtenAsAbbreviation`).
 */
const ABBREVIATION_START = /[A-Z][A-Z0-9&+-]/;

/**
 * Appends the stem ids of a text's content words to `out` (the same words as `stemsOf`;
 * stop-words dropped) and returns whether the text has what an abbreviation starts with (a
 * capital before a capital, a digit, "&", "+" or "-"), so that the scanner can skip its
 * abbreviation pass when it has none. ("O2 therapy" once skipped it: only two capitals side by
 * side were looked for.)
 *
 * @example
 * ```ts
 * const ids = new GrowableList(Int32Array);
 * stemIdsOf(createVocabulary(index), 'Start NIV early', ids); // true ("NIV")
 * ids.length; // 3
 * ```
 */
export function stemIdsOf(
  vocabulary: Vocabulary,
  text: string,
  out: GrowableList<Int32Array>,
): boolean {
  for (const word of words(text)) {
    const id = stemIdOfWord(vocabulary, word);
    if (id >= 0) out.push(id);
  }
  return ABBREVIATION_START.test(text);
}
