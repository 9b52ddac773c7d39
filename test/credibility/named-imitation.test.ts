/**
 * A claim naming the body the offering's address imitates (src/credibility/named-imitation.ts,
 * src/credibility/claimed-short-name.ts).
 */
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

  it('warns when a regulator is named from an address one slip from its own site label (blind mills round 69)', () => {
    expect(flagsOf('Medical Council of New Zealand', 'https://www.mcmz.org.nz')).toContain(
      'warning:lookalike-domain',
    );
    expect(flagsOf('Medical Council of New Zealand', 'https://www.sonoprep.nz')).not.toContain(
      'warning:lookalike-domain',
    );
  });

  it('only notes the borrowed label when the claim names another body, or none is imitated', () => {
    expect(flagsOf('CCI', 'https://www.sonoprep-ardms.org')).not.toContain(
      'warning:lookalike-domain',
    );
    // Opening the address, the label is a combosquat's, whatever the claim names.
    expect(flagsOf('CCI', 'https://www.ardms-cme.org')).toContain('warning:lookalike-domain');
    expect(flagsOf('ARDMS', 'https://www.sonoprep-cme.com')).not.toContain(
      'warning:lookalike-domain',
    );
  });
});

describe("a claimed body's own short name on an address the offering gives", () => {
  const offering = (body: string, url: string, provider = 'https://www.rxtechce-express.com') => ({
    id: 'x',
    title: 'Sterile compounding refresher',
    provider: { name: 'RxTech CE Express', type: 'education-company' as const, url: provider },
    url,
    accreditations: [{ body, credits: 2, unit: 'contact-hours' as const }],
  });
  const report = (body: string, url: string, provider?: string) =>
    evaluateCredibility(offering(body, url, provider), { asOf: '2026-12-07' });

  it("impersonates a recognised accreditor's claim: ACPE's credit on acpe-accredit.net (blind mills round 48)", () => {
    const r = report(
      'Accreditation Council for Pharmacy Education (ACPE)',
      'https://www.acpe-accredit.net/providers/rxtechce/usp797',
    );
    expect(r.flags.map((f) => `${f.severity}:${f.code}`)).toContain(
      'critical:impersonated-accreditor',
    );
    expect(['D', 'E']).toContain(r.grade);
  });

  it("warns for a regulator's short name: the NMC on nmc-revalidation-hub.co.uk", () => {
    const flags = report(
      'Nursing and Midwifery Council (NMC)',
      'https://www.nmc-revalidation-hub.co.uk/pack',
    ).flags;
    expect(flags.map((f) => `${f.severity}:${f.code}`)).toContain('warning:lookalike-domain');
  });

  it("reads nothing on the provider's own address, an unhyphenated one, or another body's claim", () => {
    const quiet = (r: ReturnType<typeof report>) =>
      r.flags.filter((f) => f.severity !== 'info').map((f) => f.code);
    expect(
      quiet(
        report(
          'Accreditation Council for Pharmacy Education (ACPE)',
          'https://www.rxtechce-express.com/usp797',
        ),
      ),
    ).toEqual([]);
    expect(
      quiet(
        report(
          'Accreditation Council for Pharmacy Education (ACPE)',
          'https://www.acpeonline-courses.com/usp797',
        ),
      ),
    ).toEqual([]);
    expect(quiet(report('ANCC', 'https://www.acpe-accredit.net/usp797'))).not.toContain(
      'impersonated-accreditor',
    );
  });
});
