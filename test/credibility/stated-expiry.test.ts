import { describe, expect, it } from 'vitest';
import { statedExpiry } from '../../src/credibility/stated-expiry.js';
import { evaluateCredibility } from '../../src/index.js';

describe("the end of an approval a claim's reference states", () => {
  it('reads approval periods and end dates as accreditors make providers print them', () => {
    // ASWB ACE and AGD PACE statements (blind mills rounds 83 and 85).
    expect(statedExpiry('ACE provider #1099, approval period 04/02/2019-04/02/2022')).toBe(
      '2022-04-02',
    );
    expect(statedExpiry('Approval period 1/1/2019 to 12/31/2022')).toBe('2022-12-31');
    expect(statedExpiry('approval period 2020-2021')).toBe('2021-12-31');
    expect(statedExpiry('Valid until 31 March 2027')).toBe('2027-03-31');
    expect(statedExpiry('Release date 02/01/2024; expiration 01/31/2027')).toBe('2027-01-31');
    // A period of years after "valid" (blind mills round 97's lapsed RACS course accreditation).
    expect(statedExpiry('RACS-CA-2019-0447 (valid 2019–2020)')).toBe('2020-12-31');
    // An accreditation term, as ANCC's accredited providers give it (blind mills round 109).
    expect(
      statedExpiry('American Nurses Credentialing Center (ANCC), accreditation term 2017–2021'),
    ).toBe('2021-12-31');
    // "Valid" before anything but a year says no period.
    expect(statedExpiry('Certificate valid 3 years from 2025')).toBeUndefined();
  });

  it('keeps the later reading of a numeric date, and reads nothing without the words', () => {
    // 04/02 is 2 April or 4 February: past only if past either way.
    expect(statedExpiry('approval period 01/01/2023 - 04/02/2027')).toBe('2027-04-02');
    expect(statedExpiry('UAN 0204-0000-20-246-L04-P')).toBeUndefined();
    expect(statedExpiry('Long-term care module 2019')).toBeUndefined();
    expect(statedExpiry(undefined)).toBeUndefined();
  });

  /** The expired-accreditation flag of a 4-hour course making one claim. */
  const expiredFlag = (claim: { body: string; reference?: string }) =>
    evaluateCredibility(
      {
        id: 'c',
        title: 'Wound Assessment and Pressure Injury Staging (2025 Edition)',
        provider: { name: 'Quillmoor Clinical CE', type: 'education-company' },
        durationHours: 4,
        accreditations: [{ ...claim, credits: 4, unit: 'hours' }],
      },
      { asOf: '2026-12-07' },
    ).flags.find((f) => f.code === 'expired-accreditation');

  it("makes a recognised accreditor's claim expired, saying where the date comes from", () => {
    const found = expiredFlag({
      body: 'Association of Social Work Boards (ASWB) Approved Continuing Education (ACE)',
      reference: 'ACE provider #1099, approval period 04/02/2019-04/02/2022',
    });
    expect(found?.message).toContain('expired on 2022-04-02');
    expect(found?.message).toContain('as its reference states');
  });

  it("reads the claim's own words when its reference states no end (blind mills round 109)", () => {
    const found = expiredFlag({
      body: 'American Nurses Credentialing Center (ANCC), accreditation term 2017–2021',
    });
    expect(found?.message).toContain('expired on 2021-12-31');
    expect(found?.message).toContain('as the claim states');
  });
});
