import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/credibility/defaults.js';
import {
  evaluateCatalog,
  evaluateCredibility,
  resolvePolicy,
} from '../../src/credibility/index.js';
import { type Course, parseCourse } from '../../src/model/index.js';

const asOf = '2026-11-28';
const course = (patch: Record<string, unknown>): Course =>
  parseCourse({
    id: 'c',
    title: 'Sepsis recognition',
    provider: { name: 'Fictional Training Ltd' },
    ...patch,
  });
const codes = (c: Course) => evaluateCredibility(c, { asOf }).flags.map((f) => f.code);
/** The severity of the implausible-credit flag an offering earns, if it earns one. */
const implausibleCredit = (patch: Record<string, unknown>) =>
  evaluateCredibility(course(patch), { asOf }).flags.find((f) => f.code === 'implausible-credit')
    ?.severity;

const strong = course({
  provider: {
    name: 'Royal College of Nursing',
    type: 'professional-body',
    url: 'https://www.rcn.org.uk',
    country: 'GB',
  },
  accreditations: [{ body: 'ACCME', creditType: 'AMA PRA Category 1 Credit', credits: 2 }],
  durationHours: 2,
  assessment: { type: 'exam', supervised: true },
  learningOutcomes: ['Recognise sepsis'],
  format: 'live-online',
  cost: { amount: 0, currency: 'GBP' },
  lastReviewed: '2026-01-01',
  outcomesLevel: 'competence',
  description: 'A two-hour interactive session on sepsis recognition using NEWS2.',
});

describe('evaluateCredibility', () => {
  it('requires a valid asOf', () => {
    expect(() => evaluateCredibility(strong, { asOf: 'today' })).toThrowError(
      /asOf must be a real date/,
    );
    expect(() => evaluateCredibility(strong, { asOf: '2026-02-30' })).toThrowError(/real date/);
  });

  it('throws a clear error for something that is not a course', () => {
    expect(() => evaluateCredibility({ id: 1 } as unknown as Course, { asOf })).toThrowError(
      /not a validated course/,
    );
    expect(() => evaluateCatalog([strong, null as unknown as Course], { asOf })).toThrowError(
      /course 2 is not a validated course/,
    );
  });

  it('gives every factor evidence and reports weights summing to 1', () => {
    const report = evaluateCredibility(strong, { asOf });
    expect(report.factors.map((f) => f.id)).toEqual([
      'provider',
      'accreditation',
      'university',
      'assessment',
      'transparency',
      'currency',
      'outcomes',
    ]);
    for (const f of report.factors) expect(f.evidence.length).toBeGreaterThan(0);
    expect(report.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 2);
    expect(report.grade).toBe('A');
  });

  it('scores unknown factors 0 and lowers confidence, without re-normalising', () => {
    const bare = evaluateCredibility(course({}), { asOf });
    expect(bare.confidence).toBeLessThan(0.5);
    expect(bare.flags).toContainEqual(
      expect.objectContaining({ code: 'insufficient-information', severity: 'info' }),
    );
    expect(bare.factors.find((f) => f.id === 'assessment')).toMatchObject({
      score: 0,
      known: false,
    });
    // Not knowing is its own answer: unrated, not E.
    expect(bare.grade).toBe('U');
  });

  it('grades U when only what the catalogue left unsaid would hold it in D or E', () => {
    // Well assessed and transparent, but the provider is unverified and nothing is accredited.
    const report = evaluateCredibility(
      course({
        provider: { name: 'Fictional Training Ltd', type: 'professional-body' },
        assessment: { type: 'exam' },
        learningOutcomes: ['Recognise sepsis'],
        format: 'self-paced-online',
        durationHours: 2,
        cost: { amount: 20, currency: 'GBP' },
        description: 'A two-hour course on recognising sepsis in adults.',
      }),
      { asOf },
    );
    expect(report.score).toBeLessThan(50);
    expect(report.confidence).toBeGreaterThanOrEqual(0.5);
    expect(report.grade).toBe('U');
  });

  it('does not count what a row leaves out as evidence: a sparse row with a quiz is unrated', () => {
    // A society's journal quiz as a listing gives it (blind round 36, with a society the data does
    // not list): a quiz (0.5) is known, and the row states 4 of 12 essentials. The missing eight
    // are missing information, not evidence.
    const wessex = {
      name: 'Wessex Society for Strength and Conditioning (fictional)',
      type: 'professional-body' as const,
      url: 'https://www.wessex-ssc.example',
    };
    const report = evaluateCredibility(
      course({
        title: 'Strength and Conditioning Journal CEU Quiz',
        provider: wessex,
        url: 'https://www.wessex-ssc.example/continuing-education/',
        assessment: { type: 'quiz' },
        accreditations: [
          { body: 'WSSC', creditType: 'CEUs (Category B)', credits: 0.2, unit: 'ceu' },
        ],
      }),
      { asOf },
    );
    expect(report.factors.find((f) => f.id === 'transparency')?.score).toBeLessThan(0.5);
    expect(report.score).toBeLessThan(35);
    expect(report.grade).toBe('U');
    // An assessment type alone weighs too little to grade (blind round 42): nothing assessed,
    // with nothing else known, is unrated too; with a generic CPD service's points beside it,
    // weak facts that weigh enough, it is graded.
    const unassessed = (accreditations: { body: string }[]) =>
      evaluateCredibility(
        course({
          title: 'Strength and Conditioning Journal CEU Quiz',
          provider: wessex,
          assessment: { type: 'none' },
          accreditations,
        }),
        { asOf },
      ).grade;
    expect(unassessed([])).toBe('U');
    expect(['D', 'E']).toContain(unassessed([{ body: 'The CPD Certification Service' }]));
  });

  it('grades D or E on evidence: a deceptive flag is never left unrated', () => {
    const report = evaluateCredibility(
      course({
        title: 'Diploma in Sepsis',
        durationHours: 2,
        accreditations: [{ body: 'ACCME', credits: 9 }],
      }),
      { asOf },
    );
    expect(report.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['implausible-credit', 'qualification-word-on-short-course']),
    );
    expect(['D', 'E']).toContain(report.grade);
  });

  it('flags look-alike accreditors, critical on strong evidence, and grants them nothing', () => {
    const claim = (body: string) =>
      course({
        accreditations: [{ body, creditType: 'AMA PRA Category 1 Credit', credits: 2 }],
        durationHours: 2,
        assessment: { type: 'exam' },
      });
    const typo = evaluateCredibility(
      claim('Accreditation Council for Continuing Medical Educaton'),
      { asOf },
    );
    expect(typo.flags[0]).toMatchObject({ code: 'lookalike-accreditor', severity: 'warning' });
    expect(typo.factors.find((f) => f.id === 'accreditation')?.score).toBe(0);
    expect(['D', 'E']).toContain(typo.grade);
    const cyrillic = evaluateCredibility(
      claim('Accreditation Council for Continuing Medical Education'.replace('A', '\u0410')),
      { asOf },
    );
    expect(cyrillic.flags[0]).toMatchObject({ code: 'lookalike-accreditor', severity: 'critical' });
    expect(cyrillic.grade).toBe('E');
    const listed = evaluateCredibility(claim('World Association of Universities and Colleges'), {
      asOf,
    });
    expect(listed.flags[0]).toMatchObject({
      code: 'unrecognised-accreditor',
      severity: 'critical',
    });
  });

  it('takes credit from a claimed accreditor whose name or domain the provider imitates', () => {
    const report = evaluateCredibility(
      course({
        url: 'https://accme-cme.org/course',
        provider: { name: 'CME Online Institute', url: 'https://accme-cme.org' },
        accreditations: [{ body: 'ACCME', creditType: 'AMA PRA Category 1 Credit', credits: 1 }],
        durationHours: 1,
      }),
      { asOf },
    );
    expect(report.flags).toContainEqual(
      expect.objectContaining({ code: 'impersonated-accreditor', severity: 'critical' }),
    );
    expect(report.factors.find((f) => f.id === 'accreditation')?.score).toBe(0);
  });

  it('warns of a known body claiming itself from an address it gives as its own, not from a page elsewhere', () => {
    const claimingItself = (provider: Record<string, unknown>, url: string) =>
      evaluateCredibility(
        course({
          url,
          provider: { name: 'Royal College of Nursing', ...provider },
          accreditations: [{ body: 'RCN Accreditation' }],
        }),
        { asOf },
      );
    // Its own address, none of the college's sites: the claim is not counted, with a warning.
    const own = claimingItself(
      { url: 'https://nursing-cpd-courses.co.uk' },
      'https://nursing-cpd-courses.co.uk/wound-care',
    );
    expect(own.flags).toContainEqual(
      expect.objectContaining({ code: 'impersonated-accreditor', severity: 'warning' }),
    );
    // Only the course's page elsewhere (a partner or an event site listing the college's course):
    // not counted, and only noted; the accreditation is unknown, not held against it.
    const listed = claimingItself({}, 'https://www.algomaoht.ca/get-involved');
    expect(listed.flags).toContainEqual(
      expect.objectContaining({ code: 'impersonated-accreditor', severity: 'info' }),
    );
    expect(listed.factors.find((f) => f.id === 'accreditation')?.known).toBe(false);
    // A page whose address spells the college's name is no partner's page: read as an address
    // the provider gives as its own, and warned (blind mills round 18).
    const spelled = claimingItself({}, 'https://www.royalnursingcollege.com/wound-care');
    expect(spelled.flags).toContainEqual(
      expect.objectContaining({ code: 'impersonated-accreditor', severity: 'warning' }),
    );
    // A note is no proof of a false claim: the rest of what the offering says is still taken at
    // its word (the provider's stated kind scores), as it is with no claim at all.
    const provider = listed.factors.find((f) => f.id === 'provider');
    expect(provider?.score).toBeGreaterThan(0);
    expect(provider?.evidence.join(' ')).not.toContain('not taken at its word');
  });

  it("flags a course page whose address imitates a known body's site, beside the provider's own site", () => {
    const onPage = (url: string) =>
      evaluateCredibility(
        course({
          url,
          provider: {
            name: 'CareLearn Nursing Education LLC',
            url: 'https://www.carelearn-nursing.com',
          },
          accreditations: [{ body: 'American Nurses Credentialing Center (ANCC)', credits: 4 }],
        }),
        { asOf },
      );
    // nursingwor1d.org, a digit for a letter of the ANA's nursingworld.org (blind mills round 16):
    // the page dresses the course as the ANCC's, and the ANCC claim is not counted.
    const imitating = onPage('https://www.nursingwor1d.org/ancc/approved-activities/sepsis');
    expect(imitating.flags).toContainEqual(
      expect.objectContaining({ code: 'lookalike-domain', severity: 'critical' }),
    );
    expect(imitating.flags).toContainEqual(
      expect.objectContaining({ code: 'impersonated-accreditor' }),
    );
    // …and on a sub-domain of the provider's own site that embeds the body's domain (blind mills
    // round 20: acn.edu.au.cpdhub-online.com).
    expect(onPage('https://nursingworld.org.carelearn-nursing.com/sepsis').flags).toContainEqual(
      expect.objectContaining({ code: 'lookalike-domain', severity: 'critical' }),
    );
    // A page that embeds the provider's own domain imitates no one else: the ANA's own course.
    const own = evaluateCredibility(
      course({
        url: 'https://nursingworld.org.cpd-events.com/sepsis',
        provider: { name: 'American Nurses Association', url: 'https://www.nursingworld.org' },
        accreditations: [{ body: 'American Nurses Credentialing Center (ANCC)', credits: 4 }],
      }),
      { asOf },
    );
    expect(own.flags.map((f) => f.code)).not.toContain('lookalike-domain');
    // A page on a partner's or an event site of another name is not evidence: providers publish
    // courses on many sites.
    const elsewhere = onPage('https://events.example-hospital.org/sepsis').flags.map((f) => f.code);
    expect(elsewhere).not.toContain('lookalike-domain');
    expect(elsewhere).not.toContain('impersonated-accreditor');
    // One built on the claimed body's own short name as a hyphenated part is (blind mills round
    // 48: ACPE's credit on acpe-accredit.net; claimed-short-name.ts): the claim picks the body.
    expect(onPage('https://nursingworld-events.com/sepsis').flags).toContainEqual(
      expect.objectContaining({ code: 'impersonated-accreditor', severity: 'critical' }),
    );
  });

  it("reads the claims the ASA ruled misleading in the CPD Regulatory Office's words as mill wording", () => {
    const described = (description: string) =>
      evaluateCredibility(course({ description }), { asOf }).flags.filter(
        (f) => f.code === 'mill-indicator',
      );
    // asa.org.uk ruling A24-1247544 quotes "Working alongside government bodies" and
    // "government-approved standards"; UK CPD has neither.
    expect(
      described(
        'Accredited by the UK Healthcare CPD Council, which works alongside government bodies to regulate CPD standards.',
      ),
    ).toHaveLength(1);
    expect(described('Our providers meet government-approved standards.')).toHaveLength(1);
    expect(described('Infection prevention for community nurses, with a quiz.')).toHaveLength(0);
    // A claim's credit type is its text too (blind mills round 25).
    const typed = evaluateCredibility(
      course({
        accreditations: [
          {
            body: 'European Board for Allied Health CPD Standards',
            creditType: 'permanently accredited CPD credits',
          },
        ],
      }),
      { asOf },
    ).flags.filter((f) => f.code === 'mill-indicator');
    expect(typed).toHaveLength(1);
    // Any indicator, in the name of a body nobody recognises (blind mills round 27).
    const named = evaluateCredibility(
      course({ accreditations: [{ body: 'Government-approved CPD Accreditation Authority' }] }),
      { asOf },
    ).flags.filter((f) => f.code === 'mill-indicator');
    expect(named).toHaveLength(1);
  });

  it('reads sellers of certificates and points without learning by their own words (blind mills rounds 49 to 51)', () => {
    const indicators = (description: string) =>
      evaluateCredibility(course({ description }), { asOf })
        .flags.filter((f) => f.code === 'mill-indicator')
        .map((f) => f.message);
    expect(indicators('Pay €70 and your certificate is issued on payment.')).toHaveLength(1);
    expect(
      indicators('30 CEUs uploaded within 24 hours. No attendance register, no quiz.'),
    ).toHaveLength(1);
    expect(indicators('Missed the refresher? Certificate dated as required.')).toHaveLength(1);
    expect(indicators('Points will be backdated once approval arrives.')).toHaveLength(1);
    // Credits earned by proxy (blind mills round 57).
    expect(
      indicators('Attendance register signed on your behalf if you are on call.'),
    ).toHaveLength(1);
    expect(indicators('Proxy attendance is possible.')).toHaveLength(1);
    // Certificates released on payment, or dated and named as the buyer wishes (blind mills
    // round 105).
    expect(
      indicators('Certificates are released to your dashboard as soon as payment clears.'),
    ).toHaveLength(1);
    expect(
      indicators('Name and completion-date fields can be edited before you download.'),
    ).toHaveLength(1);
    expect(
      indicators('Tell us the dates you need and each certificate is issued to fit your window.'),
    ).toHaveLength(1);
    // Certificates dated as the buyer needs for an audit (blind mills round 106).
    expect(
      indicators('Backdated CE Certificates: choose your completion dates, no coursework.'),
    ).toHaveLength(2);
    expect(
      indicators('Audit notice? Get certificates dated inside your renewal period.'),
    ).toHaveLength(1);
    // Or for any course and date the buyer names (blind mills round 112).
    expect(
      indicators('Certificate Replacement Service: Any Course Title, Any Completion Date'),
    ).toHaveLength(1);
    // Or dated within the buyer's audit cycle, with nothing to learn (blind mills round 121).
    expect(
      indicators(
        'We issue completion certificates dated within your cycle, no coursework required.',
      ),
    ).toHaveLength(2);
    // A licence's suspension threatened to press the purchase, as scammers posing as regulators
    // do (blind mills rounds 116, 120, 123 and 134).
    expect(
      indicators('Complete within 48 hours to avoid suspension of your licence.'),
    ).toHaveLength(1);
    expect(
      indicators('Our records show a deficiency. To avoid immediate suspension, pay today.'),
    ).toHaveLength(1);
    // A board's own words on what suspension follows are no such pressure.
    expect(indicators('Failure to complete CE may result in suspension.')).toHaveLength(0);
    // An honest booking line, and an accreditor's rule against backdating, are not such words.
    expect(indicators('Open to others on payment of the booking fee.')).toHaveLength(0);
    expect(indicators('CPD points cannot be backdated.')).toHaveLength(0);
  });

  it('flags a regulator named as a course approver, but not a mention of its requirement', () => {
    const gmc = evaluateCredibility(course({ accreditations: [{ body: 'GMC accredited' }] }), {
      asOf,
    });
    expect(gmc.flags).toContainEqual(
      expect.objectContaining({ code: 'regulator-as-approver', severity: 'critical' }),
    );
    const mention = evaluateCredibility(
      course({ accreditations: [{ body: 'Counts towards NMC revalidation' }] }),
      { asOf },
    );
    expect(mention.flags.map((f) => f.code)).not.toContain('regulator-as-approver');
    // Medical councils that delegate CPD to training bodies and programme providers accredit no
    // course themselves (blind mills round 24: such a claim earned full credit). Named with an
    // approval word they are accused; named with units of their scheme alone ("External CPD
    // credits"), the units count toward their requirement (blind round 60), and earn no credit.
    const council = (body: string) =>
      evaluateCredibility(
        course({ accreditations: [{ body, creditType: 'External CPD credits', credits: 6 }] }),
        { asOf },
      );
    for (const body of [
      'Medical Council of Ireland approved',
      'Medical Council of New Zealand accredited',
      'Nursing Council of New Zealand endorsed',
    ]) {
      expect(council(body).flags, body).toContainEqual(
        expect.objectContaining({ code: 'regulator-as-approver', severity: 'critical' }),
      );
    }
    for (const body of ['Medical Council of Ireland', 'Medical Council of New Zealand']) {
      const report = council(body);
      expect(
        report.flags.map((f) => f.severity),
        body,
      ).not.toContain('critical');
      expect(report.factors.find((f) => f.id === 'accreditation')?.score, body).toBe(0);
    }
    // The credit type may be what says it is a requirement, beside the regulator's plain name
    // (blind round 32), unless it says the regulator approved it.
    const typed = (body: string, creditType: string) =>
      evaluateCredibility(course({ accreditations: [{ body, creditType }] }), { asOf }).flags.find(
        (f) => f.code === 'regulator-as-approver',
      )?.severity;
    expect(
      typed('General Pharmaceutical Council (GPhC)', 'Supports GPhC revalidation requirements'),
    ).toBeUndefined();
    expect(
      typed(
        'Medical Board of Australia (MBA)',
        'Annual CPD requirement under the Medical Board of Australia registration standard, met through an accredited CPD home program',
      ),
    ).toBeUndefined();
    expect(typed('GMC', 'GMC approved CPD – meets revalidation requirements')).toBe('critical');
    // The Medical Council of Ireland's own scheme, run by a faculty it approved (blind round 61).
    expect(
      typed('Medical Council of Ireland', 'Professional Competence Scheme (CPD and Audit)'),
    ).toBeUndefined();
    // The regulator's own terms for the CPD it requires (blind round 33).
    expect(
      typed('GDC', 'Enhanced CPD: courses state which GDC development outcomes (A–D) they cover'),
    ).toBeUndefined();
    expect(
      typed(
        'Nursing and Midwifery Board of Australia (NMBA)',
        'Designed to help meet the NMBA CPD registration standard',
      ),
    ).toBeUndefined();
    // The regulator's own name as the provider, given only with a page elsewhere (a news report
    // of the GMC's own workshop): its own activity if it is the GMC, not an approval.
    const ownWorkshop = evaluateCredibility(
      course({
        url: 'https://www.gponline.com/gmc-welcome-uk-practice-workshops',
        provider: { name: 'General Medical Council' },
        accreditations: [{ body: 'General Medical Council (GMC)' }],
      }),
      { asOf },
    );
    expect(ownWorkshop.flags.map((f) => f.code)).not.toContain('regulator-as-approver');
    // An approving arm added to such a regulator's name is one it does not have, whatever units
    // follow (blind mills round 114); the name followed by units alone still counts toward it.
    for (const body of [
      'Health and Care Professions Council International (HCPC-I)',
      'GMC CPD Accreditation Board',
      'NMC Global CPD Approval Unit',
    ]) {
      expect(typed(body, 'CPD points'), body).toBe('critical');
    }
    expect(typed('HCPC CPD', 'CPD points')).toBeUndefined();
    expect(typed('Health and Care Professions Council', 'CPD points')).toBeUndefined();
    // A regulator that approves CPD providers itself may have such an office.
    expect(typed('Dubai Health Authority CPD Accreditation Unit', 'CPD points')).not.toBe(
      'critical',
    );
    // Said in the offering's own words, with no claim naming it (blind mills round 22).
    const worded = (patch: Record<string, unknown>) =>
      evaluateCredibility(course(patch), { asOf }).flags.find(
        (f) => f.code === 'regulator-as-approver',
      )?.severity;
    expect(worded({ title: 'Safeguarding Adults Level 3 – NMC Accredited CPD' })).toBe('critical');
    // So is a course said to be approved for the regulator's own CPD scheme (blind mills rounds
    // 22 and 24), except from a provider calling itself a university, whose module may sit in a
    // programme the regulator approved.
    const forRevalidation = 'This NMC-approved course meets all your revalidation requirements.';
    expect(worded({ description: forRevalidation })).toBe('critical');
    expect(
      worded({
        provider: { name: 'Northfield University', type: 'university' },
        description: forRevalidation,
      }),
    ).toBe('info');
    // A curriculum or post the regulator is said to approve may be an education programme it
    // does approve: only noted.
    expect(worded({ description: 'Delivered to the GMC-approved curriculum.' })).toBe('info');
    // A title saying the regulator approved the offering itself names what it approved: the
    // course (blind mills round 78).
    expect(
      worded({
        title: 'Periodontal Update for Hygienists – Accredited by the General Dental Council',
      }),
    ).toBe('critical');
    // …but not a requirement, a programme that leads to what the regulator grants, or a
    // university's programme.
    expect(worded({ description: 'Counts towards your NMC revalidation.' })).toBeUndefined();
    expect(worded({ title: 'NMC-approved Return to Practice programme' })).toBeUndefined();
    expect(
      worded({
        provider: { name: 'Keele University', url: 'https://www.keele.ac.uk' },
        description: 'Approved by the HCPC.',
      }),
    ).toBeUndefined();
    // The accusation needs the regulator's own word: a board that approves CE providers is no
    // evidence, and one whose stance the data does not know is only noted.
    const severity = (body: string) =>
      evaluateCredibility(course({ accreditations: [{ body }] }), { asOf }).flags.find(
        (f) => f.code === 'regulator-as-approver',
      )?.severity;
    expect(severity('Approved by the Florida Board of Nursing')).toBeUndefined();
    expect(severity('Midwifery Council of New Zealand')).toBe('info');
    // New Zealand's Medical Radiation Technologists Board says it stopped approving CPD providers
    // in 2017 (blind mills round 92).
    expect(severity('Approved by the Medical Radiation Technologists Board')).toBe('critical');
    // The boards' own words, in the data: the Medical Board of California accepts CME its rules
    // name (AMA PRA Category 1 and others) and approves none itself; the Texas Board of Nursing's
    // "approved" means approved by a credentialing agency it recognises.
    expect(severity('Medical Board of California')).toBe('critical');
    expect(severity('Texas Board of Nursing approved CNE')).toBe('critical');
    // A board that approves CE providers itself still approves education programmes: a
    // refresher programme it approved counts as that (the University of North Carolina's, with
    // the North Carolina Board of Nursing: blind round 56).
    const refresher = evaluateCredibility(
      course({
        title: 'Nurse Refresher Program for Registered Nurses',
        description: 'For registered nurses returning to practice.',
        accreditations: [{ body: 'North Carolina Board of Nursing (module review)', credits: 3 }],
      }),
      { asOf },
    );
    expect(refresher.factors.find((f) => f.id === 'accreditation')?.evidence.join(' ')).toMatch(
      /regulator's approval of an education programme/,
    );
    expect(severity('HCPC approved course')).toBe('critical');
    // Regulators listed together: the first is read, however the list is written.
    expect(severity('AHPRA / Nursing and Midwifery Board of Australia')).toBe('critical');
    expect(severity('GMC, NMC')).toBe('critical');
    // Or named by one of the claim's readings, beside a dash.
    expect(severity('HCPC approved CPD – Health and Care Professions Council')).toBe('critical');
    // A listed university or a public body naming a regulator speaks of a programme it approved.
    const programme = (name: string, body: string) =>
      evaluateCredibility(course({ provider: { name }, accreditations: [{ body }] }), {
        asOf,
      }).flags.find((f) => f.code === 'regulator-as-approver')?.severity;
    expect(programme('Keele University', 'GPhC accredited')).toBe('info');
    expect(programme('Health Education England', 'NMC approved')).toBe('info');
    // So does an offering whose words say it leads to what the regulator grants: the Australian
    // College of Optometry's therapeutics certificate, approved by the Optometry Board of
    // Australia for scheduled medicines endorsement.
    // It is then no accusation, and counts as the regulator's approval of an education programme.
    const leadsTo = (description: string) =>
      evaluateCredibility(
        course({
          provider: { name: 'Australian College of Optometry', type: 'professional-body' },
          description,
          accreditations: [{ body: 'approved by the Optometry Board of Australia (OBA)' }],
        }),
        { asOf },
      );
    const endorsement = leadsTo(
      'Completion enables scheduled medicines endorsement for registered optometrists.',
    );
    expect(endorsement.flags.map((f) => f.code)).not.toContain('regulator-as-approver');
    expect(endorsement.factors.find((f) => f.id === 'accreditation')?.evidence.join(' ')).toMatch(
      /regulator's approval of an education programme: 1/,
    );
    expect(
      leadsTo('A two-hour update on glaucoma co-management.').flags.find(
        (f) => f.code === 'regulator-as-approver',
      )?.severity,
    ).toBe('critical');
    // A regulator naming itself on its own activity (the OIIQ's own continuing education counts
    // as accredited hours) is no third party presented as approver.
    const own = evaluateCredibility(
      course({
        provider: { name: 'Ordre des infirmières et infirmiers du Québec (OIIQ)' },
        accreditations: [{ body: 'OIIQ', credits: 7, unit: 'hours' }],
      }),
      { asOf },
    );
    expect(own.flags.map((f) => f.code)).not.toContain('regulator-as-approver');
    expect(own.factors.find((f) => f.id === 'accreditation')?.evidence.join(' ')).toMatch(
      /its own activity/,
    );
  });

  it("flags a generic CPD service's points beyond three an hour", () => {
    // The CPD Certification Service's points are roughly an hour each; 20 minutes at least, as
    // the most generous scheme in the data gives (blind mills round 27: 40 for a 2-hour webinar).
    const points = (credits: number) =>
      implausibleCredit({
        durationHours: 2,
        format: 'live-online',
        accreditations: [{ body: 'The CPD Certification Service', credits, unit: 'points' }],
      });
    expect(points(40)).toBe('critical');
    expect(points(2)).toBeUndefined();
    expect(points(6)).toBeUndefined();
  });

  it('reads a credit type by its own rule whoever claims it', () => {
    // Australian pharmacy's Group 3 credits are three an hour, whichever body the claim names
    // (blind round 48: 24 for an eight-hour practice review).
    const severity = (body: string, creditType: string, credits: number, durationHours: number) =>
      implausibleCredit({
        durationHours,
        accreditations: [{ body, creditType, credits, unit: 'credits' }],
      });
    expect(severity('Northfield Pharmacy Education', 'Group 3 CPD', 24, 8)).toBeUndefined();
    expect(
      severity('Australian Pharmacy Council-recognised accreditation', 'Group 3 CPD', 24, 8),
    ).toBe(undefined);
    // The AMA's credit is an hour, whoever claims it: beyond twice the hours is critical.
    expect(severity('Northfield CME Office', 'AMA PRA Category 1 Credit', 20, 4)).toBe('critical');
  });

  it("reads a medical royal college's CPD credit or point as an hour", () => {
    // The Academy of Medical Royal Colleges' one credit an hour (blind mills round 28: 15 RCoA
    // CPD points for a 90-minute webinar).
    const rcoa = (credits: number) =>
      implausibleCredit({
        durationHours: 1.5,
        format: 'live-online',
        accreditations: [
          { body: 'Royal College of Anaesthetists', creditType: 'RCoA CPD points', credits },
        ],
      });
    expect(rcoa(15)).toBe('critical');
    expect(rcoa(1.5)).toBeUndefined();
  });

  it('flags academic credit the hours cannot hold, by the unit that defines it', () => {
    const credit = (value: number, unit: string, durationHours: number) =>
      implausibleCredit({
        durationHours,
        academicCredit: { value, unit, awardedBy: 'St. Regis University' },
      });
    // 36 US credit hours are at least 900 hours, and at least 270 of class time: not 10.
    expect(credit(36, 'us-credit-hours', 10)).toBe('critical');
    // 15 NZQCF credits are 150 notional hours (NZQA); 5 ECTS at least 125 (ECTS Users' Guide).
    expect(credit(15, 'nz-credits', 150)).toBeUndefined();
    expect(credit(5, 'ects', 125)).toBeUndefined();
    // A duration that gives guided or contact hours only is no accusation: 12 UK credits for 48
    // guided learning hours (Ofqual's Level 3 Award in Education and Training), 3 US credit hours
    // for 45 hours of class.
    expect(credit(12, 'uk-credits', 48)).toBeUndefined();
    expect(credit(3, 'us-credit-hours', 45)).toBeUndefined();
    // A university's online professional certificate may teach a tenth of its notional hours:
    // UCD's 10 ECTS Professional Certificate in Clinical Dermatology in about 26 hours of
    // teaching (blind round 132).
    expect(credit(10, 'ects', 26)).toBeUndefined();
    expect(credit(60, 'ects', 40)).toBe('critical');
    expect(credit(5, 'ects', 8)).toBe('warning');
  });

  it('does not take an offering shown to make a false claim at its word on the rest', () => {
    const rich = {
      assessment: { type: 'exam', supervised: true },
      learningOutcomes: ['Recognise sepsis'],
      lastReviewed: '2026-01-01',
      outcomesLevel: 'competence',
      description: 'A two-hour interactive session on sepsis recognition.',
      url: 'https://fictional-training.example/sepsis',
      durationHours: 2,
      provider: { name: 'Fictional Training Ltd', type: 'education-company' },
    };
    const factor = (r: ReturnType<typeof evaluateCredibility>, id: string) =>
      r.factors.find((f) => f.id === id);
    const falseClaim = evaluateCredibility(
      course({
        ...rich,
        accreditations: [{ body: 'Accredited by the World Health Organization' }],
      }),
      { asOf },
    );
    for (const id of ['assessment', 'transparency', 'currency', 'outcomes']) {
      expect(factor(falseClaim, id)?.score, id).toBe(0);
      expect(factor(falseClaim, id)?.evidence.join(' '), id).toMatch(
        /not taken at its word .*non-accreditor-as-approver/,
      );
    }
    // What kind of body an unverified provider is, is its own word too ("education company").
    expect(factor(falseClaim, 'provider')?.score).toBe(0);
    expect(factor(falseClaim, 'provider')?.evidence.join(' ')).toMatch(/not taken at its word/);
    // What the reference data confirms about the provider stays: a university on its own domain.
    const verified = evaluateCredibility(
      course({
        ...rich,
        url: 'https://www.ed.ac.uk/short-courses/sepsis',
        provider: { name: 'University of Edinburgh' },
        accreditations: [{ body: 'Accredited by the World Health Organization' }],
      }),
      { asOf },
    );
    expect(factor(verified, 'transparency')?.score).toBe(0);
    expect(factor(verified, 'provider')?.score).toBe(1);
    // Its other accreditation claims are its word too: a recognised body named beside the false
    // claim is not credited either.
    const alsoAccme = evaluateCredibility(
      course({
        ...rich,
        accreditations: [
          { body: 'Accredited by the World Health Organization' },
          { body: 'ACCME', creditType: 'AMA PRA Category 1 Credit', credits: 2 },
        ],
      }),
      { asOf },
    );
    expect(factor(alsoAccme, 'accreditation')?.score).toBe(0);
    expect(factor(alsoAccme, 'accreditation')?.evidence.join(' ')).toMatch(/not taken at its word/);
    // Loose wording that honest providers use too is no proof of a false claim.
    const loose = evaluateCredibility(
      course({ ...rich, title: 'Sepsis certificate', assessment: { type: 'none' } }),
      { asOf },
    );
    expect(loose.flags.map((f) => f.code)).toContain('certified-without-assessment');
    expect(factor(loose, 'transparency')?.score).toBeGreaterThan(0);
    // A board's programme the activity counts toward is not a certification it awards (the ABPN's
    // Continuing Certification, the ABMS boards' Maintenance of Certification: blind round 156).
    for (const title of [
      'Lifelong Learning: Continuous Certification Pilot Project Articles',
      'Maintenance of Certification (MOC) Self-Assessment',
      'Continuing Certification article quiz',
    ]) {
      const moc = evaluateCredibility(course({ ...rich, title, assessment: { type: 'none' } }), {
        asOf,
      });
      expect(
        moc.flags.map((f) => f.code),
        title,
      ).not.toContain('certified-without-assessment');
    }
  });

  it('flags an unknown accreditor named after the provider itself, not shared ordinary words', () => {
    const selfNamed = (provider: string, body: string) =>
      evaluateCredibility(course({ provider: { name: provider }, accreditations: [{ body }] }), {
        asOf,
      }).flags.some((f) => f.code === 'self-named-accreditor' && f.severity === 'warning');
    expect(
      selfNamed(
        'Quillmore International University of Health Sciences',
        'Fully accredited by the Quillmore Accreditation Council for Health Education (QACHE)',
      ),
    ).toBe(true);
    // Shared words that many bodies use, or a body credence recognises, are no evidence.
    expect(
      selfNamed(
        'Northfield Clinical Education',
        'Accredited by the Regional Clinical Accreditation Board',
      ),
    ).toBe(false);
    expect(
      selfNamed(
        'Harbourview Nursing Academy',
        'CPD accredited by the Nursing Accreditation Council',
      ),
    ).toBe(false);
    expect(selfNamed('Royal College of Nursing', 'RCN Accreditation')).toBe(false);
    // An unknown body without accreditation in its name is just unknown.
    expect(selfNamed('Quillmore Health', 'Quillmore quality mark')).toBe(false);
    // A professional body's own approval, in its name or by its own committee, is no separate
    // accreditor (the Dutch specialist societies accredit their specialty's CPD in GAIA).
    expect(selfNamed('Verenso', 'Verenso (accreditatie via GAIA)')).toBe(false);
    // The provider's parent, after a comma in its name, said to be accredited (blind round 168).
    expect(
      selfNamed(
        'Weitzman Institute, Moses/Weitzman Health System',
        'Moses/Weitzman Health System is accredited to provide continuing medical education for physicians',
      ),
    ).toBe(false);
    // The provider's acronym, then what it is (blind round 167: SIMG, an accredited ECM provider).
    expect(
      selfNamed(
        'Società Italiana di Medicina Generale e delle Cure Primarie (SIMG)',
        'SIMG – Società Scientifica e Provider ECM accreditato',
      ),
    ).toBe(false);
    expect(
      selfNamed(
        'Nederlandse Vereniging voor Heelkunde (NVvH)',
        'NVvH Commissie Accreditatie Bij- en Nascholing',
      ),
    ).toBe(false);
    // The provider under a shorter form of its name, or the institution it is a unit of, is the
    // provider itself (a sweep writing real claims as "Accredited by …").
    expect(
      selfNamed('Mittuniversitetet (Mid Sweden University)', 'Accredited by Mittuniversitetet'),
    ).toBe(false);
    expect(
      selfNamed(
        'FNOMCeO – Federazione Nazionale degli Ordini dei Medici Chirurghi e degli Odontoiatri',
        'Accredited by FNOMCeO',
      ),
    ).toBe(false);
    // Any part of its name at a spaced dash (blind round 98: HETI's higher-education unit).
    expect(
      selfNamed(
        'Health Education and Training Institute (HETI) – HETI Higher Education',
        'HETI Higher Education (accredited provider of higher education)',
      ),
    ).toBe(false);
    expect(
      selfNamed(
        'University of Wisconsin-La Crosse Continuing Education',
        'Accredited by University of Wisconsin-La Crosse',
      ),
    ).toBe(false);
    // A place's name is every body of that place's (blind round 65).
    expect(
      selfNamed(
        'Weill Cornell Medicine-Qatar',
        'Qatar Council for Healthcare Practitioners-Accreditation Department (QCHP-AD)',
      ),
    ).toBe(false);
    // A sentence saying the provider is accredited by another body names the provider as the
    // one accredited, not as the accreditor.
    expect(
      selfNamed(
        'St. Vincent Hospital',
        'St. Vincent Hospital is accredited by the Indiana State Medical Association (ISMA) to provide continuing medical education for physicians.',
      ),
    ).toBe(false);
  });

  it('flags a partner or credit awarder that published lists call a mill', () => {
    const codes = (extra: Record<string, unknown>) =>
      evaluateCredibility(course(extra), { asOf }).flags.map((f) => `${f.severity}:${f.code}`);
    expect(
      codes({ partners: [{ name: 'Belford University', role: 'credit-awarding' }] }),
    ).toContain('critical:unrecognised-partner');
    expect(
      codes({
        academicCredit: { value: 3, unit: 'us-credit-hours', awardedBy: 'Rochville University' },
      }),
    ).toContain('critical:unrecognised-partner');
    // A real university as partner is no such evidence.
    expect(
      codes({ partners: [{ name: 'University of Edinburgh', role: 'credit-awarding' }] }),
    ).not.toContain('critical:unrecognised-partner');
  });

  it("flags a partner whose web address imitates a known body's on strong evidence", () => {
    const partnered = (url: string) =>
      evaluateCredibility(
        course({
          partners: [{ name: 'IBLCE CERP Portal', role: 'credit-awarding', url }],
        }),
        { asOf },
      ).flags.filter((f) => f.code === 'lookalike-domain' && /partner/.test(f.message));
    // A digit for a letter: ib1ce-cerps.org for iblce.org (blind mills round 23).
    expect(partnered('https://www.ib1ce-cerps.org/providers/x')).toEqual([
      expect.objectContaining({ severity: 'critical' }),
    ]);
    // The body's own site, or an address that imitates nobody, is no evidence.
    expect(partnered('https://iblce.org/resources/cerp-providers/')).toEqual([]);
    expect(partnered('https://www.lactation-portal.org/x')).toEqual([]);
  });

  it('flags a partner one letter off the site of the body whose credit the offering claims', () => {
    // ACPE credit "verified" at acpe-acredit.org, one letter from acpe-accredit.org (blind mills
    // round 26): a typing slip is weak evidence, critical when the offering names the same body.
    const acpe = { name: 'Accreditation Council for Pharmacy Education', role: 'credit-awarding' };
    const partnered = (url: string, claim: string | undefined) =>
      evaluateCredibility(
        course({
          partners: [{ ...acpe, url }],
          accreditations: claim === undefined ? [] : [{ body: claim, creditType: 'CPE' }],
        }),
        { asOf },
      ).flags.filter((f) => f.code === 'lookalike-domain' && /partner/.test(f.message));
    const typo = 'https://www.acpe-acredit.org/provider-verify';
    expect(partnered(typo, 'ACPE')).toEqual([expect.objectContaining({ severity: 'critical' })]);
    // Named in passing, with no claim of the body's credit: not raised.
    expect(partnered(typo, undefined)).toEqual([]);
    expect(partnered(typo, 'ANCC')).toEqual([]);
    // The body's own site is no evidence.
    expect(partnered('https://www.acpe-accredit.org/', 'ACPE')).toEqual([]);
  });

  it("flags a partner named as a body on an address built from that body's label", () => {
    // "Academy of General Dentistry PACE" at agd-pace-approval.com (blind mills round 95): the
    // partner's own name names the body its address imitates, and no typing slip makes such an
    // address.
    const partnered = (name: string, url: string) =>
      evaluateCredibility(course({ partners: [{ name, role: 'credit-awarding', url }] }), {
        asOf,
      }).flags.filter((f) => f.code === 'lookalike-domain' && /partner/.test(f.message));
    const pace = 'Academy of General Dentistry PACE';
    expect(partnered(pace, 'https://agd-pace-approval.com/verify/TD-2025')).toEqual([
      expect.objectContaining({ severity: 'critical' }),
    ]);
    // Another body's name on that address, or the body's own site: not raised.
    expect(partnered('Dental Learning Partners', 'https://agd-pace-approval.com/verify')).toEqual(
      [],
    );
    expect(partnered(pace, 'https://www.agd.org/continuing-education-events/pace')).toEqual([]);
  });

  it("flags an unknown accrediting partner that lives on the provider's own website", () => {
    const selfHosted = (partner: { name: string; url: string }, providerUrl: string) =>
      evaluateCredibility(
        course({
          provider: { name: 'Harlowgate College of Nursing Online', url: providerUrl },
          partners: [{ ...partner, role: 'endorser' }],
        }),
        { asOf },
      ).flags.some((f) => f.code === 'self-hosted-accreditor' && f.severity === 'warning');
    const board = 'Board for Online Nursing Education Accreditation';
    expect(
      selfHosted(
        { name: board, url: 'https://www.harlowgate-college.com/accreditation' },
        'https://harlowgate-college.com',
      ),
    ).toBe(true);
    // A site of its own, no accreditation in its name, or a body credence knows: no evidence.
    expect(
      selfHosted({ name: board, url: 'https://bonea.org' }, 'https://harlowgate-college.com'),
    ).toBe(false);
    expect(
      selfHosted(
        { name: 'Harlowgate Nursing Alumni Board', url: 'https://harlowgate-college.com/alumni' },
        'https://harlowgate-college.com',
      ),
    ).toBe(false);
    expect(
      selfHosted(
        {
          name: 'Accreditation Council for Continuing Medical Education',
          url: 'https://harlowgate-college.com/accme',
        },
        'https://harlowgate-college.com',
      ),
    ).toBe(false);
    // A learning platform's domain is shared by many organisations, not the provider's own.
    expect(
      selfHosted(
        { name: board, url: 'https://www.coursera.org/partners/bonea' },
        'https://www.coursera.org/harlowgate',
      ),
    ).toBe(false);
  });

  it('flags a body that accredits no courses named as the approver (WHO, UNESCO, EU, ISO 9001, NHS, "AHA Approved")', () => {
    const flagged = (body: string, patch: Record<string, unknown> = {}) =>
      evaluateCredibility(course({ accreditations: [{ body }], ...patch }), { asOf }).flags.some(
        (f) => f.code === 'non-accreditor-as-approver' && f.severity === 'warning',
      );
    for (const body of [
      'Recognised by the World Health Organization (WHO)',
      'WHO-recognised diploma',
      'UNESCO accredited',
      'Approved by the European Commission',
      'ISO 9001:2015 Accredited Training Provider',
      'NHS Approved',
      'AHA Approved',
      'American Heart Association certified BLS',
      'Professional Standards Authority (PSA) Accredited',
      // The AMC accredits CPD homes and programmes, no single course (blind mill round 30).
      'Australian Medical Council (AMC) accredited CPD course',
    ]) {
      expect(flagged(body), body).toBe(true);
    }
    // Not a claim of approval by such a body, or not that body at all.
    for (const body of [
      'Counts towards NHS appraisal',
      'Approved for nurses who work in theatres',
      'WHO Collaborating Centre for Nursing and Midwifery',
      'Commissioned by NHS England',
      'Co-funded by the European Union (Erasmus+)',
      'ANAB-accredited to ISO/IEC 17024',
      // The AHA's own course, taught by a training centre: only "approved", "certified" and the
      // like are what the AHA calls untrue.
      'American Heart Association BLS Provider',
      // A register the Authority accredits, and the other PSA (Pharmaceutical Society of
      // Australia), are not this pattern.
      'BACP, an Accredited Register of the Professional Standards Authority',
      'PSA accredited CPD',
      // Another body whose name starts with the acronym: NES is Scotland's health board for
      // education (name-variant round 4).
      'NHS Education for Scotland (NES)',
      'Approved by NHS Education for Scotland',
      // What the AMC does accredit: a college's CPD home, a college's training programme; and
      // "AMC" alone is many bodies' acronym.
      'RACGP, an AMC-accredited CPD home',
      'Specialist training program accredited by the Australian Medical Council',
      'Primary medical program accredited by the Australian Medical Council',
      'Albany Medical College (AMC) CME',
    ]) {
      expect(flagged(body), body).toBe(false);
    }
    // The approval may be claimed in the credit type beside the body's plain name.
    const withCredit = (creditType: string) =>
      evaluateCredibility(
        course({ accreditations: [{ body: 'American Heart Association', creditType }] }),
        { asOf },
      ).flags.some((f) => f.code === 'non-accreditor-as-approver');
    expect(withCredit('AHA Approved ACLS')).toBe(true);
    expect(withCredit('BLS Provider course')).toBe(false);
    // A public body naming a public authority is not a mill borrowing its name.
    expect(
      flagged('World Health Organization', {
        provider: { name: 'World Health Organization', url: 'https://www.who.int' },
      }),
    ).toBe(false);
  });

  it('flags credit claims beyond the hours and expired accreditation', () => {
    expect(
      codes(
        course({
          accreditations: [{ body: 'ACCME', creditType: 'AMA PRA Category 1 Credit', credits: 20 }],
          durationHours: 4,
        }),
      ),
    ).toContain('implausible-credit');
    expect(
      codes(course({ accreditations: [{ body: 'ANCC', credits: 1, validUntil: '2024-01-01' }] })),
    ).toContain('expired-accreditation');
  });

  it("notes, not flags, credit beyond a conference's length when its words name optional parts the credit may count (blind round 114)", () => {
    const conference = (description: string) =>
      evaluateCredibility(
        course({
          title: '9th Annual Patient Safety Conference',
          description,
          format: 'in-person',
          durationHours: 23,
          accreditations: [
            { body: 'Saudi Commission for Health Specialties', credits: 90, unit: 'hours' },
          ],
        }),
        { asOf: '2026-12-06' },
      ).flags.find((f) => f.code === 'implausible-credit');
    const noted = conference(
      'SCFHS approved 90 CME hours: 23 for the scientific programme plus 67 hours across 20 accompanying workshops.',
    );
    expect(noted?.severity).toBe('info');
    expect(noted?.message).toContain('"20 accompanying workshops"');
    // Without them, credit four times the length is critical.
    expect(conference('SCFHS approved 90 CME hours.')?.severity).toBe('critical');
    // The workshops' credit as a claim of its own, its credit type naming them (blind round 150).
    const split = evaluateCredibility(
      course({
        title: '9th Annual Patient Safety Conference',
        description: 'A scientific programme plus 20 side workshops for healthcare leaders.',
        format: 'in-person',
        durationHours: 23,
        accreditations: [
          { body: 'SCFHS', creditType: 'CME hours – main programme', credits: 23, unit: 'hours' },
          {
            body: 'SCFHS',
            creditType: 'CME hours – accompanying workshops (total across 20 workshops)',
            credits: 67,
            unit: 'hours',
          },
        ],
      }),
      { asOf: '2026-12-06' },
    ).flags.find((f) => f.code === 'implausible-credit');
    expect(split?.severity).toBe('info');
  });

  it('flags qualification words on short courses and certification without assessment', () => {
    const c = course({
      title: 'Diploma in Wound Care',
      durationHours: 3,
      credential: { type: 'certificate' },
      assessment: { type: 'none' },
    });
    expect(codes(c)).toEqual(
      expect.arrayContaining([
        'qualification-word-on-short-course',
        'certified-without-assessment',
      ]),
    );
    // A title that prepares for a qualification, names its level, or is a master class awards
    // no qualification.
    const short = (title: string) =>
      codes(course({ title, durationHours: 3 })).includes('qualification-word-on-short-course');
    expect(short('FRCEM Fellowship Exam Preparation')).toBe(false);
    expect(short('Board Certification Review: Internal Medicine')).toBe(false);
    expect(short("Master's level module: leadership")).toBe(false);
    expect(short('Master Class in Wound Care')).toBe(false);
    expect(short('Level 7 Diploma in Injectable Aesthetics')).toBe(true);
    // A word of another script is read whole: "maîtres" holds no MA (blind round 167).
    expect(short("Séminaire pour l'agrément des maîtres de stage")).toBe(false);
    expect(short('MA in Medical Education')).toBe(true);
    expect(short('Board Certification in Aesthetic Medicine – Online Exam')).toBe(true);
    // A certification's title is awarded by an independent assessment, not a course (blind mills
    // round 83); preparing for one is not awarding it.
    expect(short('EMDR Certified Therapist Program - Get Certified in One Day')).toBe(true);
    expect(short('Certified Infection Prevention Specialist (CIPS)')).toBe(true);
    expect(short('Certified Diabetes Educator (CDE) Preparation Course')).toBe(false);
    // A board's diplomate status is its certification (blind mills round 85); its examination is
    // not the award.
    expect(short('Diplomate in Chiropractic Functional Nutrition')).toBe(true);
    expect(short('FPH Diplomate Examination (DFPH)')).toBe(false);
    // A graduate certificate is half a year to a year of study (ASQA; blind mills round 91).
    expect(short('Graduate Certificate in Mental Health Nursing (AQF Level 8) — 4 Weeks')).toBe(
      true,
    );
    expect(short('PgCert Clinical Aesthetics & Dermal Fillers')).toBe(true);
    expect(short('Postgraduate Certificate Open Evening')).toBe(false);
    expect(
      codes(course({ title: 'Certified Lactation Specialist', durationHours: 50 })).includes(
        'qualification-word-on-short-course',
      ),
    ).toBe(false);
    // With no duration given, the length the title states is read (blind mills round 35); a
    // revision course for an acronym'd fellowship or an open evening awards none.
    const titled = (title: string) =>
      codes(course({ title, durationHours: undefined })).includes(
        'qualification-word-on-short-course',
      );
    expect(titled('Become Board Certified in Cosmetic Laser Medicine in 2 Days')).toBe(true);
    expect(titled('Board Certified Wound Care Physician — Weekend Course & Exam')).toBe(true);
    expect(titled('Board Certification in Cosmetic Laser Medicine')).toBe(false);
    expect(titled('RCEM Fellowship (FRCEM) Revision Course – 3 days')).toBe(false);
    expect(titled('PG Diploma Open Evening – one day event')).toBe(false);
    // An accredited event's certificate records its credit for attendance (blind round 52); a
    // generic CPD service's accreditation, or a title that says "certification", does not excuse it.
    const conference = (patch: Record<string, unknown>) =>
      codes(
        course({
          title: 'Update in Hospital Medicine',
          format: 'in-person',
          durationHours: 7,
          credential: { type: 'certificate' },
          assessment: { type: 'none' },
          ...patch,
        }),
      ).includes('certified-without-assessment');
    const accme = { body: 'ACCME', creditType: 'AMA PRA Category 1 Credits™', credits: 7 };
    expect(conference({ accreditations: [accme] })).toBe(false);
    expect(conference({})).toBe(true);
    expect(
      conference({ accreditations: [{ body: 'CPD Certification Service', credits: 7 }] }),
    ).toBe(true);
    expect(conference({ title: 'BLS Certification', accreditations: [accme] })).toBe(true);
    // Credit its hours could not earn is no accreditation to excuse it.
    expect(conference({ accreditations: [{ ...accme, credits: 30 }] })).toBe(true);
    // A certificate of participation from a university its address confirms is noted, not
    // warned (blind round 82: McGill's Faculty Development Certificate); a title saying
    // "certification" from it, or the same certificate from an unverified seller, is warned.
    const severity = (patch: Record<string, unknown>) =>
      evaluateCredibility(
        course({
          title: 'Your Teaching Journey at McGill',
          credential: { type: 'certificate' },
          assessment: { type: 'none' },
          ...patch,
        }),
        { asOf },
      ).flags.find((f) => f.code === 'certified-without-assessment')?.severity;
    const mcgill = { name: 'McGill University', type: 'university', url: 'https://www.mcgill.ca' };
    expect(severity({ provider: mcgill })).toBe('info');
    expect(severity({ provider: mcgill, title: 'Certified Clinical Teacher' })).toBe('warning');
    expect(severity({})).toBe('warning');
    // So is a jointly provided activity's, where its credit-awarding partner is such a university
    // (Rush University Medical Center's joint providership of a conference, blind round 131); the
    // same body as a host only is no one answering for the certificate.
    const partner = (role: string) => ({
      partners: [{ name: 'McGill University', role, url: 'https://www.mcgill.ca' }],
    });
    expect(severity(partner('credit-awarding'))).toBe('info');
    expect(severity(partner('host'))).toBe('warning');
    // So is a professional body's live event: a congress's certificate records attendance (blind
    // rounds 139, 164 and 175); the same body's self-paced pack, or a company's congress, is warned.
    const society = {
      name: 'International Society for Heart and Lung Transplantation',
      type: 'professional-body',
    };
    expect(severity({ provider: society, format: 'in-person' })).toBe('info');
    expect(severity({ provider: society, format: 'live-online' })).toBe('info');
    expect(severity({ provider: society, format: 'self-paced-online' })).toBe('warning');
    expect(
      severity({
        provider: { name: 'Aotea Pacific Scientific Meetings', type: 'education-company' },
        format: 'in-person',
      }),
    ).toBe('warning');
  });

  it('says who answers for an accreditation that names no body: its provider, or its partner', () => {
    const note = (patch: Record<string, unknown>) =>
      evaluateCredibility(
        course({ title: 'Sepsis Update', description: 'A fully accredited course.', ...patch }),
        { asOf },
      ).flags.find((f) => f.code === 'unsubstantiated-accreditation-claim');
    const mcgill = { name: 'McGill University', type: 'university', url: 'https://www.mcgill.ca' };
    expect(note({ provider: mcgill })).toMatchObject({ severity: 'info' });
    expect(note({ provider: mcgill })?.message).toContain('its provider is a verified');
    const partnered = note({ partners: [{ ...mcgill, role: 'credit-awarding' }] });
    expect(partnered).toMatchObject({ severity: 'info' });
    expect(partnered?.message).toContain('its credit-awarding partner is a verified');
    expect(note({})).toMatchObject({ severity: 'warning' });
  });

  it("counts a public body's own course as public governance, not independent accreditation", () => {
    const facts = {
      title: 'Sepsis: recognition and escalation',
      url: 'https://www.e-lfh.org.uk/programmes/sepsis',
      durationHours: 1,
      assessment: { type: 'quiz' },
    };
    const nhs = evaluateCredibility(
      course({ ...facts, provider: { name: 'NHS England', url: 'https://www.england.nhs.uk' } }),
      { asOf },
    );
    const factor = (r: typeof nhs, id: string) => r.factors.find((f) => f.id === id);
    // Accreditation is known and worth the public-body share; university backing is not needed.
    expect(factor(nhs, 'accreditation')).toMatchObject({
      known: true,
      score: DEFAULT_POLICY.scores.publicBodyOwnCourse,
    });
    expect(factor(nhs, 'accreditation')?.evidence.join(' ')).toMatch(/public clinical governance/);
    expect(factor(nhs, 'university')?.weight).toBe(0);
    // The same course from a listed professional body (its own approved CPD) ranks above it.
    const college = evaluateCredibility(
      course({
        ...facts,
        provider: { name: 'Royal College of Nursing', url: 'https://www.rcn.org.uk' },
      }),
      { asOf },
    );
    expect(college.score).toBeGreaterThan(nhs.score);
    // A recognised accreditation still counts in full for a public body.
    const accredited = evaluateCredibility(
      course({
        ...facts,
        provider: { name: 'NHS England', url: 'https://www.england.nhs.uk' },
        accreditations: [{ body: 'Royal College of Nursing' }],
      }),
      { asOf },
    );
    expect(factor(accredited, 'accreditation')?.score).toBeGreaterThan(
      DEFAULT_POLICY.scores.publicBodyOwnCourse,
    );
  });

  it('does not verify a university by name alone', () => {
    const fake = course({
      provider: {
        name: 'Harvard Clinical Academy',
        type: 'university',
        url: 'https://harvard-clinical.example',
      },
    });
    const report = evaluateCredibility(fake, { asOf });
    expect(report.flags).toContainEqual(
      expect.objectContaining({ code: 'lookalike-provider', severity: 'warning' }),
    );
    expect(report.flags).toContainEqual(
      expect.objectContaining({ code: 'unverified-university', severity: 'info' }),
    );
    expect(report.factors.find((f) => f.id === 'university')?.score).toBe(0);
    // The name imitates Harvard: the provider earns nothing for calling itself a university…
    const provider = report.factors.find((f) => f.id === 'provider');
    expect(provider?.score).toBe(0);
    expect(provider?.evidence.join(' ')).toMatch(/imitates Harvard/);
    // …while an unverified university that imitates no one is neutral, like any unverified body.
    const plain = evaluateCredibility(
      course({ provider: { name: 'Universität Heidelberg Testfakultät', type: 'university' } }),
      { asOf },
    ).factors.find((f) => f.id === 'provider');
    expect(plain?.score).toBe(DEFAULT_POLICY.scores.providerTypes['professional-body'].claimed);
    // An unlisted university on its own, plain domain is unverified, never accused.
    const unlisted = evaluateCredibility(
      course({
        provider: {
          name: 'Universität Heidelberg Testfakultät',
          type: 'university',
          url: 'https://www.uni-example.de',
        },
      }),
      { asOf },
    );
    expect(unlisted.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    const real = course({
      provider: { name: 'King’s College London', type: 'university', url: 'https://www.kcl.ac.uk' },
      academicCredit: { value: 15, unit: 'uk-credits', awardedBy: 'King’s College London' },
    });
    expect(
      evaluateCredibility(real, { asOf }).factors.find((f) => f.id === 'university')?.score,
    ).toBe(1);
  });

  it('verifies a provider by the offering page when the provider has no address', () => {
    const c = course({
      provider: { name: 'University of Edinburgh' },
      url: 'https://www.ed.ac.uk/short-courses/palliative-care',
    });
    const provider = evaluateCredibility(c, { asOf }).factors.find((f) => f.id === 'provider')!;
    expect(provider.evidence.join(' ')).toMatch(/ed\.ac\.uk/);
    expect(provider.score).toBe(1);
  });

  it('does not reward free-text accreditation claims or empty fields', () => {
    const plain = course({ description: 'Short course on sepsis.' });
    const stuffed = course({
      description: 'Fully accredited CPD certified short course on sepsis.',
      accreditations: [],
      partners: [],
      skills: [],
    });
    expect(evaluateCredibility(stuffed, { asOf }).score).toBeLessThanOrEqual(
      evaluateCredibility(plain, { asOf }).score,
    );
    expect(codes(stuffed)).toContain('unsubstantiated-accreditation-claim');
    // A provider that is itself a recognised CPD approver names the accrediting body: itself.
    const own = course({
      title: 'APA Accredited Course: Persistent Low Back Pain',
      provider: { name: 'Australian Physiotherapy Association', url: 'https://australian.physio' },
    });
    expect(codes(own)).not.toContain('unsubstantiated-accreditation-claim');
  });

  it('evaluates a course built by hand without the fields parsing defaults (provider type)', () => {
    const report = evaluateCredibility(
      { id: 'h', title: 'ECG', provider: { name: 'Royal College of Nursing' } } as Course,
      { asOf },
    );
    expect(report.factors.find((f) => f.id === 'provider')?.score).toBeGreaterThan(0);
  });

  it('gives the same reports in batch and one by one', () => {
    const list = [strong, course({ id: 'd' })];
    expect(evaluateCatalog(list, { asOf })).toEqual(
      list.map((c) => evaluateCredibility(c, { asOf })),
    );
  });

  it('shares evidence lists across a batch, frozen, so no report can change another', () => {
    const [a, b] = evaluateCatalog([strong, { ...strong, id: 'twin' }], { asOf });
    const evidence = (r: typeof a) => r?.factors.find((f) => f.id === 'provider')?.evidence;
    expect(evidence(a)).toBe(evidence(b));
    expect(() => (evidence(a) as string[]).push('changed')).toThrow(TypeError);
    expect(evidence(b)).not.toContain('changed');
  });
});

describe('resolvePolicy', () => {
  it('normalises weights that do not sum to 1, with a warning', () => {
    const { policy, warnings } = resolvePolicy({ weights: { accreditation: 1.3 } });
    expect(Object.values(policy.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(warnings[0]).toMatch(/divided by that sum/);
  });

  it('rejects all-zero weights', () => {
    expect(() =>
      resolvePolicy({
        weights: {
          provider: 0,
          accreditation: 0,
          university: 0,
          assessment: 0,
          transparency: 0,
          currency: 0,
          outcomes: 0,
        },
      }),
    ).toThrowError(
      /^credence: the policy is invalid \(1 problem\):\n {2}- weights must not all be 0$/,
    );
  });
});
