import { describe, expect, it } from 'vitest';
import {
  americanize,
  foldText,
  jaroWinkler,
  normalizeName,
  normalizeText,
  terms,
  tokenize,
} from '../../src/text/index.js';

describe('normalisation', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldText('  Pédiatric  Advanced–Life Support! ')).toBe(
      'pediatric advanced life support',
    );
  });

  it.each([
    ['haemorrhage', 'hemorrhage'],
    ['paediatric', 'pediatric'],
    ['anaesthesia', 'anesthesia'],
    ['oedema', 'edema'],
    ['oesophageal', 'esophageal'],
    ['diarrhoea', 'diarrhea'],
    ['behaviour', 'behavior'],
    ['centre', 'center'],
    ['catheterisation', 'catheterization'],
    ['hypoglycaemia', 'hypoglycemia'],
    ['recognise', 'recognize'],
    ['analysis', 'analysis'],
    ['hour', 'hour'],
    ['exercise', 'exercise'],
  ])('americanize(%s) = %s', (from, to) => {
    expect(americanize(from)).toBe(to);
  });

  it('normalises organisation names', () => {
    expect(normalizeName('The Royal College of Paediatrics & Child Health')).toBe(
      'royal college of pediatrics and child health',
    );
    expect(normalizeText('Paediatric Haemorrhage')).toBe(normalizeText('pediatric hemorrhage'));
  });

  it('tokenises and stems without touching short abbreviations', () => {
    expect(tokenize('12-lead EKG: Interpretation')).toEqual([
      '12',
      'lead',
      'ekg',
      'interpretation',
    ]);
    expect(terms('Recognising sepsis in adults')).toEqual(['recogn', 'sepsi', 'adult']);
    expect(terms('NIV')).toEqual(['niv']);
  });
});

describe('similarity', () => {
  it('scores near-miss names high and unrelated names low', () => {
    expect(jaroWinkler('accreditation council', 'accreditaton council')).toBeGreaterThan(0.9);
    expect(jaroWinkler('royal college of nursing', 'pfizer')).toBeLessThan(0.6);
  });
});
