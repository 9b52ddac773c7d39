import { describe, expect, it } from 'vitest';
import { evaluateCredibility } from '../../src/credibility/index.js';
import { type Course, parseCourse } from '../../src/model/index.js';

const asOf = '2026-12-07';
const course = (description: string, accreditations: unknown[] = []): Course =>
  parseCourse({
    id: 'c',
    title: 'Hypertension 2025: what changed in the guidelines',
    provider: { name: 'Bayline Clinical Learning' },
    url: 'https://baylineclinicallearning.com/cme/htn-2025',
    description,
    accreditations,
  });
const addressFlag = (c: Course) =>
  evaluateCredibility(c, { asOf }).flags.find((f) => f.code === 'lookalike-domain');
const accme = [{ body: 'ACCME', creditType: 'AMA PRA Category 1 Credit™', credits: 2 }];

describe("web addresses in an offering's own words (blind mills round 41)", () => {
  it('flags an address in look-alike letters, whatever the claims', () => {
    const found = addressFlag(course('Fully accredited. Verify: https://аccme.org/provider/55102'));
    expect(found?.severity).toBe('critical');
    expect(found?.message).toMatch(/аccme\.org/);
    expect(evaluateCredibility(course('Verify: https://аccme.org/p/1'), { asOf }).grade).toBe('E');
  });

  it('flags weaker evidence only when it points at an accreditor the offering names', () => {
    const text = 'Verify our accreditation at accme-cmeverify.org/provider/88214';
    expect(addressFlag(course(text, accme))?.severity).toBe('critical');
    expect(addressFlag(course(text))).toBeUndefined();
    // Named in its own words, not in a claim (blind mills round 75).
    expect(addressFlag(course(`ACCME accredited. ${text}`))?.severity).toBe('critical');
    expect(
      addressFlag(
        course('ACPE-accredited provider - verify our status at https://acpe-accredlt.org/p/v'),
      )?.severity,
    ).toBe('critical');
  });

  it("reads addresses in the claims' text and the partners' addresses (blind mills round 72)", () => {
    const ancc = [{ body: 'ANCC (verify at nursingworld-accreditation.org)', credits: 2 }];
    expect(addressFlag(course('Sepsis bundle update.', ancc))?.severity).toBe('critical');
    const racgp = [{ body: 'RACGP CPD (racgp-cpd.com.au)', creditType: 'CPD hours', credits: 1 }];
    expect(addressFlag(course('Dermoscopy.', racgp))?.severity).toBe('critical');
    const partner = parseCourse({
      id: 'c',
      title: 'POCUS for primary care',
      provider: { name: 'BrightPath Clinical Education' },
      url: 'https://brightpathclinical.com/pocus',
      accreditations: accme,
      partners: [
        {
          name: 'ACCME Provider Verification',
          role: 'credit-awarding',
          url: 'https://accme-verify.org/p/1',
        },
      ],
    });
    expect(addressFlag(partner)?.severity).toBe('critical');
  });

  it('reads a host written bare only against a body the offering names', () => {
    const text = 'Credits are uploaded through our ACPE accreditation portal at acpe-accredit.co.';
    expect(addressFlag(course(text))?.severity).toBe('critical');
    expect(addressFlag(course('Our portal is at acpe-accredit.co.'))).toBeUndefined();
    // A bare host in look-alike letters is no address without a body named.
    expect(addressFlag(course('See аccme.org for rules.'))).toBeUndefined();
  });

  it("leaves known bodies' sites, a university's own course site and plain text alone", () => {
    expect(
      addressFlag(course('Details at https://www.accme.org/accreditation-rules', accme)),
    ).toBeUndefined();
    expect(
      addressFlag(course('Register at 2025.course-mcgill.ca/index.php/program', accme)),
    ).toBeUndefined();
    expect(
      addressFlag(course('Accredited by the ACCME. See accme.org for details.', accme)),
    ).toBeUndefined();
  });

  it("reads the course's page on another site than its provider's against the body claimed (blind mills round 102)", () => {
    const onPage = (url: string, accreditations: unknown[]) =>
      addressFlag(
        parseCourse({
          id: 'p',
          title: 'Acute Medicine Update',
          provider: {
            name: 'Thamesgate Medical Education Ltd',
            url: 'https://www.thamesgatemeded.co.uk',
          },
          url,
          accreditations,
        }),
      );
    const federation = [
      { body: 'Federation of the Royal Colleges of Physicians of the UK', credits: 6 },
    ];
    expect(
      onPage('https://www.federationcpd-approvals.org/event/AMU-5521', federation)?.severity,
    ).toBe('critical');
    // Weak evidence against a body not claimed: an event or learning-system site of many names.
    expect(onPage('https://www.federationcpd-approvals.org/event/AMU-5521', accme)).toBeUndefined();
    // Its own provider's site is the provider's, read by the identity rules.
    expect(onPage('https://learn.thamesgatemeded.co.uk/amu', federation)).toBeUndefined();
  });
});
