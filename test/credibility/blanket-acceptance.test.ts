import { describe, expect, it } from 'vitest';
import { evaluateCredibility } from '../../src/credibility/evaluate.js';
import { type Course, parseCourse } from '../../src/model/index.js';
import { rowsFrom } from '../support/rows.js';

const asOf = '2026-12-07';

const row = rowsFrom('RenewFast CE');

const promise = (course: Course) =>
  evaluateCredibility(course, { asOf }).flags.filter((f) =>
    f.message.startsWith('It says its credit is accepted in every state'),
  );

describe('credit said to be accepted in every state', () => {
  it('warns where no recognised accreditor backs the promise', () => {
    // Blind mills round 81: CE Broker is a tracking service, not an approver.
    const ceBroker = row({
      title: 'Florida Nursing License Renewal Package — 24 Contact Hours',
      description: 'CE Broker Approved — accepted in all 50 states.',
    });
    expect(promise(ceBroker)).toEqual([
      expect.objectContaining({ code: 'unsubstantiated-accreditation-claim', severity: 'warning' }),
    ]);
    // An invented board in the claim; "every state board" in the title.
    const invented = row({
      title: 'Texas RN Renewal: 20 Contact Hours – Accepted by Every State Board of Nursing',
      accreditations: [{ body: 'National CE Standards Registry' }],
    });
    expect(promise(invented)).toHaveLength(1);
    expect(
      evaluateCredibility(row({ title: 'PT/PTA Unlimited CEU Pass - Approved in All 50 States' }), {
        asOf,
      }).grade,
    ).toMatch(/[DE]/);
  });

  it('leaves the promise to a recognised accreditor the row names', () => {
    const claimed = row({
      title: 'Sepsis Update for Nurses',
      description: 'Contact hours accepted by all State Boards of Nursing.',
      accreditations: [
        { body: 'American Nurses Credentialing Center', credits: 2, unit: 'contact-hours' },
      ],
      durationHours: 2,
    });
    expect(promise(claimed)).toEqual([]);
    // Named only in the words, by acronym, as accredited providers write it.
    const inWords = row({
      title: 'Sepsis Update for Nurses',
      description:
        'As an ANCC-accredited provider, our contact hours are accepted by all State Boards of Nursing.',
    });
    expect(promise(inWords)).toEqual([]);
    // Or in full, in the accreditor's own sentence (blind round 145).
    const inFull = row({
      title: 'Nursing continuing professional development courses',
      description:
        "Accredited as a provider of nursing continuing professional development by the American Nurses Credentialing Center's Commission on Accreditation; contact hours accepted by all State Boards of Nursing.",
    });
    expect(promise(inFull)).toEqual([]);
    // A body the data does not recognise, named in full, backs nothing.
    const unknown = row({
      title: 'Nursing CE Bundle',
      description:
        'Accredited by the National Nursing Education Alliance; accepted by all State Boards of Nursing.',
    });
    expect(promise(unknown)).toHaveLength(1);
  });

  it('reads a promise, not a mention of the states', () => {
    const mention = row({
      title: 'Implicit Bias for Nurses',
      description: 'Requirements differ across all 50 states: check with your board.',
    });
    expect(promise(mention)).toEqual([]);
  });

  it('leaves a provider that answers for its words', () => {
    const university = parseCourse({
      id: 'u',
      title: 'Pharmacology Update for Nurse Practitioners',
      description: 'Accepted in all 50 states for license renewal.',
      provider: { name: 'Johns Hopkins University', url: 'https://www.jhu.edu' },
    });
    expect(promise(university)).toEqual([]);
  });
});
