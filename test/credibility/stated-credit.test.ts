import { describe, expect, it } from 'vitest';
import { evaluateCredibility } from '../../src/credibility/evaluate.js';
import { statedCredit } from '../../src/credibility/stated-credit.js';
import type { Course } from '../../src/model/index.js';
import { rowsFrom } from '../support/rows.js';

const asOf = '2026-12-07';

const row = rowsFrom('Quick CPD Hub');

const creditFlags = (course: Course) =>
  evaluateCredibility(course, { asOf }).flags.filter((f) => f.code === 'implausible-credit');

describe('credit an offering’s title claims', () => {
  it('reads an amount, a credit’s words and a unit of credit', () => {
    expect(statedCredit('Revalidation in a Day: 35 CPD hours + RCN accreditation')).toEqual({
      credits: 35,
      unit: 'hours',
      phrase: '35 CPD hours',
    });
    expect(statedCredit('Get All 20 Credits for Licence Renewal in One Webinar')).toMatchObject({
      credits: 20,
      unit: 'credits',
    });
    expect(statedCredit('Florida Nursing CE Bundle – 24 Contact Hours')?.unit).toBe(
      'contact-hours',
    );
    expect(statedCredit('Wound Care Update: 3 CEUs')?.unit).toBe('ceu');
    // Hours joined to a credit's word ("10 Hours Verifiable CPD", "75-Hour Enhanced CPD Cycle").
    expect(
      statedCredit('45-Minute Dental Radiography Update – 10 Hours Verifiable CPD'),
    ).toMatchObject({
      credits: 10,
      unit: 'hours',
    });
    expect(statedCredit('Complete 75-Hour Enhanced CPD Cycle in One Day')?.credits).toBe(75);
    // A certificate records credit (blind mills round 101).
    expect(statedCredit('Annual CPD in One Hour: 20-Hour Nursing CPD Certificate')?.credits).toBe(
      20,
    );
    // An acronym is a credit's word ("All 35 NMC CPD hours").
    expect(statedCredit('All 35 NMC CPD hours, 20 participatory')?.credits).toBe(35);
  });

  it('does not read hours with no credit’s word, which may be a length', () => {
    expect(statedCredit('Sepsis: a 2 hours primer')).toBeUndefined();
    expect(statedCredit('Basic Life Support in 4 hours')).toBeUndefined();
    // A length with the activity named after it.
    expect(statedCredit('40-hour CPD course in wound care')).toBeUndefined();
  });

  it('does not read a requirement, a range or a credit’s name as a claim', () => {
    expect(statedCredit('Meet your 24 contact hours requirement')).toBeUndefined();
    expect(statedCredit('Earn up to 12 CPD hours')).toBeUndefined();
    expect(statedCredit('Counts towards 35 CPD hours')).toBeUndefined();
    expect(statedCredit('20 CPD hours per year, made easy')).toBeUndefined();
    expect(statedCredit('Diabetes Update (3 AMA PRA Category 1 Credits™)')).toBeUndefined();
  });

  it('leaves points to each scheme, and two different amounts unread', () => {
    expect(statedCredit('All 50 KMPDC CPD points in one webinar')).toBeUndefined();
    expect(statedCredit('6 CPD hours (or 3 CPD hours online)')).toBeUndefined();
  });
});

describe('the credit a title claims, against the offering’s length', () => {
  it('warns where the title’s credit exceeds the length its words give', () => {
    const flags = creditFlags(
      row({
        title: 'Revalidation in a Day: 35 CPD hours + RCN accreditation',
        description: 'All 35 NMC CPD hours, including 20 participatory, in one 7-hour online day.',
      }),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]?.severity).toBe('warning');
    expect(flags[0]?.message).toContain(
      '35 hours (as its title says: "35 CPD hours") claimed for 7 hours',
    );
    expect(flags[0]?.message).toContain('"7-hour"');
  });

  it('reads the length from the days a title states, and from the catalogue', () => {
    const weekend = creditFlags(
      row({ title: 'PCS Annual Bundle — All 50 CPD Credits in One Weekend (Online)' }),
    );
    expect(weekend[0]?.message).toContain('at most 24 hours');
    const column = creditFlags(row({ title: '8 CPD Credits: Asthma video', durationHours: 2 }));
    expect(column).toHaveLength(1);
    expect(
      evaluateCredibility(row({ title: '8 CPD Credits: Asthma video', durationHours: 2 }), { asOf })
        .grade,
    ).toMatch(/[DE]/);
  });

  it('says nothing where the credit fits, the length is unknown, or a claim states the amount', () => {
    expect(creditFlags(row({ title: 'Asthma Update: 2 CPD hours', durationHours: 2 }))).toEqual([]);
    expect(creditFlags(row({ title: 'NMC Revalidation Pack: 35 CPD Hours' }))).toEqual([]);
    // The claim's own amount is the factor's to check: no second flag from the title.
    const claimed = creditFlags(
      row({
        title: 'Asthma: 8 CPD Credits',
        durationHours: 2,
        accreditations: [{ body: 'Invented CPD Council', credits: 8, unit: 'credits' }],
      }),
    );
    expect(claimed).toHaveLength(1);
    expect(claimed[0]?.message).not.toContain('as its title says');
  });
});
