/**
 * Finding taxonomy concepts mentioned inside running text (titles, outcomes, descriptions):
 * longest stemmed label match at each position, plus upper-case abbreviations decided by the
 * text's own words. Exact lookups only — no fuzzy matching — so it is fast on large catalogues.
 *
 * The taxonomy's stemmed labels are compiled once into a trie over integer stem ids
 * ({@link compileScanner}); a text is tokenised once into stem ids through a {@link Vocabulary}
 * that memoises normalisation and stemming per distinct token, and the trie is walked over that
 * id array — one hash lookup per token instead of a substring search per label.
 * @module
 */

import { foldText } from '../text/normalize.js';
import { IntList } from '../text/typed-lists.js';
import { stemFolded, type TaxonomyIndex } from './taxonomy-index.js';

/** Concepts found in a text, with how often each was mentioned. */
export type ConceptMentions = Map<string, number>;

/** One sense of an abbreviation, compiled: concept ordinal and its context stem ids. */
interface CompiledSense {
  readonly ordinal: number;
  readonly context: readonly number[];
}

/** An abbreviation, compiled: a fixed concept, or senses that the text's words decide. */
interface CompiledAbbreviation {
  /** The concept when the abbreviation has one sense and no context words; else -1. */
  readonly fixed: number;
  readonly senses: readonly CompiledSense[];
}

/** The taxonomy compiled for scanning. Built once per taxonomy index ({@link compileScanner}). */
export interface CompiledScanner {
  /** Concept ids by ordinal (sorted by id, so ordinal order is id order). */
  readonly conceptIds: readonly string[];
  readonly ordinals: ReadonlyMap<string, number>;
  /** Stems that occur in some label or abbreviation context, by stem id. */
  readonly stems: readonly string[];
  /** Trie edges: (node, stem id) → child node, in an open-addressing table. Node 0 is the root. */
  readonly edges: TrieEdges;
  /**
   * Trie: the unique concept ordinals of the surfaces ending at node `n` (in surface order) are
   * `terminalOrdinals[terminalStart[n]..terminalStart[n + 1]]`.
   */
  readonly terminalStart: Int32Array;
  readonly terminalOrdinals: Int32Array;
  /** Root transitions by stem id (-1: no label starts with that stem). */
  readonly root: Int32Array;
  /** Longest label walked, in stems. */
  readonly maxStems: number;
  /** Lower-case abbreviation → compiled senses. */
  readonly abbreviations: ReadonlyMap<string, CompiledAbbreviation>;
}

const compiled = new WeakMap<TaxonomyIndex, CompiledScanner>();

/** The trie's edges as an open-addressing hash table over typed arrays (no Map per node). */
export interface TrieEdges {
  readonly mask: number;
  /** Parent node of the edge in each slot (-1: empty slot). */
  readonly from: Int32Array;
  readonly stem: Int32Array;
  readonly to: Int32Array;
}

const edgeHash = (node: number, stem: number): number =>
  Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca6b);

function compileEdges(children: readonly (Map<number, number> | undefined)[]): TrieEdges {
  let count = 0;
  for (const map of children) count += map?.size ?? 0;
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const from = new Int32Array(capacity).fill(-1);
  const stem = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  children.forEach((map, node) => {
    for (const [s, child] of map ?? []) {
      let slot = edgeHash(node, s) & mask;
      while (from[slot] !== -1) slot = (slot + 1) & mask;
      from[slot] = node;
      stem[slot] = s;
      to[slot] = child;
    }
  });
  return { mask, from, stem, to };
}

/** The child of `node` along stem id `s`, or -1. */
function childOf(edges: TrieEdges, node: number, s: number): number {
  const { mask, from, stem, to } = edges;
  let slot = edgeHash(node, s) & mask;
  for (;;) {
    const f = from[slot] as number;
    if (f === -1) return -1;
    if (f === node && stem[slot] === s) return to[slot] as number;
    slot = (slot + 1) & mask;
  }
}

/** The scanner of a taxonomy index, compiled on first use and cached with the index. */
export function compileScanner(index: TaxonomyIndex): CompiledScanner {
  const hit = compiled.get(index);
  if (hit) return hit;
  const conceptIds = [...index.concepts.keys()];
  const ordinals = new Map<string, number>();
  conceptIds.forEach((id, i) => {
    ordinals.set(id, i);
  });
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = stems.length;
      stems.push(stem);
      stemIds.set(stem, id);
    }
    return id;
  };
  const children: (Map<number, number> | undefined)[] = [undefined];
  const terminal: (number[] | undefined)[] = [undefined];
  for (const [key, surfaces] of index.byStems) {
    const path = key.split(' ');
    if (path.length > index.maxStems) continue; // never reached by the scan (walk is capped)
    let node = 0;
    for (const stem of path) {
      const s = idOf(stem);
      let next = children[node]?.get(s);
      if (next === undefined) {
        next = children.length;
        children.push(undefined);
        terminal.push(undefined);
        let map = children[node];
        if (!map) {
          map = new Map();
          children[node] = map;
        }
        map.set(s, next);
      }
      node = next;
    }
    const ids: number[] = [];
    for (const surface of surfaces) {
      const o = ordinals.get(surface.conceptId);
      if (o !== undefined && !ids.includes(o)) ids.push(o);
    }
    terminal[node] = ids;
  }
  const abbreviations = new Map<string, CompiledAbbreviation>();
  for (const [key, senses] of index.abbreviations) {
    const unique = new Set(senses.map((s) => s.conceptId));
    const noContext = senses.every((s) => s.context.size === 0);
    const first = ordinals.get(senses[0]?.conceptId ?? '') ?? -1;
    abbreviations.set(key, {
      fixed: unique.size === 1 && noContext ? first : -1,
      senses: senses.map((s) => ({
        ordinal: ordinals.get(s.conceptId) ?? -1,
        context: [...s.context].map(idOf),
      })),
    });
  }
  const root = new Int32Array(stems.length).fill(-1);
  for (const [stem, node] of children[0] ?? []) root[stem] = node;
  const terminalStart = new Int32Array(terminal.length + 1);
  const flat: number[] = [];
  for (let node = 0; node < terminal.length; node++) {
    for (const o of terminal[node] ?? []) flat.push(o);
    terminalStart[node + 1] = flat.length;
  }
  const scanner: CompiledScanner = {
    conceptIds,
    ordinals,
    stems,
    edges: compileEdges(children),
    terminalStart,
    terminalOrdinals: Int32Array.from(flat),
    root,
    maxStems: index.maxStems,
    abbreviations,
  };
  compiled.set(index, scanner);
  return scanner;
}

/**
 * Folded token → stem id, as an open-addressing hash table keyed by the token's characters, so
 * a token already seen is found without allocating a string for it.
 */
class TokenTable {
  keys: (string | undefined)[] = new Array(1 << 12);
  hashes = new Int32Array(1 << 12);
  values = new Int32Array(1 << 12);
  mask = (1 << 12) - 1;
  size = 0;

  /** The slot of the (lower-cased) characters `text[start..end)` with hash `h`, or -1 − free slot. */
  find(text: string, start: number, end: number, h: number): number {
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) return -1 - slot;
      if (this.hashes[slot] === h && key.length === length) {
        let k = 0;
        for (; k < length; k++) {
          let c = text.charCodeAt(start + k);
          if (c >= 65 && c <= 90) c += 32;
          if (key.charCodeAt(k) !== c) break;
        }
        if (k === length) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** {@link find} over bytes (ASCII text). */
  findBytes(bytes: Uint8Array, start: number, end: number, h: number): number {
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) return -1 - slot;
      if (this.hashes[slot] === h && key.length === length) {
        let k = 0;
        for (; k < length; k++) {
          let c = bytes[start + k] as number;
          if (c >= 65 && c <= 90) c += 32;
          if (key.charCodeAt(k) !== c) break;
        }
        if (k === length) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  insert(free: number, key: string, h: number, value: number): void {
    this.keys[free] = key;
    this.hashes[free] = h;
    this.values[free] = value;
    this.size++;
    if (this.size * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const capacity = keys.length * 2;
    this.keys = new Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = (hashes[i] as number) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i] as number;
      this.values[slot] = values[i] as number;
    }
  }
}

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
  let id = vocabulary.ids.get(stem);
  if (id === undefined) {
    id = vocabulary.stems.length;
    vocabulary.stems.push(stem);
    vocabulary.ids.set(stem, id);
  }
  return id;
}

const HAS_BUFFER = typeof Buffer !== 'undefined';
/** Longest text read through the byte path. */
const BYTE_PATH_MAX = 4096;
/** Scratch bytes reused by every call (3 bytes per UTF-16 unit at most, so nothing is cut). */
let scratch: Buffer | undefined;

/** Byte path of {@link stemIdsOf}; false (nothing appended) when the text is not ASCII. */
function bytesIds(
  vocabulary: Vocabulary,
  bytes: Uint8Array,
  length: number,
  text: string,
  out: IntList,
): boolean {
  const table = vocabulary.tokens;
  const mark = out.length;
  let i = 0;
  while (i < length) {
    let c = bytes[i] as number;
    if (c > 127) {
      out.length = mark;
      return false;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43)) {
      i++;
      continue;
    }
    const start = i;
    let h = -2128831035;
    while (i < length) {
      c = bytes[i] as number;
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43)) break;
      h = Math.imul(h ^ c, 16777619);
      i++;
    }
    const slot = table.findBytes(bytes, start, i, h);
    let id: number;
    if (slot >= 0) id = table.values[slot] as number;
    else {
      const token = text.slice(start, i).toLowerCase();
      id = stemIdOf(vocabulary, token);
      table.insert(-1 - slot, token, h, id);
    }
    if (id >= 0) out.push(id);
  }
  return true;
}

/**
 * Appends the stem ids of a text's content words to `out` (the same words as `stemsOf`: runs of
 * [a-z0-9+] after folding; stop-words dropped). ASCII text is read character by character with
 * no Unicode folding (NFKD is the identity on it); other text is folded first.
 */
export function stemIdsOf(vocabulary: Vocabulary, text: string, out: IntList): void {
  if (HAS_BUFFER && text.length > 0 && text.length < BYTE_PATH_MAX) {
    // UTF-8 bytes are one per character exactly when the text is ASCII.
    scratch ??= Buffer.allocUnsafe(3 * BYTE_PATH_MAX);
    const bytes = scratch;
    const written = bytes.write(text, 0, 'utf8');
    if (written === text.length && bytesIds(vocabulary, bytes, written, text, out)) return;
    const folded = foldText(text);
    if (folded !== text) stemIdsOf(vocabulary, folded, out);
    return;
  }
  const table = vocabulary.tokens;
  const mark = out.length;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c > 127) {
      out.length = mark;
      const folded = foldText(text);
      if (folded !== text) stemIdsOf(vocabulary, folded, out);
      return;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43)) {
      i++;
      continue;
    }
    const start = i;
    let h = -2128831035; // FNV-1a offset basis
    while (i < length) {
      c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43)) break;
      h = Math.imul(h ^ c, 16777619);
      i++;
    }
    const slot = table.find(text, start, i, h);
    let id: number;
    if (slot >= 0) id = table.values[slot] as number;
    else {
      const token = text.slice(start, i).toLowerCase();
      id = stemIdOf(vocabulary, token);
      table.insert(-1 - slot, token, h, id);
    }
    if (id >= 0) out.push(id);
  }
}

const CAPITALS = /[A-Z]{2}/;

/** A character of a token for abbreviation purposes: [A-Za-z0-9&+]. */
const tokenChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 43;

/**
 * Whether the token `text[start..end)` is shaped like an abbreviation: /^[A-Z][A-Z0-9&+]{1,7}s?$/
 * ("NIV", "ABGs"; "12-lead" is not).
 */
function abbreviationShaped(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  const body = text.charCodeAt(end - 1) === 115 ? end - 1 : end; // a plural "s"
  const rest = body - start - 1;
  if (rest < 1 || rest > 7) return false;
  for (let k = start + 1; k < body; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 43)) return false;
  }
  return true;
}

/**
 * Writes to `found[0..]` the concept ordinal of every concept mention in a text whose
 * content-word stem ids are `ids` (see {@link stemIdsOf}), in text order, and returns how many:
 * longest label at each position, then abbreviations (ambiguous ones decided by the text's own
 * words). `found` is overwritten, never shortened, so one scratch array serves every call. The
 * text's ids are `ids[from..]` (`from` 0 unless the ids are read into a longer array).
 */
export function scanIds(
  scanner: CompiledScanner,
  ids: ArrayLike<number>,
  text: string,
  found: number[],
  from = 0,
  to = ids.length,
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
  if (!CAPITALS.test(text)) return count;
  let context: Set<number> | undefined;
  // Whole tokens (runs of [A-Za-z0-9&+]) shaped like abbreviations, read without a regex so
  // that a text allocates only the keys it looks up.
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (!tokenChar(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < length && tokenChar(text.charCodeAt(at))) at++;
    if (!abbreviationShaped(text, start, at)) continue;
    const key = text.slice(start, at).toLowerCase();
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

const vocabularies = new WeakMap<TaxonomyIndex, Vocabulary>();

/**
 * Concepts mentioned in a text, with mention counts.
 *
 * @example
 * ```ts
 * scanText(index, 'Recognise sepsis early and start NIV').has('non-invasive-ventilation'); // true
 * ```
 */
export function scanText(index: TaxonomyIndex, text: string): ConceptMentions {
  let vocabulary = vocabularies.get(index);
  if (!vocabulary || vocabulary.stems.length > 100_000) {
    vocabulary = createVocabulary(index);
    vocabularies.set(index, vocabulary);
  }
  const cut = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
  const ids = new IntList();
  stemIdsOf(vocabulary, cut, ids);
  const ordinals: number[] = [];
  const count = scanIds(vocabulary.scanner, ids.data, cut, ordinals, 0, ids.length);
  const found: ConceptMentions = new Map();
  const { conceptIds } = vocabulary.scanner;
  for (let i = 0; i < count; i++) {
    const id = conceptIds[ordinals[i] as number] as string;
    found.set(id, (found.get(id) ?? 0) + 1);
  }
  return found;
}
