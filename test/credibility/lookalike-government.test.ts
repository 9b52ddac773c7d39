import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/credibility/context.js';
import { resolveIdentity } from '../../src/credibility/identity.js';
import { governmentSuffixWritten } from '../../src/credibility/lookalike-government.js';
import { defaultReference } from '../../src/reference/reference.js';

const reference = defaultReference();
const written = (url: string) => {
  const address = reference.webAddress(url);
  if (address === undefined) throw new Error(`not a web address: ${url}`);
  return governmentSuffixWritten(address);
};

describe('look-alike rule 13: a government suffix written into a private address', () => {
  it('reads the suffix as hyphenated parts or as labels left of the public suffix', () => {
    // Blind mills rounds 82, 50, 59 and 77.
    expect(written('https://mohap-gov-ae.com/cpd/infection-control')).toBe('gov.ae');
    expect(written('https://pcn.gov.ng.mcpd-renewal.com')).toBe('gov.ng');
    expect(written('https://swrb.govt.nz.cpd-portal.co/module')).toBe('govt.nz');
    expect(written('https://dha.gov.ae-cpd.com/infection-control')).toBe('gov.ae');
    expect(written('https://www.nursingmidwiferyboard-gov-au.org')).toBe('gov.au');
    expect(written('https://learning-nhs-uk.com')).toBe('nhs.uk');
    // An academic suffix likewise (blind mills round 102).
    expect(written('https://www.cheshireroyaluniversity.ac-uk.com/pgcert')).toBe('ac.uk');
    expect(written('https://www.nus-edu-sg.com')).toBe('edu.sg');
    // "ac" alone as a hyphenated part under a generic top-level domain: HEDD's mou-ac.com (blind
    // mills rounds 117 and 129).
    expect(written('https://www.mou-ac.com')).toBe('ac');
    expect(written('https://www.ox-ac-cpd.com/clinical-leadership')).toBe('ac');
    expect(written('https://www.rtou-ac.com/pgcert-acp')).toBe('ac');
  });

  it('reads "ac" alone only under a generic top-level domain', () => {
    // The Health Sciences University of Mongolia and the French académies (world universities
    // list) write it under their country's domain.
    expect(written('https://hsum-ac.mn')).toBeUndefined();
    expect(written('https://www.ac-paris.fr')).toBeUndefined();
    // A word holding the letters is no part.
    expect(written('https://www.cardiac-cpd.com')).toBeUndefined();
  });

  it('reads none on a government address itself, nor on words that are not a suffix', () => {
    expect(written('https://www.health.gov.au/resources')).toBeUndefined();
    expect(written('https://www.swrb.govt.nz')).toBeUndefined();
    expect(written('https://www.e-lfh.org.uk')).toBeUndefined();
    // "nhs" before a word, not a country code: a training company's own name (legitimate and
    // mills alike), judged by the other rules.
    expect(written('https://www.nhs-skillsacademy.co.uk')).toBeUndefined();
    expect(written('https://www.govhealthtraining.com')).toBeUndefined();
    // A university whose own name holds "edu" under its academic suffix.
    expect(written('https://www.aichi-edu.ac.jp')).toBeUndefined();
    expect(written('https://www.ac.ac.cy')).toBeUndefined();
  });

  it("makes a provider's address critical, whoever it would pass for", () => {
    const context = createContext({ asOf: '2026-12-06' });
    const identity = resolveIdentity(
      context,
      { name: 'Ministry of Health & Prevention CPD Centre', type: 'unknown' },
      'https://mohap-gov-ae.com/cpd/infection-control',
    );
    const found = identity.flags.filter((f) => f.code === 'lookalike-domain');
    expect(found.map((f) => f.severity)).toEqual(['critical']);
    expect(found[0]?.message).toContain('"gov.ae", a government or academic domain suffix');
    // A government body on its own address is verified, not flagged.
    const own = resolveIdentity(
      context,
      { name: 'Department of Health and Aged Care', type: 'unknown' },
      'https://www.health.gov.au/resources',
    );
    expect(own.flags.filter((f) => f.code === 'lookalike-domain')).toEqual([]);
  });
});
