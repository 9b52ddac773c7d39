import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';
import {
  broaderConcepts,
  createTaxonomyIndex,
  narrowerConcepts,
  resolvePhrase,
} from '../../src/reference/taxonomy.js';
import { scanText } from '../../src/reference/taxonomy-scan.js';

const concepts = defaultReference().data.concepts;
const index = createTaxonomyIndex(concepts);
const idOf = (label: string): string => {
  const c = concepts.find((x) => x.label.toLowerCase() === label.toLowerCase());
  if (!c) throw new Error(`no concept labelled ${label}`);
  return c.id;
};
const top = (text: string, context?: string[]) =>
  resolvePhrase(index, text, context ? { context } : {})[0];

describe('resolvePhrase', () => {
  it('resolves an exact id', () => {
    const id = idOf('Non-invasive ventilation');
    expect(top(id)).toMatchObject({ conceptId: id, via: 'id', strength: 1 });
  });
  it('resolves a label and an alternative label', () => {
    expect(top('Non-invasive ventilation')).toMatchObject({ via: 'label', strength: 1 });
    expect(top('12 lead EKG')).toMatchObject({
      conceptId: idOf('ECG interpretation'),
      via: 'alt-label',
    });
  });
  it('reads an abbreviation (EKG → ECG interpretation) and says so', () => {
    const matches = resolvePhrase(index, 'EKG');
    expect(matches.map((m) => m.conceptId)).toContain(idOf('ECG interpretation'));
    expect(matches[0]?.via).toBe('abbreviation');
    expect(matches.find((m) => m.conceptId === idOf('ECG interpretation'))?.evidence).toMatch(
      /'EKG' → ECG interpretation via/,
    );
  });
  it('decides an ambiguous abbreviation by context words', () => {
    const decided = resolvePhrase(index, 'EKG', { context: ['interpretation'] });
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ conceptId: idOf('ECG interpretation'), strength: 0.9 });
    const undecided = resolvePhrase(index, 'EKG');
    expect(undecided.every((m) => m.strength < 0.9)).toBe(true);
  });
  it('reads plural abbreviations (ABGs)', () => {
    expect(resolvePhrase(index, 'ABGs').map((m) => m.conceptId)).toContain(
      idOf('Arterial blood gas interpretation'),
    );
  });
  it('treats British and American spellings as the same (spelling variant)', () => {
    const m = top('paediatric early warning score');
    expect(m?.conceptId).toBe(idOf('Paediatric early warning score'));
    const us = top('Pediatric early warning score');
    expect(us?.conceptId).toBe(idOf('Paediatric early warning score'));
    const variant = top('acute pulmonary edema management');
    expect(variant).toMatchObject({
      conceptId: idOf('Acute pulmonary oedema management'),
      via: 'spelling-variant',
    });
  });
  it('corrects typos through the taxonomy labels', () => {
    expect(top('tissue viabilty')).toMatchObject({
      conceptId: idOf('Tissue viability'),
      via: 'typo',
    });
    expect(top('sepsis recogntion')).toMatchObject({
      conceptId: idOf('Sepsis recognition and management'),
      via: 'typo',
    });
    // Three edits are not a typo, however long the rest: "pain management" is not "AKI management".
    expect(resolvePhrase(index, 'pain management').some((m) => m.via === 'typo')).toBe(false);
  });
  it('finds concepts inside longer phrases (partial)', () => {
    const m = resolvePhrase(index, 'palliative care at home');
    expect(m[0]).toMatchObject({ via: 'partial' });
    expect(m[0]?.strength).toBeLessThan(0.9);
  });
  it('reads clinical shorthand as the concept it names', () => {
    expect(resolvePhrase(index, 'paeds resus')[0]?.conceptId).toBe(idOf('Paediatric life support'));
    expect(resolvePhrase(index, 'pt safety')[0]?.conceptId).toBe(idOf('Patient safety'));
    expect(resolvePhrase(index, 'abx stewardship')[0]?.conceptId).toBe(
      idOf('Antimicrobial stewardship'),
    );
    expect(resolvePhrase(index, 'resus')[0]?.conceptId).toBe(idOf('Resuscitation'));
  });
  it('does not resolve CPD, CME or nonsense to clinical concepts', () => {
    expect(resolvePhrase(index, 'CPD')).toEqual([]);
    expect(resolvePhrase(index, 'CME')).toEqual([]);
    expect(resolvePhrase(index, 'xyzzy quantum')).toEqual([]);
    expect(resolvePhrase(index, '')).toEqual([]);
  });
});

describe('broader and narrower', () => {
  it('walks the hierarchy both ways', () => {
    const niv = idOf('Non-invasive ventilation');
    const cpap = idOf('Continuous positive airway pressure');
    expect(narrowerConcepts(index, niv).has(cpap)).toBe(true);
    expect(broaderConcepts(index, cpap).get(niv)).toBe(1);
    expect(broaderConcepts(index, cpap, 0).size).toBe(0);
  });
});

describe('scanText', () => {
  it('finds labels and upper-case abbreviations in running text', () => {
    const found = scanText(index, 'Start NIV early; recognise sepsis using early warning scores.');
    expect(found.has(idOf('Non-invasive ventilation'))).toBe(true);
    expect(found.has(idOf('Early warning scores'))).toBe(true);
  });
});

describe('capitalised abbreviations and lay terms', () => {
  const index = createTaxonomyIndex(defaultReference().data.concepts);
  it('reads a word in capitals as an abbreviation when the phrase decides its sense', () => {
    expect(resolvePhrase(index, 'AUDIT alcohol screening')[0]?.label).toBe(
      'Alcohol use disorder management',
    );
    expect(resolvePhrase(index, 'clinical audit')[0]?.label).toBe('Clinical audit');
  });
  it('knows lay terms and shorthand', () => {
    expect(resolvePhrase(index, 'pressure sores')[0]?.label).toBe('Pressure ulcer prevention');
    expect(resolvePhrase(index, 'paeds resus')[0]?.label).toBe('Paediatric life support');
  });
});
