/** A claim naming the body the offering's address imitates (src/credibility/named-imitation.ts). */
import { describe, expect, it } from 'vitest';
import { evaluateCredibility } from '../../src/index.js';

const flagsOf = (body: string, url: string) =>
  evaluateCredibility(
    {
      id: 'x',
      title: 'Fetal echocardiography essentials',
      provider: { name: 'SonoPrep CME', type: 'education-company' as const, url },
      url: `${url}/fetal-echo`,
      accreditations: [{ body, creditType: `${body}-approved CME`, credits: 10, unit: 'credits' }],
    },
    { asOf: '2026-12-07' },
  ).flags.map((f) => `${f.severity}:${f.code}`);

describe('a claim naming the body its web address imitates', () => {
  it('warns when the claim and the address point at the same body (blind mills rounds 23, 35)', () => {
    expect(flagsOf('ARDMS', 'https://www.ardms-cme.org')).toContain('warning:lookalike-domain');
  });

  it('only notes the borrowed label when the claim names another body, or none is imitated', () => {
    expect(flagsOf('CCI', 'https://www.ardms-cme.org')).not.toContain('warning:lookalike-domain');
    expect(flagsOf('ARDMS', 'https://www.sonoprep-cme.com')).not.toContain(
      'warning:lookalike-domain',
    );
  });
});
