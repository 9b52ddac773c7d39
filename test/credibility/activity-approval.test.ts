import { describe, expect, it } from 'vitest';
import { activityApprovalClaimed } from '../../src/credibility/activity-approval.js';
import { evaluateCredibility } from '../../src/index.js';
import { bundledData } from '../../src/reference/index.js';

const accreditor = (id: string) => {
  const found = bundledData().accreditors.find((a) => a.id === id);
  if (found === undefined) throw new Error(`${id} is not in the bundled data`);
  return found;
};
const adaCerp = accreditor('ada-cerp');
const accme = accreditor('accme');
const ancc = accreditor('ancc');

describe('a course said to be approved by an accreditor that approves no courses', () => {
  it("reads the claim's body, credit type and reference (blind mills rounds 4 to 88)", () => {
    expect(
      activityApprovalClaimed(adaCerp, {
        body: 'ADA CERP',
        creditType: 'ADA CERP approved course',
      }),
    ).toBe('approved course');
    expect(
      activityApprovalClaimed(accme, { body: 'ACCME', creditType: 'ACCME-accredited activity' }),
    ).toBe('accredited activity');
    expect(activityApprovalClaimed(accme, { body: 'IACET Approved Course' })).toBe(
      'Approved Course',
    );
    expect(
      activityApprovalClaimed(adaCerp, {
        body: 'ADA CERP',
        reference: 'Course approval #CERP-88412',
      }),
    ).toBe('Course approval');
  });

  it('leaves what the body grants, and bodies that do approve activities', () => {
    // A provider's accreditation or recognition is what these bodies grant.
    expect(activityApprovalClaimed(accme, { body: 'ACCME accredited provider' })).toBeUndefined();
    expect(
      activityApprovalClaimed(adaCerp, {
        body: 'ADA CERP',
        reference: 'Approved course provider 4412',
      }),
    ).toBeUndefined();
    expect(
      activityApprovalClaimed(adaCerp, { body: 'ADA CERP Recognized Provider', creditType: 'CE' }),
    ).toBeUndefined();
    // ANCC's accredited approvers do approve activities.
    expect(
      activityApprovalClaimed(ancc, { body: 'ANCC', creditType: 'approved activity' }),
    ).toBeUndefined();
  });

  it('flags the claim, cites the body, and counts it for nothing', () => {
    const report = evaluateCredibility(
      {
        id: 'c',
        title: 'Botox for Dentists',
        provider: { name: 'SmileInject Academy', type: 'unknown' },
        url: 'https://smileinject-academy.com/botox-dentists-16ce',
        durationHours: 16,
        accreditations: [
          { body: 'ADA CERP', creditType: 'ADA CERP approved course', credits: 16, unit: 'hours' },
        ],
      },
      { asOf: '2026-12-07' },
    );
    const found = report.flags.find((f) => f.code === 'activity-approval-claim');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain('ada.org');
    expect(report.factors.find((f) => f.id === 'accreditation')?.score).toBe(0);
    expect(['D', 'E']).toContain(report.grade);
  });
});
