import { describe, expect, it } from 'vitest';
import { readClaimText, saysPending } from '../../src/credibility/claim-text.js';
import { defaultReference } from '../../src/reference/reference.js';

describe('readClaimText: claims as catalogues write them', () => {
  it.each([
    [
      'Accredited by the Royal College of Physicians of London for 6 CPD credits',
      'Royal College of Physicians of London',
      'CPD credits',
    ],
    // An amount of credit after the body, in brackets, after "for" or after a comma; before it.
    ['ANCC (1.5 contact hours)', 'ANCC', 'contact hours'],
    ['ACPE accredited for 3 contact hours', 'ACPE', 'contact hours'],
    ['RCN-accredited, 3 CPD hours', 'RCN', 'CPD hours'],
    ['RCN-accredited', 'RCN', undefined],
    ['RCN Accreditation', 'RCN', undefined],
    [
      'Royal College of Physicians and Surgeons of Canada MOC Section 3',
      'Royal College of Physicians and Surgeons of Canada',
      'MOC Section 3',
    ],
    ['AMA PRA Category 1 Credits™', 'AMA PRA', 'Category 1 Credits'],
    // Roman numerals, and a closing "program" (name-variant round 3).
    ['AMA PRA Category I Credit™', 'AMA PRA', 'Category I Credit'],
    ['the ACRRM PDP program', 'ACRRM PDP', 'program'],
    ['CFPC Mainpro+', 'CFPC', 'Mainpro+'],
    [
      'The CPD Certification Service - CPD Accredited Activity',
      'CPD Certification Service',
      'CPD Accredited Activity',
    ],
    ['ACPE-accredited provider', 'ACPE', undefined],
    ['RCOG CPD programme', 'RCOG', 'CPD programme'],
    ['RCSI Professional Competence Scheme', 'RCSI', 'Professional Competence Scheme'],
    // NCCAOM's professional development activities (name-variant round 5).
    ['NCCAOM PDA Provider', 'NCCAOM', 'PDA Provider'],
    // The AMA's designation statement, whole or cut short as a scraper leaves it.
    [
      'The Johns Hopkins University School of Medicine designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.',
      'Johns Hopkins University School of Medicine',
      'AMA PRA Category 1 Credits',
    ],
    [
      'Boston University School of Medicine designates this enduring material',
      'Boston University School of Medicine',
      undefined,
    ],
  ])('%s', (text, body, scheme) => {
    const read = readClaimText(text);
    expect(read.body).toBe(body);
    expect(read.scheme).toBe(scheme);
    expect(read.candidates[0]).toBe(body);
  });

  it('keeps a name that ends in an accreditation word as a candidate', () => {
    expect(readClaimText('Jointly accredited by Joint Accreditation').candidates).toContain(
      'Joint Accreditation',
    );
  });

  it('reads the body of an accreditation sentence, and its owner for "X’s Commission on Accreditation"', () => {
    const read = readClaimText(
      'Cleveland Clinic is accredited as a provider of nursing continuing professional development by the American Nurses Credentialing Center’s Commission on Accreditation.',
    );
    expect(read.candidates).toContain('American Nurses Credentialing Center');
  });

  it('ends a name at a purpose in lower case after "for", tried last (blind round 86)', () => {
    const candidates = (text: string) => readClaimText(text).candidates;
    const read = candidates(
      'Approved by the Federation of the Royal Colleges of Physicians of the UK for distance learning CPD',
    );
    expect(read.at(-1)).toBe('Federation of the Royal Colleges of Physicians of the UK');
    expect(
      candidates('Quizzes are endorsed by the RNZCGP for allocation of CPD credits'),
    ).toContain('RNZCGP');
    // A capital, or "for the", may continue the name.
    expect(
      candidates('Accredited by the Accreditation Council for Continuing Medical Education'),
    ).not.toContain('Accreditation Council');
    expect(
      candidates('Accredited by the Royal College of Nursing for the Advancement of Practice'),
    ).not.toContain('Royal College of Nursing');
  });

  it('tries each part of "ACRONYM – Name" as the name', () => {
    expect(readClaimText("accredited by ACI – Accrediting Commission Int'l").candidates).toEqual(
      expect.arrayContaining(['ACI', "Accrediting Commission Int'l"]),
    );
  });

  it("reads each piece of a listing site's compressed claim string as a claim of its own", () => {
    // Blind round 30: CME aggregators write every accreditation in one string.
    expect(
      readClaimText(
        'CME / ABIM MOC / CE — AMA PRA Cat 1: 0.25 | ANCC: 0.25 | ACPE: 0.25 (0.025 CEUs)',
      ).candidates,
    ).toEqual(expect.arrayContaining(['AMA PRA', 'ANCC', 'ACPE']));
    expect(readClaimText('CME: 1.0 AMA PRA Category 1 Credit™').candidates).toContain('AMA PRA');
    expect(
      readClaimText(
        'AMA PRA Category 1 Credit™ per module — certified by Cleveland Clinic Center for Continuing Education (ACCME); 80% pass',
      ).candidates,
    ).toContain('AMA PRA');
    // The whole text's own reading comes first.
    const read = readClaimText('ACCME | AMA PRA Category 1 Credit');
    expect(read.candidates[0]).toBe(read.body);
  });

  it('tells a pending accreditation from a granted one', () => {
    expect(readClaimText('AMA PRA Category 1 Credits™ pending').pending).toBe(true);
    expect(readClaimText('ACCME accreditation applied for').pending).toBe(true);
    expect(readClaimText('CPD accreditation: application submitted').pending).toBe(true);
    expect(readClaimText('Accredited by the ACCME').pending).toBe(false);
    expect(saysPending('CME hours (accreditation under process)')).toBe(true);
    // A number still to come (blind mills round 88).
    expect(saysPending('to follow')).toBe(true);
    expect(saysPending('accreditation no. to follow')).toBe(true);
    expect(saysPending('MOC Section 1')).toBe(false);
  });

  it('tells a requirement mention from an approval', () => {
    expect(readClaimText('Counts towards NMC revalidation').requirementMention).toBe(true);
    expect(readClaimText('NMC approved').requirementMention).toBe(false);
  });
});

describe('standard statements resolve to their body', () => {
  const reference = defaultReference();
  it('every statement in the data, filled in, names its own accreditor', () => {
    const wrong: string[] = [];
    for (const accreditor of reference.data.accreditors) {
      for (const { text } of accreditor.statements) {
        const filled = text.replace(/\[n\]/gi, '2').replace(/\[[^\]]*\]/g, 'Mercy Health System');
        const found = reference.findAccreditorByStatement(filled);
        if (found?.id !== accreditor.id)
          wrong.push(`${accreditor.id}: ${found?.id} ← ${text.slice(0, 60)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('does not match text that only mentions a body', () => {
    expect(reference.findAccreditorByStatement('ACCME')).toBeUndefined();
  });
});

describe('the AMA designation statement, resolved', () => {
  it('is the named provider designating the AMA credit, under the ACCME system', async () => {
    const { resolveClaims } = await import('../../src/credibility/claims.js');
    const course = {
      id: 'bu',
      title: 'Scope of Pain',
      provider: { name: 'Boston University School of Medicine', type: 'university' as const },
      accreditations: [
        {
          body: 'Boston University School of Medicine designates this enduring material for a maximum of 3 AMA PRA Category 1 Credits™.',
        },
      ],
    };
    const [claim] = resolveClaims(course, { asOf: '2026-12-06' });
    expect(claim?.status).toBe('recognised');
    expect(claim?.credit?.name).toMatch(/AMA PRA Category 1/);
    // The control: the same provider naming no credit is unknown, not recognised.
    const [bare] = resolveClaims(
      { ...course, accreditations: [{ body: 'Boston University School of Medicine' }] },
      { asOf: '2026-12-06' },
    );
    expect(bare?.status).toBe('unknown');
  });
});
