import fc from 'fast-check';
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
import { decodeCharacterReferences } from '../../src/text/normalize.js';

describe('normalisation', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldText('  Pédiatric  Advanced–Life Support! ')).toBe(
      'pediatric advanced life support',
    );
  });

  it('folds plain ASCII exactly as it folds any text (its shortcut changes nothing)', () => {
    // The whole fold, written out: what foldText does to text that is not plain ASCII.
    const fullFold = (text: string): string =>
      decodeCharacterReferences(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9+]+/g, ' ')
        .trim();
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          expect(foldText(text)).toBe(fullFold(text));
        },
      ),
      { numRuns: 2000 },
    );
    // And the fold still reaches what the shortcut skips.
    expect(foldText('Ærztekammer Straße Œuvre')).toBe('aerztekammer strasse oeuvre');
  });

  it('decodes the HTML character references scraped pages leave in text', () => {
    expect(foldText('Allergy, Asthma &amp; Immunology')).toBe('allergy asthma and immunology');
    expect(foldText('Women&#39;s Health&nbsp;Nursing')).toBe(foldText("Women's Health Nursing"));
    expect(decodeCharacterReferences('Crohn&#x2019;s &#0; &#99999999; &copy;')).toBe(
      'Crohn\u2019s  &#99999999; &copy;',
    );
  });

  it('removes invisible format characters instead of breaking the word there', () => {
    // Zero-width space, soft hyphen, word joiner, byte-order mark, right-to-left override.
    expect(foldText('AC\u200BCME')).toBe('accme');
    expect(foldText('Inter\u00ADnational Accre\u2060diting \uFEFFCommission\u202E')).toBe(
      'international accrediting commission',
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
