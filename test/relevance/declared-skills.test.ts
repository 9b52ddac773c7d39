import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';
import { createTaxonomyIndex } from '../../src/reference/taxonomy.js';
import { DeclaredSkills, SKILL_MEMO_LIMIT } from '../../src/relevance/declared-skills.js';

const index = defaultReference().taxonomy();
const conceptOf = (ordinal: number) => index.scanner().conceptIds[ordinal];

describe('DeclaredSkills', () => {
  it('reads two spellings of one skill as the same skill, and different skills apart', () => {
    const skills = new DeclaredSkills(index);
    expect(skills.of('Sepsis ').key).toBe(skills.of('sepsis').key);
    expect(skills.of('sepsis').key).not.toBe(skills.of('NIV').key);
    expect(skills.of('NIV')).toBe(skills.of('NIV'));
  });

  it('resolves a skill like a gap, abbreviations and typos included', () => {
    const skills = new DeclaredSkills(index);
    for (const text of ['NIV', 'non-invasive ventilaton']) {
      const { matches } = skills.of(text);
      expect(matches.map((m) => conceptOf(m.ordinal))).toContain('non-invasive-ventilation');
      expect(Math.max(...matches.map((m) => m.strength))).toBeGreaterThan(0.5);
    }
  });

  it('names no concept for a skill outside the taxonomy', () => {
    expect(new DeclaredSkills(index).of('Origami for beginners').matches).toEqual([]);
  });

  it('keeps resolutions on the taxonomy index for the next catalogue, up to its limit', () => {
    const own = createTaxonomyIndex(defaultReference().data.concepts);
    new DeclaredSkills(own).of('sepsis recogntion');
    expect(own.skillMemo.has('sepsis recogntion')).toBe(true);
    expect(new DeclaredSkills(own).of('sepsis recogntion').matches.length).toBeGreaterThan(0);
    for (let i = own.skillMemo.size; i < SKILL_MEMO_LIMIT; i++) own.skillMemo.set(`skill ${i}`, []);
    new DeclaredSkills(own).of('NIV');
    expect(own.skillMemo.size).toBe(SKILL_MEMO_LIMIT);
  });
});
