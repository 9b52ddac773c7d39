/**
 * A course's declared skills, read once per distinct text across a catalogue: the key that
 * makes two spellings of one skill the same skill, and the concepts it resolves to (like a gap:
 * ids or text, abbreviations and typos included). Resolutions are kept on the taxonomy index
 * (`skillMemo`, bounded), so a rebuilt catalogue does not resolve its skills again.
 * @module
 */
import { type ConceptMatch, resolvePhrase } from '../reference/taxonomy.js';
import type { TaxonomyIndex } from '../reference/taxonomy-index.js';
import { Interner } from '../structures/interner.js';

/** Skill texts whose resolution the taxonomy index keeps across catalogues (a few MB at most). */
export const SKILL_MEMO_LIMIT = 20_000;

/** Distinct skill texts one reader remembers (bounds memory on hostile catalogues). */
const READER_LIMIT = 200_000;

/** A declared skill, read once. */
export interface DeclaredSkill {
  readonly text: string;
  /** Small id of the dedup key (the text trimmed and lower-cased): equal keys, same skill. */
  readonly key: number;
  /** The concepts it names, by scanner ordinal, with the resolution's strength. */
  readonly matches: readonly { readonly ordinal: number; readonly strength: number }[];
}

/**
 * The declared skills of one catalogue read, by text.
 *
 * @example
 * ```ts
 * const skills = new DeclaredSkills(index);
 * skills.of('Sepsis ').key === skills.of('sepsis').key; // true: the same skill
 * ```
 */
export class DeclaredSkills {
  private readonly byText = new Map<string, DeclaredSkill>();
  private readonly keys = new Interner();
  /** Next key for a skill read past the bound (negative, never reused). */
  private ownKeys = -1;

  constructor(private readonly index: TaxonomyIndex) {}

  /** The skill written as `text`. */
  of(text: string): DeclaredSkill {
    const known = this.byText.get(text);
    if (known) return known;
    const folded = text.trim().toLowerCase();
    const key =
      this.keys.get(folded) ??
      (this.keys.size < READER_LIMIT ? this.keys.idOf(folded) : this.ownKeys--);
    const skill: DeclaredSkill = { text, key, matches: this.resolve(text) };
    if (this.byText.size < READER_LIMIT) this.byText.set(text, skill);
    return skill;
  }

  private resolve(text: string): DeclaredSkill['matches'] {
    const memo = this.index.skillMemo;
    let matches: readonly ConceptMatch[] | undefined = memo.get(text);
    if (!matches) {
      matches = resolvePhrase(this.index, text, { limit: 3 });
      if (memo.size < SKILL_MEMO_LIMIT) memo.set(text, matches);
    }
    const ordinals = this.index.scanner().ordinals;
    const out: { ordinal: number; strength: number }[] = [];
    for (const m of matches) {
      const ordinal = ordinals.get(m.conceptId);
      if (ordinal !== undefined) out.push({ ordinal, strength: m.strength });
    }
    return out;
  }
}
