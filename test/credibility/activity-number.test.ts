import { describe, expect, it } from 'vitest';
import { malformedActivityNumber } from '../../src/credibility/activity-number.js';
import { evaluateCredibility } from '../../src/index.js';
import { bundledData } from '../../src/reference/index.js';
import { AccreditorSchema } from '../../src/reference/schemas.js';

const acpe = bundledData().accreditors.find((a) => a.id === 'acpe');
if (acpe === undefined) throw new Error('ACPE is not in the bundled data');

describe("an accreditor's activity number in its form", () => {
  it('reads a number given under its name, and passes ACPE UANs as real offerings give them', () => {
    // The corpus's legitimate offerings (rounds 3, 49, 107): plain, jointly provided, a Joint
    // Accreditation provider's.
    for (const reference of [
      '0204-0000-20-246-L04-P',
      'UAN 0607-0000-23-017-H03-P',
      'UAN: 0202-9999-16-145-L01-P',
      'Universal Activity Number JA4008162-9999-24-194-H01-P',
    ]) {
      expect(malformedActivityNumber(acpe, reference), reference).toBeUndefined();
    }
  });

  it('finds a number in another form (blind mills rounds 41 to 85)', () => {
    expect(malformedActivityNumber(acpe, 'ACPE UAN 2291-CE-24-8HR')).toBe('2291-CE-24-8HR');
    expect(malformedActivityNumber(acpe, 'UAN ACPE-2025-PHARM-0193')).toBe('ACPE-2025-PHARM-0193');
    expect(malformedActivityNumber(acpe, 'UAN # 0716-24-083-H01')).toBe('0716-24-083-H01');
    // A number not given as a UAN may be anything else (a provider number, a course code).
    expect(malformedActivityNumber(acpe, 'Provider #0129')).toBeUndefined();
    expect(malformedActivityNumber(acpe, undefined)).toBeUndefined();
  });

  it('rejects reference data whose pattern is not a regular expression, naming the field', () => {
    const broken = AccreditorSchema.safeParse({
      ...acpe,
      activityNumber: { ...acpe.activityNumber, pattern: '^(\\d{4}' },
    });
    expect(broken.success).toBe(false);
    expect(JSON.stringify(broken.error?.issues)).toContain('is not a regular expression');
    expect(AccreditorSchema.safeParse(acpe).success).toBe(true);
  });

  it('flags the claim and counts it for nothing', () => {
    const report = evaluateCredibility(
      {
        id: 'c',
        title: 'Opioid Stewardship & DEA MATE Act Training',
        provider: { name: 'Quillmoor Rx Renewals', type: 'unknown' },
        durationHours: 8,
        accreditations: [
          { body: 'ACPE', credits: 8, unit: 'contact-hours', reference: 'ACPE UAN 2291-CE-24-8HR' },
        ],
      },
      { asOf: '2026-12-07' },
    );
    const found = report.flags.find((f) => f.code === 'malformed-activity-number');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain('nabp.pharmacy');
    expect(report.factors.find((f) => f.id === 'accreditation')?.score).toBe(0);
  });
});
