import { describe, expect, it } from 'vitest';
import { evaluateCredibility, resolveClaims } from '../../src/credibility/index.js';
import { parseCourse } from '../../src/model/index.js';

const resolve = (body: string, extra: Record<string, unknown> = {}) =>
  resolveClaims(
    parseCourse({
      id: 'x',
      title: 't',
      provider: { name: 'Some Provider' },
      accreditations: [{ body, ...extra }],
    }),
    { asOf: '2026-11-28' },
  )[0]!;

describe('resolving accreditation claims as catalogues write them', () => {
  it.each([
    ['ANCC (American Nurses Credentialing Center)', 'ancc'],
    ['Accredited by the ACCME®', 'accme'],
    ['Jointly Accredited Provider', 'joint-accreditation'],
    ['European Accreditation Council for Continuing Medical Education', 'uems-eaccme'],
    ['Royal College of Nursing', 'rcn'],
    ['RCN Accreditation', 'rcn'],
    ['CFPC Mainpro+', 'cfpc'],
    ['RCPSC MOC', 'rcpsc'],
    [
      'Australasian College of Pharmacy (authorised by the Australian Pharmacy Council to accredit pharmacist CPD)',
      'acp-au',
    ],
    ['AMA PRA Category 1 Credits™', 'ama-pra'],
  ])('%s → %s', (body, id) => {
    const r = resolve(body);
    expect(r.status).toBe('recognised');
    expect(r.accreditor?.id).toBe(id);
  });

  it('reads an accreditor’s acronym in brackets after the provider it accredits, not after a name of its own', () => {
    // Listing sites and joint providers write each credit's accredited provider with its
    // accreditor (blind rounds 17, 30, 55, 78).
    for (const [body, id] of [
      ['Medscape, LLC (ACCME)', 'accme'],
      ['Rush University Medical Center (ANCC)', 'ancc'],
      ['American College of Clinical Pharmacy (ACPE)', 'acpe'],
    ] as const) {
      const r = resolve(body);
      expect(r.status, body).toBe('recognised');
      expect(r.accreditor?.id, body).toBe(id);
      expect(r.evidence).toContain('in brackets after');
    }
    // The bracket is the name's own acronym: the Association for Clinical Pastoral Education.
    expect(resolve('Association for Clinical Pastoral Education, Inc. (ACPE)').status).toBe(
      'unknown',
    );
    // A name that reads as an accrediting body itself, or shares most of the accreditor's words.
    expect(resolve('Global CME Accreditation Board (ACCME)').status).not.toBe('recognised');
    expect(resolve('Continuing Medical Education Council of America (ACCME)').status).not.toBe(
      'recognised',
    );
  });

  it('counts nothing for a pending accreditation, whoever is named', () => {
    const r = resolve('AMA PRA Category 1 Credits™ pending', { credits: 6 });
    expect(r.status).toBe('pending');
    expect(r.accreditor).toBeUndefined();
  });

  it('reads an accreditation number still to come as pending, keeping the credit it names (blind mills round 49)', () => {
    const r = resolve('Australian Pharmacy Council', {
      creditType: 'Group 2 CPD credits',
      credits: 10,
      unit: 'credits',
      reference: 'pending',
    });
    expect(r.status).toBe('pending');
    // Its credit's rule still says what ten of them stand for (half an hour each).
    expect(r.credit?.id).toBe('au-pharmacy-cpd-group-2');
    expect(resolve('Australian Pharmacy Council', { reference: 'TBC' }).status).toBe('pending');
    expect(resolve('Australian Pharmacy Council', { reference: 'APC-2025-118' }).status).toBe(
      'recognised',
    );
  });

  it('reads a credit type that says pending as pending (blind mills rounds 41 to 45)', () => {
    const r = resolve('Royal College of Physicians and Surgeons of Canada', {
      creditType: 'MOC Section 1 (accreditation pending)',
      credits: 6,
    });
    expect(r.status).toBe('pending');
    // The Royal College forbids saying so in program materials: the flag cites its rule.
    expect(r.pendingForbiddenBy?.id).toBe('rcpsc');
    expect(
      resolve('Saudi Commission for Health Specialties', {
        creditType: 'CME hours (under process)',
      }).status,
    ).toBe('pending');
    expect(
      resolve('Royal College of Physicians and Surgeons of Canada', { creditType: 'MOC Section 1' })
        .status,
    ).toBe('recognised');
  });

  it('flags a pending claim only where the accreditor forbids saying so', () => {
    const flagsOf = (body: string, creditType: string) =>
      evaluateCredibility(
        parseCourse({
          id: 'x',
          title: 't',
          provider: { name: 'Some Provider' },
          accreditations: [{ body, creditType }],
        }),
        { asOf: '2026-11-28' },
      ).flags.map((f) => `${f.severity}:${f.code}`);
    expect(
      flagsOf('Royal College of Physicians and Surgeons of Canada', 'MOC Section 1 (pending)'),
    ).toContain('warning:forbidden-pending-claim');
    // The credit's owner forbids it whoever is named: the Royal College's MOC Section 1 beside
    // a body misnamed "Royal College of Physicians of Canada" (blind mills round 56).
    expect(
      flagsOf('Royal College of Physicians of Canada', 'MOC Section 1 (accreditation pending)'),
    ).toContain('warning:forbidden-pending-claim');
    expect(flagsOf('RACGP', 'CPD points (pending accreditation)')).not.toContain(
      'warning:forbidden-pending-claim',
    );
  });

  it('flags credit said to be granted after the activity, in its reference or its credit’s name', () => {
    const flagsOf = (claim: Record<string, unknown>) =>
      evaluateCredibility(
        parseCourse({
          id: 'x',
          title: 't',
          provider: { name: 'Some Provider' },
          accreditations: [{ body: 'HPCSA', credits: 30, unit: 'ceu', ...claim }],
        }),
        { asOf: '2026-11-28' },
      ).flags.map((f) => `${f.severity}:${f.code}`);
    expect(flagsOf({ reference: 'retroactive approval' })).toContain(
      'warning:retroactive-accreditation',
    );
    // "Retrospective CEUs" for any uploaded certificate (blind mills round 95).
    expect(flagsOf({ creditType: 'retrospective CEUs' })).toContain(
      'warning:retroactive-accreditation',
    );
    expect(flagsOf({ creditType: 'Backdated CPD points' })).toContain(
      'warning:retroactive-accreditation',
    );
    expect(flagsOf({ creditType: 'CEUs' })).not.toContain('warning:retroactive-accreditation');
  });

  it('finds listed bodies written with abbreviations, hidden breaks or a leading acronym', () => {
    expect(resolve("accredited by ACI – Accrediting Commission Int'l").status).toBe('unrecognised');
    expect(resolve('Accrediting Commission Inter\u200Bnational').status).toBe('unrecognised');
    // Greek capitals imitating ACPE, before "-accredited provider".
    expect(resolve('\u0391C\u03A1\u0395-accredited provider').status).toBe('lookalike');
  });

  it('reads a listed body with one word added as that body (blind mills round 131)', () => {
    const grown = resolve(
      'International Accreditation Agency for Online Health Universities (IAAOHU)',
    );
    expect(grown.status).toBe('unrecognised');
    expect(grown.evidence).toContain(
      'International Accreditation Agency for Online Universities, listed as unrecognised by',
    );
    // A listed name of under five words with a word added is left to the look-alike rules: a
    // real body's name may be such a name with a word more.
    expect(resolve('Accrediting Commission International Nursing').status).not.toBe('unrecognised');
    // A name of no listed body is unknown, whatever word is taken out.
    expect(resolve('International Council for Online Health Education').status).toBe('unknown');
  });

  it('does not take a body written to hide itself for the body', () => {
    expect(resolve('Accredited by the AC\u200bCME').status).toBe('lookalike');
    expect(resolve('\uff32\uff23\uff2e Accredited').status).toBe('lookalike');
    // A listed body stays listed however it is written.
    expect(resolve('Accrediting Commission Inter\u200Bnational').status).toBe('unrecognised');
  });

  it('reads a credit type written with its long name in brackets, or by the body’s most generous credit', () => {
    const claim = (creditType?: string) =>
      resolve('Royal College of Physicians and Surgeons of Canada (RCPSC)', {
        credits: 1.5,
        unit: 'credits',
        ...(creditType === undefined ? {} : { creditType }),
      });
    // MOC Section 3 is three credits an hour: 1.5 credits stand for half an hour.
    expect(claim('MOC Section 3 (Accredited Self-Assessment Program)')).toMatchObject({
      credit: { id: 'rcpsc-section-3' },
      hours: 0.5,
    });
    // Not saying which: read as the most generous of the College's credits, not as an hour each.
    expect(claim()).toMatchObject({ hours: 0.5 });
    expect(claim().credit).toBeUndefined();
  });

  it('does not let an unknown body borrow a famous credit type', () => {
    expect(resolve('Global CME Board', { creditType: 'AMA PRA Category 1 Credit' }).status).toBe(
      'unknown',
    );
  });

  it('calls near-misses look-alikes, never recognised', () => {
    expect(resolve('Accreditation Council for Continuing Medical Educaton').status).toBe(
      'lookalike',
    );
    expect(resolve('American Nurses Credentialling Centre').status).toBe('lookalike');
    // One imitation among the bodies a claim lists taints it, whatever else it names.
    expect(
      resolve('AMA PRA Cat. 1 / Accreditation Council for Continuing Medial Education (ACCME)')
        .status,
    ).toBe('lookalike');
    expect(resolve('ACCME/ANCC').status).toBe('recognised');
    // …whether or not the list as a whole names known bodies; an unknown part is only unknown.
    expect(resolve('ACCME / Accreditation Counsil for Pharmacy Education').status).toBe(
      'lookalike',
    );
    expect(resolve('ACCME, Global CME Board').status).toBe('unknown');
    // A list's closing "and" is no part of the last body's name, and a part that names a
    // recognised body is that body (Medscape's joint accreditation, blind round 54).
    expect(
      resolve(
        'Accreditation Council for Continuing Medical Education (ACCME), Accreditation Council for Pharmacy Education (ACPE), and American Nurses Credentialing Center (ANCC) (Joint Accreditation)',
      ).status,
    ).toBe('recognised');
    expect(
      resolve('AMA PRA Cat. 1, and Accreditation Council for Continuing Medial Education (ACCME)')
        .status,
    ).toBe('lookalike');
    // A name imitating a body does not become the body by its acronym in brackets (blind mills
    // round 102), while the body's own name with it still is.
    expect(resolve('American Nurses Credentialing Commission (ANCC)').status).toBe('lookalike');
    expect(resolve('American Nurses Credentialing Center (ANCC)').status).toBe('recognised');
    expect(resolve('Royal College of Nursing (RCN)').status).toBe('recognised');
  });

  it('finds a recognised body named inside a whole sentence, but not inside a longer name', () => {
    const sentence = resolve(
      'Approved provider of nursing continuing professional development by the Mississippi Nurses Foundation, an accredited approver by the American Nurses Credentialing Center’s Commission on Accreditation',
    );
    expect(sentence).toMatchObject({ status: 'recognised', accreditor: { id: 'ancc' } });
    expect(sentence.evidence).toContain('within the sentence');
    // Sentences in the listed bodies' languages too.
    expect(
      resolve(
        'Zertifiziert von der Akademie für Ärztliche Fortbildung nach den Fortbildungsrichtlinien der Landesärztekammer Rheinland-Pfalz',
      ).status,
    ).toBe('recognised');
    // A body named by its own name whose approval scheme is on its site: the American
    // Psychological Association's CE Sponsor Approval (blind round 29).
    expect(resolve('American Psychological Association (approved sponsor)')).toMatchObject({
      status: 'recognised',
      accreditor: { id: 'apa-ce' },
    });
    // Italian plurals as well as singulars ("accreditati", "accreditate").
    expect(
      resolve(
        'Eventi accreditati per 12 crediti dalla Commissione Nazionale per la Formazione Continua',
      ).status,
    ).toBe('recognised');
    // A name that contains a recognised one is for the look-alike rules, not recognition.
    expect(resolve('Royal College of Nursing Accreditation Institute').status).not.toBe(
      'recognised',
    );
    // A listed unrecognised body named in a sentence is an accusation with evidence.
    expect(
      resolve(
        'This programme is fully accredited and its diplomas are recognised through the World Association of Universities and Colleges',
      ).status,
    ).toBe('unrecognised');
  });

  it('does not read generic credit words as a commercial accreditor’s credit', () => {
    // "CPD hours" beside the provider's own name once resolved to The CPD Certification Service.
    const own = resolveClaims(
      parseCourse({
        id: 'x',
        title: 't',
        provider: { name: 'Some Provider' },
        accreditations: [{ body: 'Some Provider', creditType: 'CPD hours', credits: 3 }],
      }),
      { asOf: '2026-11-28' },
    )[0]!;
    expect(own.accreditor).toBeUndefined();
    expect(own.status).toBe('unknown');
  });

  it('converts credit to hours by the credit rule', () => {
    expect(resolve('ACCME', { creditType: 'AMA PRA Category 1 Credit', credits: 2 }).hours).toBe(2);
    expect(resolve('IACET', { credits: 0.6, unit: 'ceu' }).hours).toBeCloseTo(6);
  });

  it('explains credit by the reading its hours came from: academic only when read as academic', () => {
    const message = (claim: Record<string, unknown>) =>
      evaluateCredibility(
        parseCourse({
          id: 'x',
          title: 't',
          provider: { name: 'P' },
          durationHours: 2,
          accreditations: [{ body: 'Some Council', ...claim }],
        }),
        { asOf: '2026-11-28' },
      ).flags.find((f) => f.code === 'implausible-credit')?.message;
    expect(resolve('Some Council', { creditType: 'ECTS', credits: 3 }).academicUnit).toBe('ects');
    expect(message({ creditType: 'ECTS', credits: 3 })).toMatch(
      /at least 7\.5 hours of guided study/,
    );
    // Thirty "ECTS" in hours are read as hours, and said to be.
    expect(
      resolve('Some Council', { creditType: 'ECTS', credits: 30, unit: 'hours' }).academicUnit,
    ).toBeUndefined();
    expect(message({ creditType: 'ECTS', credits: 30, unit: 'hours' })).toMatch(
      /stands for about 30 hours\.$/,
    );
  });
});

describe('a claimed body’s short site label one typing slip from the offering’s address', () => {
  const claimFrom = (url: string, body: string, provider = 'Northgate CE Online') =>
    resolveClaims(
      parseCourse({
        id: 'x',
        title: 't',
        provider: { name: provider, url },
        url: `${url}/course`,
        accreditations: [{ body }],
      }),
      { asOf: '2026-12-07' },
    )[0]!;

  it('reads the claim as impersonated beside a distinctive label (blind mills round 69)', () => {
    for (const [url, body] of [
      ['https://awsb.org', 'ASWB ACE'],
      ['https://www.aafpp.org', 'American Academy of Family Physicians'],
    ] as const) {
      const r = claimFrom(url, body);
      expect(r.status, url).toBe('impersonated');
      expect(r.evidence).toMatch(/one letter away from/);
    }
  });

  it('reads a look-alike letter, and a slip in a hyphenated part of the label (blind mills rounds 20, 90)', () => {
    for (const [url, body] of [
      ['https://www.lcgp.ie', 'Irish College of General Practitioners'],
      ['https://www.rcpl-ireland.ie', 'Royal College of Physicians of Ireland'],
    ] as const) {
      expect(claimFrom(url, body).status, url).toBe('impersonated');
    }
  });

  it('reads only a doubled letter from a label of three letters, nor anything from the body’s own site', () => {
    // The RCN's rcn.org.uk with its last letter doubled (blind mills rounds 66 and 69).
    expect(claimFrom('https://www.rcnn.org.uk', 'Royal College of Nursing').status).toBe(
      'impersonated',
    );
    // Sister bodies' sites are short labels one other letter apart: the Romanian dentists'
    // college's cmdr.ro beside the doctors' cmr.ro.
    expect(
      claimFrom('https://www.cmdr.ro', 'Colegiul Medicilor din România', 'Clinica Dentara').status,
    ).not.toBe('impersonated');
    expect(claimFrom('https://www.aswb.org', 'ASWB ACE', 'ASWB').status).toBe('recognised');
  });
});
