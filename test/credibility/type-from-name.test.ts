/**
 * The kind a provider's name says it is (src/credibility/type-from-name.ts), and how identity uses
 * it when the catalogue gives no type: a claim scored at the claimed value, never above what the
 * catalogue's or the reference data's type says, and nothing for a name that imitates a known body.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/credibility/context.js';
import { type NamedOrganisation, resolveIdentity } from '../../src/credibility/identity.js';
import { kindFromName } from '../../src/credibility/type-from-name.js';
import { evaluateCredibility } from '../../src/index.js';

const kind = (name: string) => kindFromName(name)?.kind;

describe('kindFromName', () => {
  it('reads professional bodies, universities and health services in English', () => {
    expect(kind('Australian Dental Association')).toBe('professional-body');
    expect(kind('British Society of Gastroenterology')).toBe('professional-body');
    expect(kind('The Royal College of Radiologists E-learning Hub')).toBe('professional-body');
    expect(kind('Texas Academy of Family Physicians')).toBe('professional-body');
    expect(kind('Faculty of General Dental Practice (UK)')).toBe('professional-body');
    expect(kind('Wayne State University School of Medicine')).toBe('university');
    expect(kind('Baylor College of Medicine')).toBe('university');
    expect(kind('Trinity College Dublin - School of Nursing & Midwifery')).toBe('university');
    expect(kind('Dept. of Emergency Medicine, Queen\u2019s Univ.')).toBe('university');
    expect(kind("Boston Children's Hospital")).toBe('healthcare-organisation');
    expect(kind('MedStar Washington Hosp. Ctr. \u2013 CME Dept.')).toBe('healthcare-organisation');
  });

  it("reads the name's head: the kind word before a linking word, else the last", () => {
    expect(kind('American Hospital Association')).toBe('professional-body');
    expect(kind('Society of Hospital Pharmacists of Australia')).toBe('professional-body');
    expect(kind('University Hospitals Birmingham NHS Foundation Trust')).toBe(
      'healthcare-organisation',
    );
    expect(kind('University of Minnesota School of Nursing')).toBe('university');
    // A college of a profession is a professional body; a college of medicine a university's school.
    expect(kind('Royal College of Emergency Medicine')).toBe('professional-body');
    expect(kind('Australasian College of Paramedicine')).toBe('professional-body');
  });

  it('reads the first part of the name that says a kind', () => {
    expect(kind('Sau Po Centre on Ageing, The University of Hong Kong')).toBe('university');
    expect(kindFromName('Sau Po Centre on Ageing, The University of Hong Kong')?.words).toBe(
      'university',
    );
  });

  it('reads other languages and scripts, joined words included', () => {
    expect(kind('Sociedade Brasileira de Infectologia')).toBe('professional-body');
    expect(kind('Nederlandse Vereniging voor Heelkunde (NVvH)')).toBe('professional-body');
    expect(kind('Deutsche Gesellschaft für Kardiologie')).toBe('professional-body');
    expect(kind('Landesärztekammer Baden-Württemberg')).toBe('professional-body');
    expect(kind('Legeforeningen \u2013 lokal kurskomité')).toBe('professional-body');
    expect(kind('Ordre des infirmières et infirmiers du Québec')).toBe('professional-body');
    expect(kind('Ελληνική Καρδιολογική Εταιρεία')).toBe('professional-body');
    expect(kind('대한의사협회')).toBe('professional-body');
    expect(kind('日本医師会')).toBe('professional-body');
    expect(kind('Technische Universität München (TUM)')).toBe('university');
    expect(kind('Медицински университет \u2013 София')).toBe('university');
    // Universities of applied sciences, and Nordic definite forms, joined or not.
    expect(kind('Hogeschool Inholland')).toBe('university');
    expect(kind('Hanzehogeschool Groningen')).toBe('university');
    expect(kind('Högskolan i Borås')).toBe('university');
    expect(kind('Høgskolen i Molde')).toBe('university');
    expect(kind('OsloMet \u2013 storbyuniversitetet')).toBe('university');
    expect(kind('جامعة الإمارات العربية المتحدة')).toBe('university');
    expect(kind('Universitätsklinikum Heidelberg')).toBe('healthcare-organisation');
    expect(kind('Assistance Publique \u2013 Hôpitaux de Paris')).toBe('healthcare-organisation');
  });

  it('leaves unread the words trainers and mills name themselves with as often as real bodies', () => {
    for (const name of [
      'CPD Academy',
      'Global Crescent Medical Academy',
      'International Council for Health Accreditation',
      'American Board of Geriatric Medicine',
      'Kilnsey Nurse Leaders Institute',
      'Speech Pathology Australia',
      'Hamad Medical Corporation',
      'Meditrain Gesellschaft mbH',
    ]) {
      expect(kindFromName(name), name).toBeUndefined();
    }
  });

  it('does not depend on case, accents or a leading "The"', () => {
    const names = fc.constantFrom(
      'Australian Dental Association',
      'Boston Children\u2019s Hospital',
      'Universiteit Leiden',
      'Société française de cardiologie',
      'Speech Pathology Australia',
    );
    fc.assert(
      fc.property(names, fc.boolean(), (name, upper) => {
        const variant = `The ${upper ? name.toUpperCase() : name.toLowerCase()}`;
        expect(kind(variant)).toBe(kind(name));
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const read = kindFromName(name);
        expect(read === undefined || typeof read.words === 'string').toBe(true);
      }),
    );
  });
});

describe('a provider whose catalogue gives no type', () => {
  const context = createContext({ asOf: '2026-12-06' });
  const identify = (org: Partial<NamedOrganisation> & { name: string }, courseUrl?: string) =>
    resolveIdentity(context, { type: 'unknown', ...org }, courseUrl);
  /** The report of a one-line row naming only its provider, and its provider factor. */
  const evaluateRow = (name: string) => {
    const report = evaluateCredibility(
      { id: 'row', title: 'Acute medicine update', provider: { name, type: 'unknown' } },
      { asOf: '2026-12-06' },
    );
    return { report, provider: report.factors.find((f) => f.id === 'provider') };
  };

  it('is scored as the kind its name says, claimed, with the evidence', () => {
    const ada = identify({ name: 'Aldenmoor Dental Association' });
    expect(ada).toMatchObject({ type: 'professional-body', status: 'claimed' });
    expect(ada.evidence.join(' ')).toMatch(
      /its name \("association"\) says professional-body, a claim/,
    );
    expect(evaluateRow('Aldenmoor Dental Association').provider).toMatchObject({
      known: true,
      score: 0.45,
    });
  });

  it('keeps the type the catalogue, the registry or a web address gives', () => {
    expect(identify({ name: 'Acme Hospital Society', type: 'education-company' }).type).toBe(
      'education-company',
    );
    // An academic domain says university, whatever the name's words.
    expect(identify({ name: 'Nursing Society', url: 'https://nursing.example.ac.uk' }).type).toBe(
      'university',
    );
    // A name that says nothing stays unknown: not knowing is not a fault.
    expect(identify({ name: 'Quillmoor Speech Pathology' }).type).toBe('unknown');
  });

  it('is a registered partner on a curated platform, as one whose type is given', () => {
    const leiden = identify(
      { name: 'Universiteit Aldenmoor' },
      'https://www.coursera.org/learn/clinical-research',
    );
    expect(leiden).toMatchObject({
      type: 'university',
      status: 'registered',
      basis: 'platform-partner',
    });
    const open = identify({ name: 'Aldenmoor University' }, 'https://www.udemy.com/course/x');
    expect(open).toMatchObject({ type: 'university', status: 'claimed' });
  });

  it('earns nothing for its kind when its name imitates a known body', () => {
    const { report, provider } = evaluateRow('Royal College of Nursng');
    expect(provider).toMatchObject({ known: true, score: 0 });
    expect(report.flags.map((f) => f.code)).toContain('lookalike-provider');
  });
});
