/**
 * A course's declared skills, read once per distinct text across a catalogue: the key that
 * makes two spellings of one skill the same skill, the text's stem ids for the full-text index,
 * and the concepts it resolves to (like a gap: ids or text, typos included).
 * @module
 */

import { type ConceptMatch, resolvePhrase } from '../reference/taxonomy.js';
import type { TaxonomyIndex } from '../reference/taxonomy-index.js';
import type { CompiledScanner } from '../reference/taxonomy-trie.js';
import { FIELD_WEIGHTS } from './defaults.js';

/**
 * Memo of declared-skill resolutions, which may outlive one catalogue (see `createCourseIndex`).
 * It keeps at most {@link SKILL_MEMO_LIMIT} texts; each {@link DeclaredSkills} also remembers
 * every skill it has read.
 */
export type SkillMemo = Map<string, readonly ConceptMatch[]>;

/** Texts a {@link SkillMemo} keeps (a few MB at most). */
export const SKILL_MEMO_LIMIT = 20_000;

/** Distinct skill texts one reader remembers (bounds memory on hostile catalogues). */
const READER_LIMIT = 200_000;

const SKILL_WEIGHT: number = FIELD_WEIGHTS.skills;

/** A declared skill's text, read once: dedup key, stem ids and resolved concepts. */
export interface SkillInfo {
  readonly text: string;
  /** Small id of the dedup key (the text trimmed and lower-cased): equal ids, same skill. */
  readonly keyId: number;
  /**
   * Filled on first use (so stem ids are assigned in the same order as reading them). Small
   * plain arrays: a typed array each would cost an ArrayBuffer per distinct skill.
   */
  ids: number[] | undefined;
  /** Resolved concept ordinals and their evidence (skill weight × match strength), lazily. */
  ordinals: number[] | undefined;
  values: number[] | undefined;
}

/**
 * The declared skills of one catalogue read, by text.
 *
 * @example
 * ```ts
 * const skills = new DeclaredSkills(index, compileScanner(index), new Map());
 * const a = skills.of('Sepsis ');
 * skills.of('sepsis').keyId === a.keyId; // true: the same skill
 * ```
 */
export class DeclaredSkills {
  private readonly infos = new Map<string, SkillInfo>();
  /** Dedup key → its small id. */
  private readonly keyIds = new Map<string, number>();
  /** Next key id for a skill read past the bound (negative, never reused). */
  private ownKeys = -1;

  constructor(
    private readonly index: TaxonomyIndex,
    private readonly scanner: CompiledScanner,
    private readonly memo: SkillMemo,
  ) {}

  /** The skill read from `text` (its concepts are resolved by {@link resolve}, on first use). */
  of(text: string): SkillInfo {
    let info = this.infos.get(text);
    if (info) return info;
    const key = text.trim().toLowerCase();
    let keyId = this.keyIds.get(key);
    if (keyId === undefined) {
      keyId = this.keyIds.size;
      if (this.keyIds.size < READER_LIMIT) this.keyIds.set(key, keyId);
      else keyId = this.ownKeys--; // past the bound: a key of its own
    }
    info = { text, keyId, ids: undefined, ordinals: undefined, values: undefined };
    if (this.infos.size < READER_LIMIT) this.infos.set(text, info);
    return info;
  }

  /** Resolves a skill's text to concepts (ordinals and evidence), into `info`. */
  resolve(info: SkillInfo): void {
    const text = info.text;
    let matches = this.memo.get(text);
    if (!matches) {
      matches = resolvePhrase(this.index, text, { limit: 3 });
      if (this.memo.size < SKILL_MEMO_LIMIT) this.memo.set(text, matches);
    }
    const found: number[] = [];
    const values: number[] = [];
    for (const m of matches) {
      const ordinal = this.scanner.ordinals.get(m.conceptId);
      if (ordinal === undefined) continue;
      found.push(ordinal);
      values.push(SKILL_WEIGHT * m.strength);
    }
    info.ordinals = found;
    info.values = values;
  }
}
