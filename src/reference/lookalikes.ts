/**
 * Look-alike detection: names that are near-misses of recognised organisations (a typo, swapped
 * letters, a confusable Unicode letter, or the real name with words added). Used only to FLAG —
 * a look-alike never earns recognition.
 * @module
 */
import { normalizeName } from '../text/normalize.js';
import { editSimilarity, hasMixedScript, jaroWinkler, skeleton } from '../text/similarity.js';
import type { ReferenceData } from './data.js';

/** Which list a look-alike target comes from. */
export type LookalikeKind = 'accreditor' | 'provider' | 'university';

/** A near-miss of a recognised name. */
export interface Lookalike {
  readonly kind: LookalikeKind;
  /** Id of the recognised entry it resembles. */
  readonly id: string;
  /** The recognised name it resembles. */
  readonly name: string;
  /** 0–1; 1 = identical once confusable characters are mapped. */
  readonly similarity: number;
  /** Why it was matched. */
  readonly reason: 'near-spelling' | 'confusable-characters' | 'name-with-added-words';
}

interface Target {
  readonly kind: LookalikeKind;
  readonly id: string;
  readonly name: string;
  readonly normalized: string;
  readonly skeleton: string;
  readonly tokens: readonly string[];
  /** For universities: the distinctive part of the name ("harvard"), and whether it leads. */
  readonly brand?: { readonly tokens: readonly string[]; readonly leading: boolean };
}

const GENERIC = new Set(['of', 'and', 'for', 'the', 'in', 'on']);
const INSTITUTION_WORDS = new Set([
  ...GENERIC,
  'university',
  'college',
  'school',
  'institute',
  'medical',
  'medicine',
  'health',
  'sciences',
  'science',
  'state',
  'national',
  'royal',
  'at',
  'technology',
  'faculty',
  'centre',
  'center',
]);
const ACADEMIC_WORDS = new Set([
  'university',
  'college',
  'school',
  'academy',
  'institute',
  'faculty',
]);

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function post(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

function brandOf(normalized: string): Target['brand'] {
  const words = normalized.split(' ');
  const tokens = words.filter((w) => !INSTITUTION_WORDS.has(w));
  if (tokens.length === 0 || tokens.length > 2 || tokens.some((t) => t.length < 3))
    return undefined;
  return { tokens, leading: words[0] === tokens[0] };
}

/** Precomputed targets for look-alike search over the recognised organisations. */
export class LookalikeIndex {
  private readonly targets: Target[] = [];
  private readonly exact = new Set<string>();
  private readonly cache = new Map<string, readonly Lookalike[]>();
  /** Character bigram → targets whose skeleton contains it (candidate pruning). */
  private readonly bigramPostings = new Map<string, number[]>();
  private readonly bigramCounts: number[] = [];
  /** Token → targets whose name or brand contains it. */
  private readonly tokenPostings = new Map<string, number[]>();

  constructor(data: ReferenceData) {
    const add = (kind: LookalikeKind, id: string, name: string): void => {
      const normalized = normalizeName(name);
      this.exact.add(normalized);
      // Short names and bare abbreviations produce noise with edit-distance measures.
      if (normalized.length < 8) return;
      this.targets.push({
        kind,
        id,
        name,
        normalized,
        skeleton: skeleton(normalized),
        tokens: normalized.split(' ').filter((t) => !GENERIC.has(t)),
        ...(kind === 'university' ? { brand: brandOf(normalized) } : {}),
      });
    };
    for (const a of data.accreditors) {
      for (const n of [a.name, ...a.formerNames]) add('accreditor', a.id, n);
      for (const ab of a.abbreviations) this.exact.add(normalizeName(ab));
    }
    for (const p of data.providers) {
      for (const n of [p.name, ...p.formerNames]) add('provider', p.id, n);
      for (const ab of p.abbreviations) this.exact.add(normalizeName(ab));
    }
    for (const u of data.universities)
      for (const n of [u.name, ...u.aliases]) add('university', u.id, n);
    this.targets.forEach((target, index) => {
      const grams = bigrams(target.skeleton);
      this.bigramCounts.push(grams.size);
      for (const g of grams) post(this.bigramPostings, g, index);
      for (const t of new Set([...target.tokens, ...(target.brand?.tokens ?? [])])) {
        post(this.tokenPostings, t, index);
      }
    });
  }

  /**
   * Targets whose spelling could be within the similarity threshold: those sharing at least
   * 60 % of their distinct character bigrams with the query (an edit similarity ≥ 0.9 changes
   * far fewer). Everything else cannot pass the spelling rule.
   */
  private spellingCandidates(sk: string): number[] {
    const grams = bigrams(sk);
    const counts = new Int32Array(this.targets.length);
    const touched: number[] = [];
    for (const g of grams) {
      for (const index of this.bigramPostings.get(g) ?? []) {
        if (counts[index] === 0) touched.push(index);
        counts[index]! += 1;
      }
    }
    return touched
      .filter((index) => counts[index]! >= 0.6 * Math.max(grams.size, this.bigramCounts[index]!))
      .sort((a, b) => a - b);
  }

  /** Targets sharing a word with the query (for the added-words and brand rules). */
  private wordCandidates(tokens: ReadonlySet<string>): number[] {
    const out = new Set<number>();
    for (const t of tokens) for (const index of this.tokenPostings.get(t) ?? []) out.add(index);
    return [...out].sort((a, b) => a - b);
  }

  /**
   * Recognised names that `name` closely resembles without being one of them. Results are sorted
   * by similarity (then id) and cached per index.
   */
  find(name: string, threshold = 0.9): readonly Lookalike[] {
    const key = `${threshold}\u0000${name}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.compute(name, threshold);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  private compute(name: string, threshold: number): readonly Lookalike[] {
    const normalized = normalizeName(name);
    const mixed = hasMixedScript(name);
    if (normalized.length < 5 || (!mixed && this.exact.has(normalized))) return [];
    const sk = skeleton(name);
    const tokens = new Set(normalized.split(' '));
    const best = new Map<string, Lookalike>();
    const keep = (target: Target, similarity: number, reason: Lookalike['reason']): void => {
      const k = `${target.kind}:${target.id}`;
      const prior = best.get(k);
      if (!prior || prior.similarity < similarity) {
        best.set(k, { kind: target.kind, id: target.id, name: target.name, similarity, reason });
      }
    };
    for (const index of this.spellingCandidates(sk)) {
      const target = this.targets[index]!;
      if (target.normalized === normalized && !mixed) continue;
      if (target.skeleton === sk) {
        keep(target, 0.99, 'confusable-characters');
        continue;
      }
      const ratio =
        Math.min(sk.length, target.skeleton.length) / Math.max(sk.length, target.skeleton.length);
      // Jaro-Winkler is a cheap pre-filter; the decision uses edit similarity, which does not
      // over-reward a shared prefix such as "Royal College of".
      if (ratio >= 1 - (1 - threshold) * 1.5 && jaroWinkler(sk, target.skeleton) >= 0.85) {
        const similarity = editSimilarity(sk, target.skeleton);
        if (similarity >= threshold)
          keep(target, Math.round(similarity * 1000) / 1000, 'near-spelling');
      }
    }
    const words = new Set([...tokens, ...sk.split(' ')]);
    for (const index of this.wordCandidates(words)) {
      const target = this.targets[index]!;
      if (target.normalized === normalized && !mixed) continue;
      if (target.tokens.length >= 2 && target.tokens.every((t) => tokens.has(t))) {
        keep(target, 0.9, 'name-with-added-words');
        continue;
      }
      const brand = target.brand;
      if (
        brand?.tokens.every((t) => tokens.has(t)) &&
        (brand.leading || [...tokens].some((t) => ACADEMIC_WORDS.has(t)))
      ) {
        keep(target, 0.85, 'name-with-added-words');
      }
    }
    return [...best.values()].sort(
      (a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}
