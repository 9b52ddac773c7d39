import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/credibility/claim-ids.js';
import { createContext } from '../../src/credibility/context.js';
import { evaluateCatalog, evaluateCredibility } from '../../src/credibility/index.js';
import { type AccreditationClaim, parseCourse } from '../../src/model/index.js';

const asOf = '2026-11-28';
const base: AccreditationClaim = {
  body: 'ACCME',
  creditType: 'AMA PRA Category 1 Credit',
  credits: 2,
  unit: 'credits',
  validUntil: '2030-01-01',
  reference: 'UAN 0001',
};
/** One value per field that differs from `base`. */
const changes: Record<string, unknown> = {
  body: 'ANCC',
  creditType: 'ANCC contact hours',
  credits: 3,
  unit: 'hours',
  validUntil: '2020-01-01',
  reference: 'UAN 0002',
  retroactive: true,
};

describe('claimId', () => {
  it('gives equal claims one id and claims that differ in any field their own', () => {
    const context = createContext({ asOf });
    const id = claimId(context, { ...base });
    expect(claimId(context, { ...base })).toBe(id);
    const ids = Object.entries(changes).map(([field, value]) =>
      claimId(context, { ...base, [field]: value }),
    );
    expect(new Set([id, ...ids]).size).toBe(ids.length + 1);
    // Absent and present-but-different are different claims too.
    expect(claimId(context, { body: 'ACCME' })).not.toBe(id);
  });

  it('lets a batch share a resolution only between equal claims', () => {
    const courses = Object.entries(changes).map(([field, value], i) =>
      parseCourse({
        id: `c${i}`,
        title: 'Sepsis recognition',
        provider: { name: 'Fictional Ltd', type: 'education-company' },
        durationHours: 2,
        accreditations: [{ ...base, [field]: value }],
      }),
    );
    const first = parseCourse({ ...courses[0], id: 'c-base', accreditations: [base] });
    const batch = [first, ...courses];
    expect(evaluateCatalog(batch, { asOf })).toEqual(
      batch.map((c) => evaluateCredibility(c, { asOf })),
    );
  });
});
