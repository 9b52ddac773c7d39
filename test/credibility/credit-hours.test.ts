import { describe, expect, it } from 'vitest';
import {
  academicClaimHours,
  academicUnitOf,
  checkCredit,
  claimHours,
  leastClaimHours,
} from '../../src/credibility/credit-hours.js';
import { DEFAULT_POLICY } from '../../src/credibility/defaults.js';
import { defaultReference } from '../../src/reference/reference.js';

const ama = defaultReference().findCreditType('AMA PRA Category 1 Credit')?.credit;

describe('credit and hours', () => {
  it('converts by the credit rule, else by the unit’s most generous convention', () => {
    expect(claimHours({ body: 'x', credits: 2 }, ama, true)).toBe(2);
    expect(claimHours({ body: 'x', credits: 6, unit: 'ceu' }, undefined, false)).toBe(4);
    expect(claimHours({ body: 'x', credits: 2, unit: 'ects' }, undefined, false)).toBe(50);
    // A credit type with no hours rule of its own is read by the claim's unit (ADA CERP credits).
    const cerp = defaultReference().findCreditType('ADA CERP credit')?.credit;
    expect(cerp?.minutesPerUnit).toBeUndefined();
    expect(claimHours({ body: 'x', credits: 16, unit: 'hours' }, cerp, true)).toBe(16);
  });

  it('reads credits named only in another script, beside no recognised body, as that scheme’s points (blind round 165)', () => {
    // The Japanese Society of Internal Medicine's 10 renewal units for a 3-hour session.
    const units = { body: '日本内科学会 認定内科医 更新', creditType: '研修取得単位', credits: 10 };
    expect(claimHours({ ...units, unit: 'credits' }, undefined, false)).toBe(1.5);
    expect(claimHours(units, undefined, false)).toBe(1.5);
    // Hours stay hours, a Latin credit type stays credits, and a recognised body's credit its own.
    expect(claimHours({ ...units, unit: 'hours' }, undefined, false)).toBe(10);
    expect(claimHours({ ...units, creditType: 'CME credits' }, undefined, false)).toBe(10);
    expect(claimHours({ ...units, unit: 'credits' }, undefined, true)).toBe(10);
  });

  it('reads a claim of academic credit by its system, as the university factor does (blind mills round 54)', () => {
    const claim = (creditType: string, credits: number) => ({ body: 'X', creditType, credits });
    expect(academicUnitOf(claim('Graduate semester credit hours', 12))).toBe('us-credit-hours');
    expect(academicUnitOf(claim('graduate quarter credits', 6))).toBe('us-credit-hours');
    expect(academicUnitOf(claim('CATS credits (FHEQ Level 7)', 60))).toBe('uk-credits');
    expect(academicUnitOf(claim('ECTS (Swiss CAS minimum)', 10))).toBe('ects');
    // CME schemes write their hours as "credit hours": not academic.
    expect(academicUnitOf(claim('CME credit hours', 6))).toBeUndefined();
    // 12 US credit hours are at least 12 × 25 × 0.3 = 90 guided hours.
    expect(academicClaimHours(claim('Graduate semester credit hours', 12), undefined, 0.3)).toEqual(
      { hours: 90, unit: 'us-credit-hours' },
    );
    // A claim in the ECTS unit is academic credit whatever its words: 5.5 ECTS for a 43-hour
    // lifelong-learning programme at a university (blind round 106) stands for at least 41.25
    // guided hours, not 137.5 hours of contact.
    expect(
      academicClaimHours(
        { body: 'Faculty of Medicine', credits: 5.5, unit: 'ects' },
        undefined,
        0.3,
      ),
    ).toEqual({ hours: 41.25, unit: 'ects' });
    // Another unit is read by its own convention.
    expect(
      academicClaimHours({ ...claim('ECTS', 2), unit: 'hours' as const }, undefined, 0.3),
    ).toBeUndefined();
  });

  it("reads Australian pharmacy CPD credits by the group the claim names (the Pharmacy Guild's rates)", () => {
    const group = (n: number) =>
      defaultReference().findCreditType(`Group ${n} CPD credits`)?.credit;
    expect(claimHours({ body: 'x', credits: 10, unit: 'credits' }, group(2), true)).toBe(5);
    expect(claimHours({ body: 'x', credits: 2, unit: 'credits' }, group(1), true)).toBe(2);
    expect(claimHours({ body: 'x', credits: 3, unit: 'credits' }, group(3), true)).toBe(1);
  });

  it('reads points by their scheme, else at the most generous known rate (9 minutes) when no recognised body awards them', () => {
    // A recognised body's points follow its scheme; without a rule for them, they are unchecked.
    expect(claimHours({ body: 'RACGP', credits: 40, unit: 'points' }, undefined, true)).toBe(
      undefined,
    );
    expect(claimHours({ body: 'x', credits: 50, unit: 'points' }, undefined, false)).toBe(7.5);
    // The RACGP's old rate (40 points for six hours) stands; "20 Gold CPD Points" for an hour does not.
    const hour = { durationHours: 1, format: 'self-paced-online' as const };
    const gold = claimHours({ body: 'x', credits: 20, unit: 'points' }, undefined, false);
    expect(checkCredit(hour, gold, { credits: 20 }, undefined, DEFAULT_POLICY)?.inflated).toBe(
      true,
    );
    const six = { durationHours: 6, format: 'in-person' as const };
    const forty = claimHours({ body: 'x', credits: 40, unit: 'points' }, undefined, false);
    expect(checkCredit(six, forty, { credits: 40 }, undefined, DEFAULT_POLICY)?.inflated).toBe(
      false,
    );
    const dfp = defaultReference().findCreditType('DFP-Punkte')?.credit;
    expect(claimHours({ body: 'x', credits: 4, unit: 'points' }, dfp, true)).toBe(3);
  });

  it('flags credit no duration allows, critically beyond twice the hours', () => {
    const course = { durationHours: 2, format: 'self-paced-online' as const };
    expect(checkCredit(course, 8, { credits: 8 }, undefined, DEFAULT_POLICY)).toMatchObject({
      inflated: true,
      grosslyInflated: true,
    });
    expect(checkCredit(course, 2.5, { credits: 2.5 }, undefined, DEFAULT_POLICY)).toMatchObject({
      inflated: false,
    });
    expect(
      checkCredit({ durationHours: undefined }, 8, { credits: 8 }, undefined, DEFAULT_POLICY),
    ).toBeUndefined();
  });

  it('reads credit rounded to its step at half a step less (IACET: a 30-minute event is 0.1 CEU)', () => {
    const ceu = defaultReference().findCreditType('IACET CEU')?.credit;
    const half = { durationHours: 0.5, format: 'self-paced-online' as const };
    const hours = claimHours({ body: 'IACET', credits: 0.1, unit: 'ceu' }, ceu, true);
    expect(hours).toBe(1);
    expect(checkCredit(half, hours, { credits: 0.1 }, ceu, DEFAULT_POLICY)?.inflated).toBe(false);
    // Three tenths for an hour is two hours beyond any rounding.
    const hour = { durationHours: 1, format: 'self-paced-online' as const };
    const three = claimHours({ body: 'IACET', credits: 0.3, unit: 'ceu' }, ceu, true);
    expect(checkCredit(hour, three, { credits: 0.3 }, ceu, DEFAULT_POLICY)?.inflated).toBe(true);
  });

  it("flags credit above a credit type's cap for any one activity, with or without a length (blind mills round 82)", () => {
    const mmc = defaultReference().findCreditType('MMC CME credit point')?.credit;
    expect(mmc?.maxPerActivity).toBe(4);
    const day = { durationHours: 7, format: 'blended' as const };
    expect(checkCredit(day, undefined, { credits: 12 }, mmc, DEFAULT_POLICY)).toMatchObject({
      overActivityCap: true,
      inflated: false,
    });
    expect(
      checkCredit({ durationHours: undefined }, undefined, { credits: 12 }, mmc, DEFAULT_POLICY)
        ?.overActivityCap,
    ).toBe(true);
    // Within the cap, and without a time rule or a length, nothing is checked.
    expect(checkCredit(day, undefined, { credits: 4 }, mmc, DEFAULT_POLICY)).toBeUndefined();
  });

  it('does not check credit for time spent in practice against the learning time (blind round 92)', () => {
    const course = { durationHours: 1, format: 'self-paced-online' as const };
    const check = (creditType: string) =>
      checkCredit(course, 5, { credits: 5, creditType }, undefined, DEFAULT_POLICY);
    expect(check('Measuring Outcomes (MO) hours')).toBeUndefined();
    expect(check('Reviewing Performance hours')).toBeUndefined();
    expect(check('MOC Part 4 points')).toBeUndefined();
    expect(check('CPD hours')?.grosslyInflated).toBe(true);
    // A credit type naming it among others is still learning credit.
    expect(check('CPD credits (External/Internal/Personal/Research) + audit')?.inflated).toBe(true);
  });

  it('calls credit read by convention grossly inflated only beyond the most generous scheme', () => {
    // Credits of a scheme the data does not know: an hour each by convention, 20 minutes at the
    // most generous (three an hour: MOC Section 3; the Alberta College of Paramedics, blind round
    // 47: 9 CC credits for a 3-hour course).
    const claim = (credits: number) => ({
      body: 'Some College',
      credits,
      unit: 'credits' as const,
    });
    expect(leastClaimHours(claim(9), undefined)).toBe(3);
    expect(leastClaimHours(claim(9), ama)).toBeUndefined();
    expect(leastClaimHours({ ...claim(9), unit: 'hours' }, undefined)).toBeUndefined();
    const check = (credits: number, durationHours: number) =>
      checkCredit(
        { durationHours, format: 'self-paced-online' },
        credits,
        claim(credits),
        undefined,
        DEFAULT_POLICY,
        leastClaimHours(claim(credits), undefined),
      );
    expect(check(9, 3)).toMatchObject({ inflated: true, grosslyInflated: false });
    // The "8 credits for a 2-hour video": beyond every scheme.
    expect(check(8, 2)).toMatchObject({ inflated: true, grosslyInflated: true });
    // A credit type the data names but gives no time rule is read by convention too.
    const section2 = defaultReference().findCreditType('MOC Section 2')?.credit;
    const korean = defaultReference().findCreditType('연수교육 평점')?.credit;
    expect(korean?.minutesPerUnit).toBeUndefined();
    expect(leastClaimHours(claim(9), korean)).toBe(3);
    // One the data says has no time rate (RCPSC Section 2's self-learning) is not checked.
    expect(section2?.minutesPerUnit).toBeNull();
    expect(claimHours(claim(6), section2, true)).toBeUndefined();
  });
});
