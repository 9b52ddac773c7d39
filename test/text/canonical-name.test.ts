import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acronymKey,
  canonicalName,
  countryWordForms,
  expandsAcronym,
  nameAlternatives,
  readName,
} from '../../src/text/canonical-name.js';

describe('canonicalName: variants as catalogues write them compare equal', () => {
  it.each([
    ['Royal College of Physicians (London)', 'The Royal College of Physicians of London'],
    ['Royal College of Physicians, London®', 'ROYAL COLLEGE OF PHYSICIANS OF LONDON'],
    [
      'Federation of the Royal Colleges of Physicians of the UK',
      'Federation of Royal Colleges of Physicians of the United Kingdom',
    ],
    ['Royal College of Paediatrics & Child Health', 'Royal College of Pediatrics and Child Health'],
    ['Centre for Pharmacy Postgraduate Education', 'Center for Pharmacy Postgraduate Education'],
    [
      "American Nurses Credentialing Center's Commission on Accreditation",
      'American Nurses Credentialing Center Commission on Accreditation',
    ],
    [
      'Commission on Accreditation for Pre-Hospital Continuing Education',
      'Commission on Accreditation for Prehospital Continuing Education',
    ],
    ['Universidad de Chile', 'University of Chile'],
    // A legal form at the end, as registers write names.
    ['Australian College of Nursing Ltd', 'Australian College of Nursing'],
    ['Relias LLC', 'Relias'],
    ['Deutsche Gesellschaft für Kardiologie e.V.', 'Deutsche Gesellschaft für Kardiologie'],
    ['Stichting Voorbeeld B.V.', 'Stichting Voorbeeld'],
    // A Japanese corporation's legal form before its name (blind rounds' 日本看護協会 rows).
    ['公益社団法人 日本看護協会', '日本看護協会'],
    ['一般社団法人日本循環器学会', '日本循環器学会'],
    // As scraped pages leave them: HTML character references, an en dash inside a word.
    ['Health Quality &amp; Safety Commission', 'Health Quality & Safety Commission'],
    ['Registered Nurses&#39; Association of Ontario', "Registered Nurses' Association of Ontario"],
    [
      'European Crohn&#8217;s and Colitis Organisation',
      "European Crohn's and Colitis Organisation",
    ],
    [
      'Commission on Accreditation for Pre\u2013Hospital Continuing Education',
      'Commission on Accreditation for Pre-Hospital Continuing Education',
    ],
    ["St George's, University of London", "Saint George's University of London"],
    [
      'U.S. Department of Health & Human Services',
      'United States Department of Health and Human Services',
    ],
    ["Accrediting Commission Int'l", 'Accrediting Commission International'],
    // As a press release writes a college's name (blind round 112).
    ['The Royal Australian College of GPs', 'Royal Australian College of General Practitioners'],
    ['Intl. Accreditation Assn.', 'International Accreditation Association'],
    ["Nat'l League for Nursing", 'National League for Nursing'],
    ['Univ. of Michigan Medical School', 'University of Michigan Medical School'],
    ['Accrediting Commission Inter\u200Bnational', 'Accrediting Commission International'],
  ])('%s = %s', (a, b) => {
    expect(canonicalName(a)).toBe(canonicalName(b));
  });

  it.each([
    ['Royal College of Physicians of Ireland', 'Royal College of Physicians of Edinburgh'],
    [
      'Royal College of General Practitioners',
      'Royal New Zealand College of General Practitioners',
    ],
    ['American Nurses Association', 'American Nurses Credentialing Center'],
    ['Washington University', 'Washington State University'],
    // A "V" alone is no legal form (a helper's data research, fifteenth session).
    ['Kwaliteitsregister V&V', 'Kwaliteitsregister'],
  ])('%s ≠ %s', (a, b) => {
    expect(canonicalName(a)).not.toBe(canonicalName(b));
  });

  it('sets bracketed acronyms aside and keeps bracketed words', () => {
    expect(readName('Royal College of Nursing (RCN)')).toEqual({
      key: 'royal college nursing',
      acronyms: ['rcn'],
    });
    expect(readName('Royal College of Physicians (London)').acronyms).toEqual([]);
    // Acronyms in any alphabet's capitals: "(BÄK)" is an acronym, not a word of the name.
    expect(readName('Bundesärztekammer (BÄK)')).toEqual({
      key: 'bundesarztekammer',
      acronyms: ['bak'],
    });
    // A name with no Latin words keys on its own script's words, case and accents folded.
    expect(canonicalName('Πανελλήνιος Ιατρικός Σύλλογος')).toBe('πανελληνιος ιατρικος συλλογος');
    expect(canonicalName('The 대한의사협회')).toBe(canonicalName('대한의사협회'));
    expect(canonicalName('日本医師会®')).toBe('日本医師会');
    expect(acronymKey('Π.Ι.Σ.')).toBe(acronymKey('ΠΙΣ'));
    // Acronyms written in mixed case; a name with two capitals is still a word.
    expect(readName('College of Paramedics (CoP)').acronyms).toEqual(['cop']);
    expect(readName('Royal College of Psychiatrists (RCPsych)').acronyms).toEqual(['rcpsych']);
    expect(readName('Faculty of Medicine (McGill)').key).toBe('faculty medicine mcgill');
    // A bracketed country code, in any case, is a qualifier left out (found by a sweep of the
    // data's accreditors written in catalogue variants).
    expect(readName('college of nurses aotearoa (nz)')).toEqual(
      readName('College of Nurses Aotearoa (NZ)'),
    );
    expect(readName('Faculty of General Dental Practice (uk)').key).toBe(
      canonicalName('Faculty of General Dental Practice'),
    );
    expect(acronymKey('A.C.C.M.E.')).toBe('accme');
    expect(acronymKey('Mainpro+')).toBe('mainpro+');
  });

  it('reads the pronoun "us" as a word, the country "US" as United States', () => {
    expect(canonicalName('Learn with us')).toBe('learn with us');
    expect(canonicalName('US Pharmacopeia')).toBe('united state pharmacopeia');
    // The kinds of continuing education written short in a body's name.
    expect(canonicalName('Accreditation Council for CME')).toBe(
      canonicalName('Accreditation Council for Continuing Medical Education'),
    );
    expect(canonicalName('The CPD Standards Office')).toBe(
      canonicalName('Continuing Professional Development Standards Office'),
    );
  });

  it('reads a German adjective the same in any grammatical case', () => {
    // "… der Bayerischen Landesärztekammer" (name-variant round 3): no misspelling.
    expect(canonicalName('der Bayerischen Landesärztekammer')).toBe(
      canonicalName('Bayerische Landesärztekammer'),
    );
    expect(canonicalName('Deutschen Gesellschaft für Kardiologie')).toBe(
      canonicalName('Deutsche Gesellschaft für Kardiologie'),
    );
    // English words keep their endings ("lichen" is a word, not "-lich" inflected).
    expect(canonicalName('Lichen Sclerosus Society')).toBe('lichen sclerosus society');
  });

  it('reads a Roman numeral after "Category", "Class", "Section" or "Level" as its digit', () => {
    expect(canonicalName('AMA PRA Category I Credit™')).toBe(
      canonicalName('AMA PRA Category 1 Credit'),
    );
    expect(canonicalName('NBCRNA Class II')).toBe(canonicalName('NBCRNA Class 2'));
    // Elsewhere "I" and "II" are left alone ("World War II", a pronoun).
    expect(canonicalName('What I Learned')).toBe('what i learned');
  });

  it('reads words that name properties of objects as words (no lookup reaches a prototype)', () => {
    expect(canonicalName('Constructor Society')).toBe('constructor society');
    expect(canonicalName('Category constructor toString')).toBe('category constructor tostring');
  });

  it('is stable: the key of a key is the key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const once = canonicalName(s);
        expect(canonicalName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('nameAlternatives and expandsAcronym', () => {
  it('offers the shorter complete names a name contains', () => {
    expect(nameAlternatives('UNSW Sydney (The University of New South Wales)')).toEqual([
      'UNSW Sydney',
      'The University of New South Wales',
    ]);
    expect(nameAlternatives('Nanyang Technological University, Singapore')).toEqual([
      'Nanyang Technological University',
    ]);
    expect(nameAlternatives('Royal College of Nursing (RCN)')).toEqual([]);
    // The full name after a one-word short form and a dash (blind mills round 36).
    expect(
      nameAlternatives('Age.na.s. - Agenzia Nazionale per i Servizi Sanitari Regionali'),
    ).toEqual(['Agenzia Nazionale per i Servizi Sanitari Regionali']);
    expect(nameAlternatives('Sepsis Trust Training - Online Academy')).toEqual([
      'Sepsis Trust Training',
    ]);
    // A bare "UK" at the end, as "(UK)" is read; a one-word rest is no name ("Diabetes UK").
    expect(nameAlternatives('Royal College of Nursing UK')).toEqual(['Royal College of Nursing']);
    expect(nameAlternatives('Royal College of Nursing U.K.')).toEqual(['Royal College of Nursing']);
    expect(nameAlternatives('Diabetes UK')).toEqual([]);
    // " of the United Kingdom" or " of the UK" at the end, as " UK" is (name-variant round 6); a
    // country's name elsewhere in a name is part of it.
    expect(nameAlternatives('Royal College of Physicians of the United Kingdom')).toEqual([
      'Royal College of Physicians',
    ]);
    expect(nameAlternatives('Royal College of Physicians of the UK')).toEqual([
      'Royal College of Physicians',
    ]);
    expect(nameAlternatives('Royal College of Physicians of Ireland')).toEqual([]);
    // An acronym in capitals at the end, as a bracketed one would be (name-variant round 3).
    expect(nameAlternatives('Royal College of Psychiatrists RCPSYCH')).toEqual([
      'Royal College of Psychiatrists',
    ]);
    expect(nameAlternatives('State University of New York at Albany')).toEqual([]);
    expect(nameAlternatives('State University of New York at Albany', { campus: true })).toEqual([
      'State University of New York',
    ]);
  });

  it('accepts an acronym beside a consistent name only', () => {
    expect(expandsAcronym('', ['royal college nursing'])).toBe(true);
    expect(expandsAcronym('royal college nursing united kingdom', ['royal college nursing'])).toBe(
      true,
    );
    expect(
      expandsAcronym('accreditation council continuing medical educaton', [
        'accreditation council continuing medical education',
      ]),
    ).toBe(false);
  });
});

describe('countryWordForms', () => {
  it("writes a country's name in its one-word forms, and nothing for a name with none", () => {
    expect(countryWordForms('Medical Council of New Zealand')).toEqual(['medical council of nz']);
    expect(countryWordForms('Royal College of Nursing of the United Kingdom')).toContain(
      'royal college of nursing of the uk',
    );
    expect(countryWordForms('General Medical Council')).toEqual([]);
    // A word that only contains a country's name is not it.
    expect(countryWordForms('Newzealandia Council')).toEqual([]);
  });
});
