/** A royal title on a commercial web address (src/credibility/royal-title.ts). */
import { describe, expect, it } from 'vitest';
import { royalTitleOnCommercialSite } from '../../src/credibility/royal-title.js';
import { evaluateCredibility } from '../../src/index.js';
import { defaultReference } from '../../src/reference/reference.js';

const reference = defaultReference();
const on = (name: string, url: string) => {
  const site = reference.webAddress(url);
  if (site === undefined) throw new Error(`unreadable ${url}`);
  return royalTitleOnCommercialSite(name, site);
};

describe('a royal title on a commercial web address', () => {
  it('reads invented royal colleges and academies on commercial addresses (blind mills rounds 32, 34, 42)', () => {
    expect(
      on('Royal College of Aesthetic Medicine and Surgery', 'https://www.rcams-academy.com'),
    ).toBe(true);
    expect(
      on('Royal College of Allied Health Practitioners', 'https://www.rcahp-online.co.uk'),
    ).toBe(true);
    expect(on('Royal Canadian Academy of Specialist Medicine', 'https://www.rcasm-cme.com')).toBe(
      true,
    );
    expect(
      on('The Royal Academy of General Practice Australasia', 'https://ragpa-cpd.com.au'),
    ).toBe(true);
    // A school, and a city's name before "Royal" (blind mills round 67).
    expect(on('London Royal School of Clinical Medicine', 'https://www.lrscm-academy.co.uk')).toBe(
      true,
    );
  });

  it('reads no other address, and no other "Royal" name', () => {
    expect(on('Royal College of Aesthetic Medicine and Surgery', 'https://rcams.org.uk')).toBe(
      false,
    );
    expect(on('Royal College of Dentists of Canada', 'https://www.rcdc.ca')).toBe(false);
    expect(on('Royal Life Saving Society – Australia', 'https://royallifesaving.com.au')).toBe(
      false,
    );
    expect(on('Royal Melbourne Hospital', 'https://www.thermh.org.au')).toBe(false);
    expect(on('Royal Flying Doctor Service', 'https://www.flyingdoctor.com')).toBe(false);
    expect(on("Queen's Royal Surrey Regiment", 'https://www.queensroyalsurreys.co.uk')).toBe(false);
    expect(on('Brisbane Royal Hospital for Women', 'https://example.com.au')).toBe(false);
  });

  it('warns about such a provider, and not about a royal college the data knows on its own site', () => {
    const flagsOf = (name: string, url: string) =>
      evaluateCredibility(
        {
          id: 'x',
          title: 'Wound care essentials',
          provider: { name, url, type: 'unknown' as const },
          url: `${url}/wound-care`,
        },
        { asOf: '2026-12-07' },
      ).flags.map((f) => `${f.severity}:${f.code}`);
    expect(
      flagsOf('Royal College of Continuing Clinical Education', 'https://www.rccce-learning.com'),
    ).toContain('warning:lookalike-provider');
    // The Royal College of Surgeons in Ireland's own site is .com.
    expect(flagsOf('Royal College of Surgeons in Ireland', 'https://www.rcsi.com')).not.toContain(
      'warning:lookalike-provider',
    );
  });
});
