/**
 * The look-alike rules (src/credibility/lookalike.ts), each with names and web addresses that
 * should and should not fire it. Names of real bodies are from the reference data or the
 * real-world corpus (test/fixtures/realworld/name-variants.json).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/credibility/defaults.js';
import {
  addressLookalike,
  creditOwnerLookalike,
  nameLookalike,
  nearAcronymCredit,
  ownShortNameHost,
} from '../../src/credibility/lookalike.js';
import { resolveClaims } from '../../src/index.js';
import { defaultReference } from '../../src/reference/reference.js';

const context = { reference: defaultReference(), policy: DEFAULT_POLICY };
const byName = (name: string, url?: string) =>
  nameLookalike(context, name, url === undefined ? undefined : context.reference.webAddress(url));
const byAddress = (url: string) => {
  const address = context.reference.webAddress(url);
  if (address === undefined) throw new Error(`unreadable ${url}`);
  return addressLookalike(context, address);
};

describe('name rules', () => {
  it('1. confusable characters: strong', () => {
    expect(byName('Аccreditation Council for Continuing Medical Education')).toMatchObject({
      rule: 'confusable-characters',
      strong: true,
      target: { id: 'accme' },
    });
    expect(byName('АССМЕ')).toMatchObject({
      rule: 'confusable-characters',
      target: { id: 'accme' },
    });
    // A known name followed by its acronym in Cyrillic letters that imitate Latin ones (blind
    // mills round 16): the full name is right, the acronym is not the body's.
    expect(
      byName(
        'Accreditation Council for Continuing Medical Education (\u0410\u0421\u0421\u041c\u0415)',
      ),
    ).toMatchObject({ rule: 'confusable-characters', strong: true, target: { id: 'accme' } });
    // Another form of a known name in look-alike letters: the bracketed "AGD PACE" written with
    // Greek Alphas (blind mills round 28).
    expect(byName('\u0391cademy of General Dentistry (\u0391GD P\u0391CE)')).toMatchObject({
      rule: 'confusable-characters',
      strong: true,
      target: { id: 'agd-pace' },
    });
    expect(byName('Academy of General Dentistry (AGD PACE)')).toBeUndefined();
    // Digits for the letters they resemble, inside words, as look-alike addresses write them.
    expect(byName('Accreditat1on Council for C0ntinuing Medical Education')).toMatchObject({
      rule: 'confusable-characters',
      strong: true,
      target: { id: 'accme' },
    });
    expect(byName('Level 1 Trauma Centre')).toBeUndefined();
    // A run a right-to-left override shows reversed: "CCNA" shown as ANCC (blind mills round 126).
    expect(byName('\u202eCCNA\u202c Continuing Nursing Education Centre')).toMatchObject({
      rule: 'confusable-characters',
      strong: true,
      target: { id: 'ancc' },
    });
    expect(byName('\u202eABC\u202c Nursing Education Centre')).toBeUndefined();
    // Words of another script that spell no known acronym, or a text in that script, are not.
    expect(byName('Hellenic Society of Cardiology (\u0395\u039a\u0395)')).toBeUndefined();
    expect(byName('Πανελλήνιος Ιατρικός Σύλλογος (PIS)')).toBeUndefined();
  });

  it('1. a known name written with characters that hide it: strong', () => {
    const hidden = byName('AC\u200bCME');
    expect(hidden).toMatchObject({ rule: 'confusable-characters', strong: true });
    expect(hidden?.target.id).toBe('accme');
    expect(hidden?.evidence).toContain('AC<U+200B>CME');
    expect(byName('\uff32\uff23\uff2e')).toMatchObject({ rule: 'confusable-characters' });
    // The same name in plain letters, or an unknown name in full-width letters, is no look-alike.
    expect(byName('ACCME')).toBeUndefined();
    expect(byName('\uff3a\uff39\uff38 Learning')).toBeUndefined();
  });

  it('2. a substituted form word that keeps the acronym: strong with three or more other words shared, weak with two', () => {
    expect(byName('American Nurses Credentialing Council')).toMatchObject({
      rule: 'substituted-form-word',
      strong: true,
      target: { id: 'ancc' },
    });
    // Two shared words (blind mills round 20): still the NMC's acronym, but a real body of that
    // profession the data does not hold is possible.
    expect(byName('Nursing and Midwifery Commission')).toMatchObject({
      rule: 'substituted-form-word',
      strong: false,
      target: { id: 'nmc' },
    });
    // A recognition scheme's "Program" is a form word too: "ADA Continuing Education Recognition
    // Panel" for the ADA's Program (blind mills round 95).
    expect(byName('ADA Continuing Education Recognition Panel')).toMatchObject({
      rule: 'substituted-form-word',
      strong: true,
      target: { id: 'ada-cerp' },
    });
    // A country and a profession are shared by many real bodies; this swap changes the initial.
    expect(byName('Australian Physiotherapy Council')).toBeUndefined();
    // Sister bodies share names: a society's certifying board, an association's foundation.
    expect(byName('European Board of Anaesthesiology and Intensive Care')).toBeUndefined();
    expect(byName('Hospice and Palliative Nurses Foundation')).toBeUndefined();
    // A society's school is its education arm (the European Society of Radiology's ESOR, blind
    // round 112).
    expect(byName('European School of Radiology (ESOR)')).toBeUndefined();
    // A form word of another initial changes the acronym: how real sister bodies are named
    // (Singapore's Society of Intensive Care Medicine beside the UK's Faculty; the National
    // Registry of Emergency Medical Technicians beside the National Association).
    expect(byName('Society of Intensive Care Medicine')).toBeUndefined();
    expect(byName('National Registry of Emergency Medical Technicians')).toBeUndefined();
    // Four other words kept make even such a swap an imitation (blind mills round 87).
    expect(byName('Accreditation Board for Continuing Medical Education')).toMatchObject({
      rule: 'substituted-form-word',
      strong: true,
      target: { id: 'accme' },
    });
    expect(byName('The CPD Certification Council')).toMatchObject({
      rule: 'substituted-form-word',
      target: { name: 'The CPD Certification Service' },
    });
  });

  it('3. imitates no listed mill: a name one letter from a mill is no imitation', () => {
    // "Berkley" is how pages misspell Berkeley; Barkley University is one of Axact's fake schools.
    expect(byName('Berkley University')).toBeUndefined();
  });

  it('3. a misspelt word, or a wrong expansion of a known acronym: weak', () => {
    expect(byName('Accreditation Council for Continuing Medical Educaton')).toMatchObject({
      rule: 'misspelling',
      strong: false,
      target: { id: 'accme' },
    });
    expect(byName('Accreditation Council of Pharmacy Educators (ACPE)')).toMatchObject({
      rule: 'misspelling',
      target: { id: 'acpe' },
    });
    // A describing word changed beside the acronym (blind mills round 28: "Clinical" for
    // CAPCE's "Continuing") is a changed word of the acronym too.
    expect(
      byName('Commission on Accreditation for Pre-Hospital Clinical Education (CAPCE)'),
    ).toMatchObject({ rule: 'misspelling', target: { id: 'capce' } });
    // Another country's or state's body keeps the initials: not a changed word of the acronym.
    expect(byName('Connecticut Nurses Association (CNA)')).toBeUndefined();
    expect(byName('Medical Council of India (MCI)')).toBeUndefined();
    // A sister body's form word beside its parent's acronym: the European Society of Radiology's
    // school (blind round 176).
    expect(byName('European School of Radiology (ESR)')).toBeUndefined();
    // Its words and its acronym's letters reordered together make a new name (blind mills round
    // 53: "CCCPE" for the CCCEP); reordered words beside the body's own acronym are a writer's.
    expect(byName('Council of Canadian Continuing Pharmacy Education (CCCPE)')).toMatchObject({
      rule: 'misspelling',
      target: { id: 'cccep' },
    });
    expect(byName('Council of Canadian Continuing Pharmacy Education (CCCEP)')).toBeUndefined();
    // Its other words may be other forms of the body's (blind mills round 53: "Nursing" for
    // "Nurses" beside "Council" for "Center").
    expect(byName('American Nursing Credentialing Council (ANCC)')).toMatchObject({
      rule: 'misspelling',
      target: { id: 'ancc' },
    });
    // Another form of one of its words is how pages misremember a name (blind variants round 5):
    // unverified, not a look-alike.
    expect(byName('American Registry of Radiologic Technology (ARRT)')).toBeUndefined();
    // A word known from another name is another body ("Australian"); a word neither the
    // reference data nor the taxonomy has seen, one letter from a known word, reads as a
    // misspelling ("Iceland" for "Ireland": a limit of a list of words, said in the docs).
    expect(byName('Royal Australian College of Physicians')).toBeUndefined();
    expect(byName('Royal College of Physicians of Iceland')).toMatchObject({ rule: 'misspelling' });
    // Another form of the same word is the same word, not another profession.
    expect(byName('American Nursing Credentialing Centre')).toMatchObject({
      rule: 'misspelling',
      target: { id: 'ancc' },
    });
    // A long word two letters off: dropped letters are a misspelling; two letters changed in a
    // word of the same length are another word (both are real universities).
    expect(byName('Acreditaton Council for Continuing Medical Education')).toMatchObject({
      rule: 'misspelling',
      target: { id: 'accme' },
    });
    expect(byName('University of Southampton')).toBeUndefined();
    expect(byName('University of Northampton')).toBeUndefined();
  });

  it('4. a university brand with an academic word, on another web address: weak', () => {
    expect(
      byName('Harvard Medical Academy', 'https://harvard-medical-academy.example'),
    ).toMatchObject({
      rule: 'borrowed-academic-brand',
      strong: false,
    });
    expect(byName('Harvard Medical Academy')).toBeUndefined();
    // The brand must lead the name, and every added word say what kind of school it is or what
    // it teaches: otherwise the brand is part of a place or of another body's own name.
    for (const [name, url] of [
      ['British Columbia Institute of Technology', 'https://www.bcit.ca'],
      ['Columbia Gorge Community College', 'https://www.cgcc.edu'],
      ['Harvard Macy Institute', 'https://harvardmacy.org'],
    ] as const) {
      expect(byName(name, url), name).toBeUndefined();
    }
  });

  it('never fires for known names, their variants, or real bodies that add words', () => {
    for (const name of [
      'Royal College of Physicians of London',
      'The Royal College of Physicians (London)',
      'Royal New Zealand College of General Practitioners',
      'Johns Hopkins Medicine',
      'Stanford Health Care',
      'Nursing and Midwifery Board of Ireland',
      'American Nurses Association',
    ]) {
      expect(byName(name), name).toBeUndefined();
    }
  });
});

describe('web-address rules', () => {
  it('5. a confusable host: strong', () => {
    expect(byAddress('https://xn--ccme-43d.org/')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
    });
    expect(byAddress('https://rnedscape.org/')).toMatchObject({ rule: 'confusable-host' });
    // A label mixing alphabets that spells an accreditor's acronym, whatever its own site is:
    // xn--ncc-5cd is "аncc" with a Cyrillic "а"; the ANCC's site is nursingworld.org.
    expect(byAddress('https://xn--ncc-5cd.org/')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'American Nurses Credentialing Center' },
    });
    // The same in a hyphenated part of a label: nursingwоrld-ce.org, with a Cyrillic "о".
    expect(byAddress('https://www.nursingw\u043erld-ce.org/')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'American Nurses Credentialing Center' },
    });
    // Digits for the letters they resemble, in a distinctive label only: roya1college-moc.com for
    // the RCPSC's royalcollege.ca, but u1.ac.kr is U1 University, not the University of Limerick's
    // ul.ie.
    expect(byAddress('https://roya1college-moc.com/')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
    });
    expect(byAddress('https://u1.ac.kr/')?.strong).not.toBe(true);
    // A "1" may stand for an "i" too: rcp1.ie for the RCPI's rcpi.ie (blind mills round 25).
    expect(byAddress('https://www.rcp1.ie/cpd')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'Royal College of Physicians of Ireland' },
    });
    // A hyphenated label read whole: acpe-accred1t.org spells the ACPE's acpe-accredit.org (blind
    // mills round 63); digits apart from letters are a number, not letters.
    expect(byAddress('https://www.acpe-accred1t.org/verify')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'Accreditation Council for Pharmacy Education' },
    });
    expect(byAddress('https://learn-101.example.org/')?.rule).not.toBe('confusable-host');
    // "rn" for "m", under another suffix or as a hyphenated part (blind mills round 91); a word
    // with "rn" that spells no known label is a word.
    expect(byAddress('https://www.rnonash-microcredentials.com/msk')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'Monash University' },
    });
    expect(byAddress('https://learn-nursing.example.org/')?.rule).not.toBe('confusable-host');
    // A part wholly in Cyrillic beside a Latin one: асре-accredit.org, "асре" in Cyrillic letters
    // spelling the ACPE's acronym; and a Cyrillic label under a Latin suffix: аncc.org all in
    // Cyrillic but the suffix.
    expect(byAddress('https://xn---accredit-zyh9c0hm.org/')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'Accreditation Council for Pharmacy Education' },
    });
    expect(byAddress('https://\u0430\u0441\u0440\u0435-courses.com/')).toMatchObject({
      rule: 'confusable-host',
      strong: true,
      target: { name: 'Accreditation Council for Pharmacy Education' },
    });
    // Latin letters alone spelling it are the borrowed-acronym rule's, which is weak.
    expect(byAddress('https://ancc.org/')?.strong).not.toBe(true);
  });

  it('6. a known domain embedded in another host: strong', () => {
    expect(byAddress('https://rcn.org.uk.cpd-hub.com/')).toMatchObject({
      rule: 'embedded-domain',
      strong: true,
    });
    expect(byAddress('https://accme-org.com/')).toMatchObject({ rule: 'embedded-domain' });
    // A known domain whose own label holds a hyphen, embedded whole (an imitation sweep).
    expect(byAddress('https://uni-heidelberg.de.online-cpd.net/')).toMatchObject({
      rule: 'embedded-domain',
      strong: true,
    });
    // A hyphen for the dot before the host's own suffix (blind mills round 40)…
    expect(byAddress('https://www.racgp-org.au/cpd')).toMatchObject({
      rule: 'embedded-domain',
      strong: true,
      target: { name: 'Royal Australian College of General Practitioners' },
    });
    // …or its country code moved to end the label (blind mills round 104)…
    expect(byAddress('https://www.nursingcouncil-nz.org/apc')).toMatchObject({
      rule: 'embedded-domain',
      strong: true,
      target: { name: 'Nursing Council of New Zealand' },
    });
    expect(byAddress('https://www.nursingcouncil-nz.org/apc')?.evidence).toContain(
      'nursingcouncil.org.nz',
    );
    // …but one hyphenated part with the suffix is only a label: McGill's own course site.
    expect(byAddress('https://2025.course-mcgill.ca/')?.rule).not.toBe('embedded-domain');
    expect(byAddress('https://www.relias-uk.com/')?.rule).not.toBe('embedded-domain');
  });

  it('7. a known name spelt out in the host: weak', () => {
    expect(byAddress('https://british-thoracic-society.net/')).toMatchObject({
      rule: 'spelled-name',
      strong: false,
      target: { id: 'british-thoracic-society' },
    });
  });

  it('8. a distinctive label borrowed: weak; dictionary and clinical words never', () => {
    expect(byAddress('https://accme-cme.org/')).toMatchObject({
      rule: 'borrowed-label',
      strong: false,
    });
    expect(byAddress('https://brit-thoracic-meetings.example/')).toMatchObject({
      rule: 'borrowed-label',
    });
    expect(byAddress('https://thoracic-meetings.example/')).toBeUndefined();
    expect(byAddress('https://heart-matters.example/')).toBeUndefined();
  });

  it("8. an accrediting body's acronym of five letters or more borrowed: weak", () => {
    // EACCME's own site is uems.eu; "eu.com" is a private registry's, not a public suffix.
    expect(byAddress('https://www.eaccme.eu.com/events')).toMatchObject({
      rule: 'borrowed-acronym',
      strong: false,
      target: { id: 'uems-eaccme' },
    });
    // Four letters are too often another body's acronym.
    expect(byAddress('https://acpe-pastoral.example/')?.rule).not.toBe('borrowed-acronym');
  });

  it('9. a typosquat of a distinctive label: weak', () => {
    expect(byAddress('https://acccme.org/')).toMatchObject({ rule: 'typosquat', strong: false });
    expect(byAddress('https://acme-cpd.example/')).toBeUndefined();
    // One key replaced by a far one is another name, not a slip: CRANAplus (crana.org.au) is not
    // the College of Registered Psychiatric Nurses of Alberta (crpna.ab.ca), and Nepean Blue
    // Mountains PHN (nbmphn.com.au) is not North Western Melbourne PHN (nwmphn.org.au).
    expect(byAddress('https://crana.org.au/')).toBeUndefined();
    expect(byAddress('https://nbmphn.com.au/')).toBeUndefined();
    expect(byAddress('https://crpnz.org/')).toMatchObject({ rule: 'typosquat' });
    // A dot left out of a whole known domain, or after "www" (blind mill round 34: rcnorg.uk);
    // a label that merely ends in a suffix's letters is not one.
    expect(byAddress('https://www.rcnorg.uk/accredited')).toMatchObject({
      rule: 'typosquat',
      strong: false,
      target: { id: expect.stringMatching(/rcn/) },
    });
    expect(byAddress('https://racgporg.au/')?.target.name).toBe(
      'Royal Australian College of General Practitioners',
    );
    expect(byAddress('https://wwwaccme.org/')?.target.name).toBe(
      'Accreditation Council for Continuing Medical Education',
    );
    expect(byAddress('https://nhsuk.com/')).toBeUndefined();
    expect(byAddress('https://rcnorgs.uk/')).toBeUndefined();
    // One letter written for the letter it resembles (blind mills round 41: nursingworid.org).
    expect(byAddress('https://nursingworid.org/ce')).toMatchObject({
      rule: 'typosquat',
      strong: false,
      target: { domains: expect.arrayContaining(['nursingworld.org']) },
    });
    // A hyphenated part of a label, from `typosquatPartMinLength` letters (blind mills round 61:
    // royalcolege-moc.ca.net for royalcollege.ca); a shorter part is often another body's
    // acronym (cacme-caemc.ca is the Canadian CACME's own site, one letter from accme.org).
    expect(byAddress('https://www.royalcolege-moc.ca.net/section3')).toMatchObject({
      rule: 'typosquat',
      strong: false,
      target: { id: 'rcpsc' },
    });
    expect(byAddress('https://royalcolege-moc.com/')?.evidence).toContain('holds "royalcolege"');
    expect(byAddress('https://cacme-caemc.ca/')).toBeUndefined();
  });

  it("12. the named body's own short name as a hyphenated part of another address: weak", () => {
    const { reference } = context;
    const rcn = reference.directory.byAcronym('rcn')[0];
    if (rcn === undefined) throw new Error('the RCN is in the reference data');
    const on = (url: string) => {
      const address = reference.webAddress(url);
      if (address === undefined) throw new Error(`unreadable ${url}`);
      return ownShortNameHost(address, rcn);
    };
    expect(on('https://www.rcn-cpd.com/courses')).toMatchObject({
      rule: 'own-short-name',
      strong: false,
      target: { id: rcn.id },
    });
    // Three letters alone are in many hosts: rule 8 does not read them without the name.
    expect(byAddress('https://www.rcn-cpd.com/')).toBeUndefined();
    for (const url of ['https://rcnilearning.com', 'https://rcn.org.uk', 'https://circn-cpd.com']) {
      expect(on(url)).toBeUndefined();
    }
  });

  it('never fires for known organisations’ own sites or public-suffix parts', () => {
    for (const url of [
      'https://www.accme.org/',
      'https://learning.rcn.org.uk/',
      'https://www.health.govt.nz/',
      'https://www.coursera.org/learn/x',
    ]) {
      expect(byAddress(url), url).toBeUndefined();
    }
  });
});

describe('claim rules', () => {
  const ama = context.reference.findCreditType('AMA PRA Category 1 Credit');
  const ancc = context.reference.findCreditType('ANCC contact hours');

  it('10. an acronym one letter from the accreditor whose credit it awards: weak', () => {
    if (ama === undefined) throw new Error('AMA PRA credit missing from the data');
    expect(creditOwnerLookalike(context, 'AACME', ama)).toMatchObject({
      rule: 'near-acronym-credit',
      strong: false,
      target: { id: 'accme' },
    });
    const claim = (body: string, creditType?: string) =>
      resolveClaims(
        {
          id: 'x',
          title: 'Grand rounds',
          provider: { name: 'Springfield Clinic', type: 'healthcare-organisation' },
          accreditations: [{ body, ...(creditType ? { creditType } : {}) }],
        },
        { asOf: '2026-12-06' },
      )[0]?.status;
    expect(claim('AACME', 'AMA PRA Category 1 Credit™')).toBe('lookalike');
    // The acronym a name gives in brackets is read too (blind mills round 25).
    expect(claim('American Association of Respiratory Care Educators (AARCE)', 'CRCE')).toBe(
      'lookalike',
    );
    // Or a credit named in the near acronym's own letters that is the accreditor's credit written
    // in those (IACET's warning on copycat accreditors, blind mills round 49).
    expect(
      claim(
        'International Accreditation Council for Continuing Education & Training (IACCET)',
        'IACCET CEUs',
      ),
    ).toBe('lookalike');
    expect(nearAcronymCredit(context, 'IACCET', 'IACCET CEUs')?.target.id).toBe('iacet');
    expect(nearAcronymCredit(context, 'IACCET', 'IACCET certificates')).toBeUndefined();
    // The same acronym awarding no credit, or another body's, is only unknown.
    expect(claim('AACME')).toBe('unknown');
    if (ancc === undefined) throw new Error('ANCC contact hours missing from the data');
    expect(creditOwnerLookalike(context, 'AACME', ancc)).toBeUndefined();
  });

  it("10. the accreditor's name with one word changed, awarding its credit: weak (blind mills round 36)", () => {
    const mainpro = context.reference.findCreditType('Mainpro+ Certified Activity');
    if (mainpro === undefined) throw new Error('Mainpro+ credit missing from the data');
    expect(
      creditOwnerLookalike(context, 'College of Family Practitioners of Canada', mainpro),
    ).toMatchObject({ rule: 'near-name-credit', strong: false, target: { id: 'cfpc' } });
    // One shared word besides the changed one is every royal college's: not enough.
    const rcp = context.reference.findCreditType('Royal College of Physicians CPD credits');
    if (rcp === undefined) throw new Error('the RCP CPD credit missing from the data');
    expect(creditOwnerLookalike(context, 'Royal College of Surgeons', rcp)).toBeUndefined();
    expect(creditOwnerLookalike(context, 'Royal Academy of Physicians', rcp)?.rule).toBe(
      'near-name-credit',
    );
    // Awarding another body's credit, or none, the name is only unknown.
    if (ama === undefined) throw new Error('AMA PRA credit missing from the data');
    expect(
      creditOwnerLookalike(context, 'College of Family Practitioners of Canada', ama),
    ).toBeUndefined();
  });

  it('10. never fires for short acronyms or the accreditor itself', () => {
    if (ama === undefined) throw new Error('AMA PRA credit missing from the data');
    expect(creditOwnerLookalike(context, 'ACME', ama)).toBeUndefined();
    expect(creditOwnerLookalike(context, 'ACCME', ama)).toBeUndefined();
  });
});
