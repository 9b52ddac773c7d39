/** Characters that hide what a name says (src/text/disguise.ts). */
import { describe, expect, it } from 'vitest';
import {
  concealsName,
  digitsAsLetters,
  disguise,
  mixesScripts,
  otherScriptWordsInLatin,
  overriddenRuns,
  revealHidden,
} from '../../src/text/disguise.js';

describe('disguise', () => {
  it('finds an invisible character inside a Latin word', () => {
    expect(disguise('AC\u200bCME')).toBe('an invisible character inside a word');
    expect(disguise('Royal Col\u2060lege')).toBe('an invisible character inside a word');
    expect(disguise('AC\u202eCME')).toBe('an invisible character inside a word');
  });

  it('leaves invisible characters between words, soft hyphens and joiners in other scripts alone', () => {
    expect(disguise('ACCME \u200b accredited')).toBeUndefined();
    expect(disguise('\ufeffRoyal College of Nursing')).toBeUndefined();
    expect(disguise('Accre\u00added by the ACCME')).toBeUndefined();
    // A zero-width non-joiner is part of Persian spelling.
    expect(disguise('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645')).toBeUndefined();
  });

  it('finds full-width letters outside East Asian text, and mathematical letters anywhere', () => {
    expect(disguise('\uff32\uff23\uff2e Accredited')).toBe('full-width letters');
    expect(disguise('\uff21\uff23\uff23\uff2d\uff25\u8a8d\u5b9a')).toBeUndefined();
    expect(disguise('\u{1d400}\u{1d402}\u{1d402}\u{1d40c}\u{1d404}')).toBe('mathematical letters');
  });

  it('leaves ordinary text alone, accents included', () => {
    expect(disguise('Royal College of Nursing')).toBeUndefined();
    expect(disguise('Ordre des infirmières et infirmiers du Québec')).toBeUndefined();
    expect(disguise('Österreichische Akademie der Ärzte')).toBeUndefined();
  });

  it('shows hidden characters as code points', () => {
    expect(revealHidden('AC\u200bCME')).toBe('AC<U+200B>CME');
    expect(revealHidden('plain')).toBe('plain');
  });
});

describe('mixesScripts', () => {
  it('finds a word mixing Latin letters with Cyrillic or Greek ones', () => {
    expect(mixesScripts('R\u0410CGP')).toBe(true); // Cyrillic А
    expect(mixesScripts('\u0395ACCME')).toBe(true); // Greek Ε
    expect(mixesScripts('Royal C\u043ellege of Nursing')).toBe(true); // Cyrillic о
  });

  it('finds none in words of one script each, however many scripts the text uses', () => {
    expect(mixesScripts('Royal College of Nursing')).toBe(false);
    expect(mixesScripts('Πανελλήνιος Ιατρικός Σύλλογος (Panhellenic Medical Association)')).toBe(
      false,
    );
    expect(mixesScripts('Български лекарски съюз BLS')).toBe(false);
    expect(mixesScripts('\u0410\u0421\u0421\u041c\u0415')).toBe(false); // all Cyrillic
    expect(mixesScripts('β-blockers in heart failure')).toBe(false);
  });
});

describe('otherScriptWordsInLatin', () => {
  it('finds words wholly in Cyrillic or Greek letters inside Latin text', () => {
    expect(
      otherScriptWordsInLatin(
        'Accreditation Council for Continuing Medical Education (\u0410\u0421\u0421\u041c\u0415)',
      ),
    ).toEqual(['\u0410\u0421\u0421\u041c\u0415']);
    expect(otherScriptWordsInLatin('\u0430\u0441\u0440\u0435-accredit.org')).toEqual([
      '\u0430\u0441\u0440\u0435',
    ]);
  });

  it('finds none in Latin text alone, or in a text mostly in another script', () => {
    expect(otherScriptWordsInLatin('Royal College of Nursing')).toEqual([]);
    expect(otherScriptWordsInLatin('Πανελλήνιος Ιατρικός Σύλλογος (PIS)')).toEqual([]);
    expect(otherScriptWordsInLatin('Български лекарски съюз BLS')).toEqual([]);
    expect(otherScriptWordsInLatin('\u0410\u0421\u0421\u041c\u0415')).toEqual([]);
  });
});

describe('concealsName', () => {
  it('is true of a hidden name and of a mixed-script word, false of a plain name', () => {
    expect(concealsName('AC\u200bCME')).toBe(true);
    expect(concealsName('R\u0410CGP')).toBe(true);
    expect(concealsName('Royal College of Nursing')).toBe(false);
    expect(concealsName('日本医師会')).toBe(false);
  });
});

describe('digitsAsLetters', () => {
  it('reads a 0 or 1 joined to letters as the letter it resembles, one reading for each 1', () => {
    expect(digitsAsLetters('Accreditat1on Council for C0ntinuing Medical Education')).toEqual([
      'Accreditatlon Council for Continuing Medical Education',
      'Accreditation Council for Continuing Medical Education',
    ]);
    // Digits standing apart from letters are numbers.
    expect(digitsAsLetters('Health 2.0 Summit')).toEqual([]);
    expect(digitsAsLetters('Level 1 Trauma Centre')).toEqual([]);
    expect(digitsAsLetters('Royal College of Nursing')).toEqual([]);
  });
});

describe('overriddenRuns', () => {
  it('gives the runs a right-to-left override shows reversed, as shown (CVE-2021-42574)', () => {
    expect(overriddenRuns('\u202eCCNA\u202c Continuing Nursing Education Centre')).toEqual([
      'ANCC',
    ]);
    // To the end of the text when no pop ends it.
    expect(overriddenRuns('Approved by \u202eEMCCA')).toEqual(['ACCME']);
    expect(overriddenRuns('Royal College of Nursing')).toEqual([]);
    // A right-to-left mark (U+200F) in Arabic or Hebrew text reverses nothing.
    expect(overriddenRuns('الهيئة السعودية للتخصصات الصحية\u200f')).toEqual([]);
  });
});
