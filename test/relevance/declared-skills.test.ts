import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';
import { compileScanner } from '../../src/reference/taxonomy-trie.js';
import {
  DeclaredSkills,
  SKILL_MEMO_LIMIT,
  type SkillMemo,
} from '../../src/relevance/declared-skills.js';

const index = defaultReference().taxonomy();
const scanner = compileScanner(index);

describe('DeclaredSkills', () => {
  it('reads two spellings of one skill as the same skill, and different skills apart', () => {
    const skills = new DeclaredSkills(index, scanner, new Map());
    expect(skills.of('Sepsis ').keyId).toBe(skills.of('sepsis').keyId);
    expect(skills.of('sepsis').keyId).not.toBe(skills.of('NIV').keyId);
    expect(skills.of('NIV')).toBe(skills.of('NIV'));
  });

  it('resolves a skill like a gap, abbreviations and typos included', () => {
    const skills = new DeclaredSkills(index, scanner, new Map());
    for (const text of ['NIV', 'non-invasive ventilaton']) {
      const info = skills.of(text);
      skills.resolve(info);
      const ids = [...(info.ordinals ?? [])].map((o) => scanner.conceptIds[o]);
      expect(ids).toContain('non-invasive-ventilation');
      expect(Math.max(...(info.values ?? []))).toBeGreaterThan(0.5);
    }
  });

  it('shares resolutions through the memo, up to its limit', () => {
    const memo: SkillMemo = new Map();
    const first = new DeclaredSkills(index, scanner, memo);
    first.resolve(first.of('sepsis recogntion'));
    expect(memo.has('sepsis recogntion')).toBe(true);
    const again = new DeclaredSkills(index, scanner, memo);
    const info = again.of('sepsis recogntion');
    again.resolve(info);
    expect(info.ordinals?.length).toBeGreaterThan(0);
    const full: SkillMemo = new Map(
      Array.from({ length: SKILL_MEMO_LIMIT }, (_, i) => [`skill ${i}`, []] as const),
    );
    const bounded = new DeclaredSkills(index, scanner, full);
    bounded.resolve(bounded.of('NIV'));
    expect(full.size).toBe(SKILL_MEMO_LIMIT);
  });
});
