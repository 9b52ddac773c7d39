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

  it('flags weaker evidence only when it points at an accreditor the claims name', () => {
    const text = 'ACCME accredited. Verify our accreditation at accme-cmeverify.org/provider/88214';
    expect(addressFlag(course(text, accme))?.severity).toBe('critical');
    expect(addressFlag(course(text))).toBeUndefined();
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
});
