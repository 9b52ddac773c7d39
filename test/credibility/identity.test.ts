/**
 * Who is behind an offering (src/credibility/identity.ts): verified by a site, a domain class or
 * a curated platform; registered by name; claimed otherwise — and when a known name on another
 * web address is noted, warned about, or critical.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/credibility/context.js';
import { type NamedOrganisation, resolveIdentity } from '../../src/credibility/identity.js';
import { evaluateCredibility } from '../../src/index.js';

const context = createContext({ asOf: '2026-12-06' });
const identify = (org: Partial<NamedOrganisation> & { name: string }, courseUrl?: string) =>
  resolveIdentity(context, { type: 'unknown', ...org }, courseUrl);
const severities = (flags: readonly { code: string; severity: string }[]) =>
  flags.map((f) => `${f.severity}:${f.code}`);

describe('resolveIdentity', () => {
  it('verifies a known organisation by its web address, sub-domains included', () => {
    const rcn = identify({ name: 'RCN' }, 'https://learning.rcn.org.uk/course');
    expect(rcn).toMatchObject({ status: 'verified', basis: 'registry-domain' });
    expect(rcn.selfApprover?.id).toBe('rcn');
    expect(rcn.authoritative).toBe(true);
  });

  it('reads a listed sub-domain as naming the rest of its registrable domain only when that is the body’s own', () => {
    // ccepr.ada.org: ada.org carries the ADA's name.
    expect(identify({ name: 'ADA CERP' }, 'https://www.ada.org/x')).toMatchObject({
      status: 'verified',
      organisation: { name: 'ADA Continuing Education Recognition Program' },
    });
    // A government's registry gives each agency its own sub-domain (rn.ca.gov is the nursing
    // board's, cdph.ca.gov the health department's); anyone may register under uk.com (bda.uk.com).
    const cdph = identify(
      { name: 'California Department of Public Health' },
      'https://www.cdph.ca.gov/Programs',
    );
    expect(cdph).toMatchObject({ basis: 'government-domain' });
    expect(cdph.organisation).toBeUndefined();
    const stranger = identify({ name: 'Quick CPD Ltd' }, 'https://quickcpd.uk.com/course');
    expect(stranger.status).toBe('claimed');
    expect(stranger.organisation).toBeUndefined();
    // The listed sub-domain itself, and its own sub-domains, still name the body.
    expect(identify({ name: 'BDA' }, 'https://learning.bda.uk.com/x')).toMatchObject({
      status: 'verified',
      organisation: { name: 'British Dietetic Association' },
    });
  });

  it('takes a name that names a known body for that body, whatever acronym follows it', () => {
    // The Irish faculty shares its acronym with the UK's Faculty of Sport and Exercise Medicine.
    expect(
      identify({ name: 'Faculty of Sports and Exercise Medicine, RCPI & RCSI (FSEM)' }).organisation
        ?.id,
    ).toBe('faculty-of-sports-and-exercise-medicine-ireland');
    expect(
      identify({ name: 'Faculty of Sport and Exercise Medicine (FSEM)' }).organisation?.id,
    ).toBe('faculty-of-sport-and-exercise-medicine');
  });

  it('calls no site an imitation of a body whose own sites the data does not know', () => {
    // The data lists the Rajasthan Medical Council without a web address of its own.
    const council = identify(
      { name: 'Rajasthan Medical Council' },
      'https://www.rajasthanmedicalcouncil.org/cme',
    );
    expect(severities(council.flags).filter((f) => !f.startsWith('info:'))).toEqual([]);
  });

  it('verifies no host by its class that imitates a known body in confusable characters', () => {
    // rсp.ac.uk, with a Cyrillic "с", for the RCP's rcp.ac.uk (blind mills round 25).
    const imitation = identify(
      { name: 'Royal College of Physicians' },
      'https://www.r\u0441p.ac.uk/x',
    );
    expect(imitation.status).toBe('claimed');
    expect(severities(imitation.flags)).toContain('critical:lookalike-provider');
  });

  it('verifies by domain class: academic, public health service, government', () => {
    expect(
      identify({ name: 'Some Faculty', type: 'university' }, 'https://nursing.example.ac.uk'),
    ).toMatchObject({
      status: 'verified',
      basis: 'academic-domain',
      verifiedUniversity: true,
    });
    expect(
      identify({ name: 'Leeds Teaching Hospitals' }, 'https://www.leedsth.nhs.uk/x'),
    ).toMatchObject({
      basis: 'health-service-domain',
      type: 'healthcare-organisation',
      publicBody: true,
      authoritative: false,
    });
    expect(identify({ name: 'Manatū Hauora' }, 'https://www.health.govt.nz/x')).toMatchObject({
      basis: 'government-domain',
      publicBody: true,
      authoritative: false,
    });
  });

  it('judges a course on a curated platform by its named partner, never by the platform', () => {
    const jhu = identify({ name: 'Johns Hopkins University' }, 'https://www.coursera.org/learn/x');
    expect(jhu).toMatchObject({
      status: 'verified',
      basis: 'platform-partner',
      verifiedUniversity: true,
    });
    expect(jhu.platform?.id).toBe('coursera');
    // An unknown partner of a curated platform is a real partner, though unverified by us.
    expect(
      identify(
        { name: 'Universidad Inventada', type: 'university' },
        'https://www.coursera.org/learn/y',
      ),
    ).toMatchObject({
      status: 'registered',
      basis: 'platform-partner',
      verifiedUniversity: false,
    });
  });

  it('reads an edX partner name, a university\'s short name and an "X", as that university', () => {
    const harvardX = identify(
      { name: 'HarvardX' },
      'https://courses.edx.org/courses/course-v1:HarvardX+PH556',
    );
    expect(harvardX).toMatchObject({ status: 'verified', basis: 'platform-partner' });
    expect(harvardX.organisation?.id).toBe('harvard-university');
    expect(identify({ name: 'UQx' }).organisation?.id).toBe('university-of-queensland');
    // A word that merely ends in "x" is not a university's short name.
    for (const name of ['Apex', 'Medix', 'Pharmax', 'GPEx']) {
      expect(identify({ name }).organisation, name).toBeUndefined();
    }
  });

  it('knows a body by its name in its own script, and accuses no sister body one character away', () => {
    expect(identify({ name: '日本医師会' })).toMatchObject({ status: 'registered' });
    expect(identify({ name: '대한의사협회' }).organisation?.id).toBe('korean-medical-association');
    // The Japanese Association of Medical Sciences and the Japan Dental Association: other bodies.
    for (const name of [
      '日本医学会',
      '日本歯科医師会',
      'Български зъболекарски съюз',
      // Its own name with Latin words beside it is no look-alike of itself.
      'Πανελλήνιος Ιατρικός Σύλλογος CME',
      'Πανελλήνιος Ιατρικός Σύλλογος Ltd',
    ]) {
      expect(
        identify({ name }).flags.filter((f) => f.severity !== 'info'),
        name,
      ).toEqual([]);
    }
    // Letters of another script imitating a Latin name are still caught.
    expect(severities(identify({ name: 'АССМЕ' }).flags)).toContain('critical:lookalike-provider');
  });

  it('does not let an open marketplace vouch for a name', () => {
    const fake = identify({ name: 'Harvard University' }, 'https://www.udemy.com/course/x');
    expect(fake).toMatchObject({ status: 'claimed', verifiedUniversity: false });
    expect(fake.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(fake.evidence.join(' ')).toMatch(/Udemy lets anyone publish under any name/);
    // A MOOC whose vetting is not known is not said to be open to anyone.
    const unknownVetting = identify({ name: 'Harvard University' }, 'https://iversity.org/en/x');
    expect(unknownVetting.status).toBe('claimed');
    expect(unknownVetting.evidence.join(' ')).toMatch(
      /iversity is not known to check who publishes/,
    );
  });

  it("judges WHO's courses on OpenWHO, WHO's own platform, as WHO's", () => {
    const who = identify({ name: 'World Health Organization' }, 'https://openwho.org/courses/ipc');
    expect(who).toMatchObject({ status: 'verified', publicBody: true });
    expect(who.organisation?.id).toBe('world-health-organization');
  });

  it('registers an exact name without a web address, and neutral-claims an unknown one', () => {
    expect(identify({ name: 'The Royal College of Nursing' })).toMatchObject({
      status: 'registered',
      basis: 'registry-name',
    });
    const unknown = identify({
      name: 'British Thoracic Society Meetings Ltd',
      type: 'professional-body',
    });
    expect(unknown).toMatchObject({ status: 'claimed', basis: 'claim' });
    expect(unknown.flags).toEqual([]);
  });

  it('notes a known name on an unknown site, warns about an imitating site, calls a confusable one critical', () => {
    expect(
      severities(
        identify({
          name: 'Irish Nurses and Midwives Organisation',
          url: 'https://inmoprofessional.ie',
        }).flags,
      ),
    ).toEqual(['info:provider-domain-mismatch']);
    expect(
      severities(
        identify({ name: 'British Thoracic Society', url: 'https://british-thoracic-society.net' })
          .flags,
      ),
    ).toEqual(['warning:lookalike-domain']);
    // The address imitates the college under another of its entries (the accreditor of its CPD
    // scheme, on the same domain) than the one its name is found by.
    expect(
      severities(
        identify({
          name: 'Royal College of Physicians',
          url: 'https://www.royalcollegeofphysicians-events.com',
        }).flags,
      ),
    ).toEqual(['warning:lookalike-domain']);
    // …or under another entry on the same registrable domain: the label "stanford" is listed for
    // Stanford Medicine's CME office (med.stanford.edu), the name is Stanford University's
    // (stanford.edu). A sweep once found it read as no imitation at all.
    const stanford = identify({
      name: 'Stanford University',
      type: 'university',
      url: 'https://stanford-cpd-courses.com',
    });
    expect(stanford.imitates).toContainEqual(expect.objectContaining({ basis: 'evidence' }));
    // A university's own name on such an address is only noted: universities' CPD offices run
    // sites so named (McGill's course-mcgill.ca, the University of Manitoba's cpd-umanitoba.com).
    expect(severities(stanford.flags)).toEqual([
      'info:lookalike-domain',
      'info:unverified-university',
    ]);
    expect(
      severities(
        identify({ name: 'McGill University', url: 'https://2025.course-mcgill.ca' }).flags,
      ).filter((f) => f.endsWith('lookalike-domain')),
    ).toEqual(['info:lookalike-domain']);
    expect(severities(identify({ name: 'ACCME', url: 'https://xn--ccme-43d.org' }).flags)).toEqual([
      'critical:lookalike-provider',
    ]);
    // Its national site under another suffix is how organisations name their sites.
    expect(severities(identify({ name: 'Relias', url: 'https://www.relias.co.uk' }).flags)).toEqual(
      ['info:provider-domain-mismatch'],
    );
    // Rule 12: the named body's own short name as a hyphenated part of an address not its own
    // (blind mills rounds 15, 23, 25, 27)…
    for (const [name, url] of [
      ['Royal College of Nursing UK', 'https://www.rcn-cpd.com'],
      ['British Dental Association CPD Academy', 'https://www.bda-cpdacademy.com'],
      ['Chartered Society of Physiotherapy', 'https://www.csp-cpdacademy.com'],
    ] as const) {
      expect(severities(identify({ name, url }).flags)).toEqual(['warning:lookalike-domain']);
    }
    // …but joined to a word without a hyphen it is how real bodies name their other sites
    // (the corpus's rcemlearning.co.uk, rcnilearning.com), and a sub-domain is not the address's
    // name (asa-365.ascendeventmedia.com).
    for (const [name, url] of [
      ['Royal College of Emergency Medicine', 'https://www.rcemlearning.co.uk'],
      ['Royal College of Nursing', 'https://rcnlearning.com'],
      ['American Thoracic Society', 'https://ats-365.ascendeventmedia.com'],
      // Its own label as the sub-domain is how hosting services name their tenants (blind round
      // 149: the RCOG's conference on an event platform).
      ['Royal College of Obstetricians and Gynaecologists (RCOG)', 'https://rcog.eventsair.com'],
    ] as const) {
      expect(severities(identify({ name, url }).flags)).toEqual(['info:provider-domain-mismatch']);
    }
  });

  it('never takes a known name written to hide itself for the organisation', () => {
    const hidden = identify({ name: 'Royal College of Nur\u200bsing' });
    expect(hidden.status).toBe('claimed');
    expect(severities(hidden.flags)).toEqual(['critical:lookalike-provider']);
    expect(hidden.flags[0]?.message).toContain(
      'Nur<U+200B>sing" is the name of Royal College of Nursing',
    );
    expect(identify({ name: 'Royal College of Nursing' }).status).toBe('registered');
  });

  it('verifies any organisation on a restricted academic domain, keeping the type it states', () => {
    const centre = identify(
      { name: 'Johns Hopkins Medicine', type: 'healthcare-organisation' },
      'https://www.hopkinscme.edu/course/1',
    );
    expect(centre).toMatchObject({
      status: 'verified',
      basis: 'academic-domain',
      type: 'healthcare-organisation',
      verifiedUniversity: false,
    });
    expect(identify({ name: 'Some School' }, 'https://cme.example.edu')).toMatchObject({
      type: 'university',
      verifiedUniversity: true,
    });
  });

  it('lets a listed professional body or an approver stand in for accreditation, not a public body', () => {
    expect(identify({ name: 'British Thoracic Society' }).authoritative).toBe(true);
    expect(identify({ name: 'Royal College of Nursing' }).authoritative).toBe(true);
    // Unknown bodies, and known names on sites that are not theirs, do not.
    expect(
      identify({ name: 'Thoracic Society of Somewhere', type: 'professional-body' }).authoritative,
    ).toBe(false);
    expect(
      identify({ name: 'British Thoracic Society', url: 'https://british-thoracic-society.net' })
        .authoritative,
    ).toBe(false);
  });

  it("warns of an unknown provider on an address that opens with a body's site label (combosquat)", () => {
    const domainFlags = (name: string, url: string) =>
      severities(identify({ name, url }).flags).filter((f) => f.endsWith('lookalike-domain'));
    // Blind mills rounds 47, 107 and 133: ACCME's and the ICGP's labels, then a word.
    expect(domainFlags('Summit CME Partners', 'https://accme-credits.com/board-review')).toEqual([
      'warning:lookalike-domain',
    ]);
    expect(domainFlags('Irish GP Competence Services', 'https://icgp-statement.ie')).toEqual([
      'warning:lookalike-domain',
    ]);
    // A label the provider's own name holds is its own name's: Germany's medical chambers are on
    // aerztekammer-hamburg.org beside the Austrian chamber's aerztekammer.at.
    expect(
      domainFlags('Landesärztekammer Baden-Württemberg', 'https://www.aerztekammer-bw.de'),
    ).not.toContain('warning:lookalike-domain');
    // The label as a last part, a tenant's sub-domain, or whole under another suffix is only
    // noted: real bodies' partners and national sites are named so (eba-uems.eu, apha.confex.com,
    // cochrane.de).
    expect(domainFlags('European Board of Anaesthesiology', 'https://www.eba-uems.eu')).toEqual([
      'info:lookalike-domain',
    ]);
    expect(domainFlags('Cochrane Deutschland Stiftung', 'https://www.cochrane.de')).toEqual([
      'info:lookalike-domain',
    ]);
  });

  it('is contradicted by strong look-alike evidence or an imitating name, not by a site alone', () => {
    expect(
      identify({ name: 'ACCME', url: 'https://xn--ccme-43d.org' }).contradictedBy?.organisation.id,
    ).toBe('accme');
    expect(
      identify({ name: 'Harvard Clinical Academy', url: 'https://harvard-clinical.example' })
        .contradictedBy?.organisation.id,
    ).toBe('harvard-university');
    // A known name on an address that borrows its label is warned about, but organisations run
    // such sites themselves: it contradicts nothing on its own.
    const ownSite = identify({
      name: 'British Thoracic Society',
      url: 'https://british-thoracic-society.net',
    });
    expect(ownSite.flags.map((f) => f.severity)).toContain('warning');
    expect(ownSite.contradictedBy).toBeUndefined();
    // A known name on another of its national sites, or a one-letter host difference across
    // suffixes (info only), contradicts nothing.
    expect(identify({ name: 'Relias', url: 'https://www.relias.co.uk' }).contradictedBy).toBe(
      undefined,
    );
    expect(identify({ name: 'CRANAplus', url: 'https://crana.org.au' }).contradictedBy).toBe(
      undefined,
    );
  });

  it("warns when a name differing in its form word sits on an address borrowing that body's label", () => {
    const lookalike = (name: string, url: string) =>
      identify({ name, url }).flags.find((f) => f.code === 'lookalike-domain')?.severity;
    // Two signals at one body: its name with "College" changed, its label borrowed.
    expect(
      lookalike('Royal Academy of Physicians of Edinburgh', 'https://rcpe-edinburgh.org'),
    ).toBe('warning');
    // The same with a word of its name in another form ("Practice" for "Practitioners", blind
    // mills round 29).
    expect(
      lookalike('Royal New Zealand College of General Practice', 'https://www.rnzcgp-learning.com'),
    ).toBe('warning');
    // The borrowed label alone is only noted where it does not open the address; opening it, it
    // is a combosquat (see the combosquat test above), whatever the name.
    expect(lookalike('Edinburgh Clinical Updates', 'https://edinburgh-rcpe.org')).toBe('info');
    expect(lookalike('Edinburgh Clinical Updates', 'https://rcpe-edinburgh.org')).toBe('warning');
    expect(
      lookalike('Auckland General Practice Education', 'https://www.rnzcgp-learning.com'),
    ).toBe('warning');
    // Sister bodies differ in a region, a profession or a rank, on addresses one letter apart too.
    expect(lookalike('Society of Intensive Care Medicine', 'https://sicm.org.sg')).toBe('info');
    // (The ophthalmologists' college's site is ranzco.edu; "i" is a key beside "o".)
    expect(
      lookalike('Royal Australian and New Zealand College of Immunologists', 'https://ranzci.org'),
    ).toBe('info');
  });

  it("warns when a name that is a body's short name as its CPD office sits on an address imitating that body's", () => {
    const lookalike = (name: string, url: string) =>
      identify({ name, url }).flags.find((f) => f.code === 'lookalike-domain');
    // Blind mills rounds 80 and 81: the acronym, or the site's label as words, with office words.
    const hpcsa = lookalike('HPCSA CPD Accreditation Office', 'https://www.hpcsa-cpd-office.co.za');
    expect(hpcsa?.severity).toBe('warning');
    expect(hpcsa?.message).toContain('is its short name as a CPD or accreditation office');
    expect(lookalike('ACPE Accredited CE Center', 'https://www.acpe-acredit.org')?.severity).toBe(
      'warning',
    );
    expect(lookalike('Royal College CPD Canada', 'https://www.royalcollege-cpd.ca')?.severity).toBe(
      'warning',
    );
    // Its full name in another spelling, with the office it invents (blind mills round 83).
    expect(
      lookalike(
        'National Board of Certified Counsellors Approval Council',
        'https://www.nbcc-ceapproval.net',
      )?.severity,
    ).toBe('warning');
    // An accreditor's credit's name is one of its own words (blind mills round 136: "CPE" is
    // ACPE's credit).
    expect(lookalike('ACPE CPE Center', 'https://www.acpe-accredlt.org/cpe')?.severity).toBe(
      'warning',
    );
    // A registry or credit centre is an office too (blind mills round 103).
    expect(
      lookalike('NMBI Online CEU Registry', 'https://nmbi-ceu-registry.com/instant-certificate')
        ?.severity,
    ).toBe('warning');
    // Its short name in two words ("AMA PRA" for the AMA's credit system, amapra), blind mills
    // round 103.
    expect(
      lookalike('AMA PRA Credit Center', 'https://amapra-creditcenter.com/claim')?.severity,
    ).toBe('warning');
    // A chapter or affiliate adds its place or what it is: only noted (its name holds the label
    // its address opens with, so it is no combosquat either).
    expect(lookalike('HPCSA Gauteng Chapter', 'https://www.hpcsa-cpd-office.co.za')?.severity).toBe(
      'info',
    );
    // The body's label whole under another suffix is its own national site (blind round 109).
    expect(lookalike('Ausmed Education Pty Ltd', 'https://www.ausmed.co.nz')?.severity).not.toBe(
      'warning',
    );
  });

  it('names a body listed as unrecognised critically, with or without a site of its own', () => {
    expect(
      severities(identify({ name: 'World Association of Universities and Colleges' }).flags),
    ).toEqual(['critical:unrecognised-provider']);
    // A phony certification board on ABIM's 2008 list, on a web address of its own.
    expect(
      severities(
        identify({
          name: 'United States Medical Specialists Federation',
          url: 'https://usmsf-certification.org',
        }).flags,
      ),
    ).toEqual(['critical:unrecognised-provider']);
  });
});

describe("a name presenting itself as a known body's education service", () => {
  const context = createContext({ asOf: '2026-12-06' });
  const identify = (org: Partial<NamedOrganisation> & { name: string }, courseUrl?: string) =>
    resolveIdentity(context, { type: 'unknown', ...org }, courseUrl);

  it("is that body's name on another's site: unconfirmed, and the body's own claim does not count", () => {
    const portal = identify({
      name: 'ANCC Continuing Education Portal',
      url: 'https://ancc-ce.com',
    });
    expect(portal.status).toBe('claimed');
    expect(portal.imitates.map((i) => i.organisation.id)).toContain('ancc');
    const report = evaluateCredibility(
      {
        id: 'x',
        title: 'Sepsis recognition',
        url: 'https://ancc-ce.com/sepsis',
        provider: { name: 'ANCC CE Center', type: 'unknown', url: 'https://ancc-ce.com' },
        accreditations: [{ body: 'ANCC' }],
      },
      { asOf: '2026-12-06' },
    );
    expect(report.flags.map((f) => f.code)).toContain('impersonated-accreditor');
  });

  it('reads a full name followed by learning-service words the same way (blind mills round 23)', () => {
    const centre = identify({
      name: 'Australian Physiotherapy Association Learning Centre',
      url: 'https://www.physioassociation-learning.com.au',
    });
    expect(centre.status).toBe('claimed');
    expect(centre.imitates.map((i) => i.organisation.name)).toContain(
      'Australian Physiotherapy Association',
    );
    // A name whose last word is no learning service's is not read as the body's.
    expect(
      identify({
        name: 'Australian Physiotherapy Association Members Club',
        url: 'https://www.physioassociation-learning.com.au',
      }).imitates,
    ).toEqual([]);
  });

  it("is the body itself on the body's own site", () => {
    expect(identify({ name: 'RCN Learning', url: 'https://learning.rcn.org.uk' })).toMatchObject({
      status: 'verified',
      basis: 'registry-domain',
    });
  });

  it('registers nothing without a web address, and reads no unknown acronym', () => {
    expect(identify({ name: 'ANCC CE Center' })).toMatchObject({ status: 'claimed', imitates: [] });
    expect(identify({ name: 'BLX Training', url: 'https://blxtraining.com' }).imitates).toEqual([]);
  });
});
