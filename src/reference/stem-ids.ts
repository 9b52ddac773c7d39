/**
 * Text to stem ids: a {@link Vocabulary} memoises normalisation and stemming per distinct token
 * (an open-addressing table keyed by the token's characters, so a token already seen costs no
 * string), and {@link stemIdsOf} reads a text's content words into ids in one pass. Stems the
 * compiled taxonomy knows keep its ids, so the label trie can be walked over the result.
 * @module
 */
import { denseId } from '../text/dense-ids.js';
import { foldText } from '../text/normalize.js';
import type { IntList } from '../text/typed-lists.js';
import { stemFolded, type TaxonomyIndex } from './taxonomy-index.js';
import { type CompiledScanner, compileScanner } from './taxonomy-trie.js';
import { keyHash, REST_BASIS, TokenTable } from './token-table.js';

/**
 * Stem ids for one build: the scanner's stems keep their ids (so the trie can be walked), new
 * stems get the next ids; normalisation and stemming run once per distinct token.
 */
export interface Vocabulary {
  readonly scanner: CompiledScanner;
  /** Folded token → stem id (-1 for a stop-word). */
  readonly tokens: TokenTable;
  /** Stem → id. */
  readonly ids: Map<string, number>;
  /** Id → stem. */
  readonly stems: string[];
}

/** A fresh vocabulary seeded with the scanner's stems. */
export function createVocabulary(index: TaxonomyIndex): Vocabulary {
  const scanner = compileScanner(index);
  const stems = [...scanner.stems];
  const ids = new Map<string, number>();
  stems.forEach((s, i) => {
    ids.set(s, i);
  });
  return { scanner, tokens: new TokenTable(), ids, stems };
}

function stemIdOf(vocabulary: Vocabulary, token: string): number {
  const stem = stemFolded(token);
  if (stem === '') return -1;
  return denseId(vocabulary.stems, vocabulary.ids, stem);
}

/** Appends the ids of a non-ASCII text, folded first; its capitals are unknown (true). */
function foldedIds(vocabulary: Vocabulary, text: string, out: IntList): true {
  const folded = foldText(text);
  if (folded !== text) stemIdsOf(vocabulary, folded, out);
  return true;
}

/**
 * Appends the stem ids of a text's content words to `out` (the same words as `stemsOf`: runs of
 * [a-z0-9+] after folding; stop-words dropped). ASCII text is read character by character with
 * no Unicode folding (NFKD is the identity on it); other text is folded first.
 *
 * Returns whether the text may contain two adjacent capital letters (`/[A-Z]{2}/`, the mark of
 * an abbreviation): exact for ASCII text, `true` for other text. {@link scanIds} skips its
 * abbreviation pass when this is false.
 *
 * @example
 * ```ts
 * const ids = new IntList();
 * stemIdsOf(createVocabulary(index), 'Start NIV early', ids); // true ("NIV")
 * ids.length; // 3
 * ```
 */
export function stemIdsOf(vocabulary: Vocabulary, text: string, out: IntList): boolean {
  const table = vocabulary.tokens;
  const mark = out.length;
  const length = text.length;
  let capitals = false;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c > 127) {
      out.length = mark;
      return foldedIds(vocabulary, text, out);
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43)) {
      i++;
      continue;
    }
    const start = i;
    // Characters 0–3 and 4–7 packed as they are read, and a hash of the rest: with the length
    // they are the key (see TokenTable).
    let head = 0;
    let tail = 0;
    let rest = REST_BASIS;
    let upper = false;
    while (i < length) {
      c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        c += 32;
        if (upper) capitals = true;
        upper = true;
      } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43)) break;
      else upper = false;
      const k = i - start;
      if (k < 4) head = (head << 8) | c;
      else if (k < 8) tail = (tail << 8) | c;
      else rest = Math.imul(rest ^ c, 16777619);
      i++;
    }
    const h = keyHash(head, tail, rest, i - start);
    const slot = table.find(text, start, i, h, head, tail);
    let id: number;
    if (slot >= 0) id = table.valueAt(slot);
    else {
      const token = text.slice(start, i).toLowerCase();
      id = stemIdOf(vocabulary, token);
      table.insert(slot, token, h, id);
    }
    if (id >= 0) out.push(id);
  }
  return capitals;
}
