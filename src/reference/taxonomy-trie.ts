/**
 * The taxonomy's labels compiled for scanning running text: a trie over integer stem ids
 * (edges in one open-addressing table over typed arrays) whose terminal nodes list concept
 * ordinals, and the abbreviations with their senses. Compiled once per taxonomy index.
 * @module
 */
import { Interner } from '../structures/interner.js';

/**
 * What {@link compileScanner} reads of a taxonomy index (declared here, not imported, so the
 * index can keep its compiled scanner without an import cycle).
 */
export interface ScannerSource {
  readonly concepts: ReadonlyMap<string, unknown>;
  readonly byStems: ReadonlyMap<string, readonly { readonly conceptId: string }[]>;
  readonly maxStems: number;
  readonly abbreviations: ReadonlyMap<
    string,
    readonly {
      readonly conceptId?: string | undefined;
      readonly expansion: string;
      readonly context: ReadonlySet<string>;
    }[]
  >;
}

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
export function childOf(edges: TrieEdges, node: number, s: number): number {
  const { mask, from, stem, to } = edges;
  let slot = edgeHash(node, s) & mask;
  for (;;) {
    const f = from[slot] as number;
    if (f === -1) return -1;
    if (f === node && stem[slot] === s) return to[slot] as number;
    slot = (slot + 1) & mask;
  }
}

/**
 * Compiles a taxonomy index's labels and abbreviations for scanning (the index keeps the result:
 * use `index.scanner()`).
 */
export function compileScanner(index: ScannerSource): CompiledScanner {
  const conceptIds = [...index.concepts.keys()];
  const ordinals = new Map<string, number>();
  conceptIds.forEach((id, i) => {
    ordinals.set(id, i);
  });
  const stemIds = new Interner();
  const idOf = (stem: string): number => stemIds.idOf(stem);
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
  // Only senses that name a concept are found in text; an abbreviation with another sense too
  // ("PALS": a service, or paediatric life support) is decided by the text's words.
  const abbreviations = new Map<string, CompiledAbbreviation>();
  for (const [key, all] of index.abbreviations) {
    const senses = all.filter((s) => s.conceptId !== undefined);
    if (senses.length === 0) continue;
    const meanings = new Set(all.map((s) => s.conceptId ?? `text:${s.expansion}`));
    const noContext = senses.every((s) => s.context.size === 0);
    const first = ordinals.get(senses[0]?.conceptId ?? '') ?? -1;
    abbreviations.set(key, {
      fixed: meanings.size === 1 && noContext ? first : -1,
      senses: senses.map((s) => ({
        ordinal: ordinals.get(s.conceptId ?? '') ?? -1,
        context: [...s.context].map(idOf),
      })),
    });
  }
  const stems = stemIds.values;
  const root = new Int32Array(stems.length).fill(-1);
  for (const [stem, node] of children[0] ?? []) root[stem] = node;
  const terminalStart = new Int32Array(terminal.length + 1);
  const flat: number[] = [];
  for (let node = 0; node < terminal.length; node++) {
    for (const o of terminal[node] ?? []) flat.push(o);
    terminalStart[node + 1] = flat.length;
  }
  return {
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
}
