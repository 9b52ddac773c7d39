import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

const root = path.resolve(__dirname, '../../../shared/conformance');
const AS_OF = '2025-06-01';

function run(folder: string, file: string) {
  return parseCatalog(readFileSync(path.join(root, folder, file)), { asOf: AS_OF });
}

type Loose = Record<string, unknown> & { provider: { name: string }; title: string };

/** Concrete values read from the files: provider, title, credits, cost, duration, skills. */
const OB_EXPECTED: Record<
  string,
  { count: number; first?: Partial<Record<string, unknown>>; error?: RegExp }
> = {
  'ob30_simple.json': {
    count: 1,
    first: { title: 'Teamwork', provider: { name: 'Example Corp' } },
  },
  'ob30_complete.json': {
    count: 1,
    first: {
      title: '1EdTech University Degree',
      provider: { name: '1EdTech University' },
      academicCredit: { value: 36, unit: 'us-credit-hours' },
      skills: [
        'Research',
        'Computer Science Research',
        'research',
        'computer science',
        '1EdTech University Degree',
      ].filter((s, i, a) => a.findIndex((x) => x.toLowerCase() === s.toLowerCase()) === i),
      credential: { type: 'certificate', standard: 'open-badges-3' },
    },
  },
  'ob30_complete_v1.json': { count: 0, error: /expired on 2020-01-01/ },
  'ob30_simple-err-expired.json': { count: 0, error: /expired on 2010-01-01/ },
  'ob30_simple-err-context.json': { count: 0, error: /bad @context/ },
  'ob30_simple-err-issuer.json': { count: 0, error: /no issuer/ },
  'ob30_simple-err-type.json': { count: 0, error: /wrong type/ },
  'ob30_simple-noproof.json': {
    count: 1,
    first: { title: 'Example University Degree', provider: { name: 'Example University' } },
  },
  'ob30_endorsement-valid.json': { count: 0, error: /not a course/ },
  'ob20_basic-assertion.json': { count: 0, error: /BadgeClass is not in this document/ },
  'ob20_basic-assertion-expired.json': { count: 0, error: /expired on 2022-11-15/ },
  'ob20_assertion-with-endorsements.json': {
    count: 1,
    first: {
      title: 'Awesome Robotics Badge',
      provider: { name: 'example.org' },
      credential: { type: 'digital-badge', standard: 'open-badges-2' },
    },
  },
  'ob20_assets_badgeclass-with-endorsements.json': {
    count: 1,
    first: { title: 'Awesome Robotics Badge' },
  },
  'ob20_assets_badgeclass1.json': {
    count: 1,
    first: { title: 'Example Badge', provider: { name: 'example.org' } },
  },
  'ob20_assets_robotics-badge.json': { count: 1, first: { title: 'Awesome Robotics Badge' } },
  'ob20_assets_endorsement-1.json': { count: 0, error: /Endorsement endorses/ },
  'ob20_assets_issuer1.json': { count: 0 },
  'ob20_rdf-validation_valid-alignment-object.json': {
    count: 0,
    error: /unknown type \["AlignmentObject"\]/,
  },
  'clr20_simple.json': {
    count: 3,
    first: { title: 'Teamwork', provider: { name: 'Example Corp' } },
  },
  // The CLR's last four achievements share one id in the fixture; all four are kept, the later
  // three under "-2", "-3", "-4" (a warning each), where duplicate ids used to reject them.
  'clr20_simple_v1.json': {
    count: 6,
    first: {
      title: 'Nurse Assistant 1 Program with Licensure',
      provider: { name: 'Western High School, RSD' },
      credential: { type: 'certificate', standard: 'open-badges-3' },
    },
  },
  'clr20_complex.json': { count: 6, first: { title: 'Nurse Assistant 1 Program with Licensure' } },
};

const CTDL_EXPECTED: Record<
  string,
  { count: number; first?: Partial<Record<string, unknown>>; skills?: number; throws?: RegExp }
> = {
  'ctdl-xtra_wgu_ms-nursing-education_registry.json': {
    count: 1,
    skills: 49,
    first: {
      title: 'Master of Science, Nursing - Education (BSN to MSN) (MSNUED_202003)',
      provider: { name: 'wgu.edu' },
      durationHours: 4160,
      format: 'self-paced-online',
      language: 'en',
    },
  },
  'ctdl-xtra_wgu_mba_registry.json': {
    count: 1,
    first: { provider: { name: 'wgu.edu' }, durationHours: 4160 },
  },
  'ctdl-xtra_wgu_bs-computer-science_registry.json': { count: 1, first: { durationHours: 8320 } },
  'ctdl-xtra_wgu_ms-nursing-education_extracted.json': { count: 0, throws: /not a catalogue/ },
  'registry-assistant_Credential_PublishDetailedRecord_API_output.json': {
    count: 1,
    first: {
      title: 'My Certification Name',
      cost: { amount: 13099, currency: 'USD' },
      accreditations: [
        { body: 'Council on Social Work Education (CSWE)', relation: 'accreditedBy' },
      ],
    },
  },
  'registry-assistant_IUSB_BS_Nursing_PreLicensure_CTDL.json': {
    count: 1,
    first: {
      title: 'B.S. in Nursing (Pre-Licensure)',
      cost: { amount: 3630.8, currency: 'USD' },
      accreditations: [
        { body: 'Commission on Collegiate Nursing Education (CCNE)', relation: 'accreditedBy' },
      ],
      format: 'blended',
    },
  },
  'registry-fixture_assessment_profile_3_import.json': {
    count: 1,
    first: {
      title: 'Certified Registered Nurse Anesthetist (CRNA)',
      cost: { amount: 725, currency: 'USD' },
      assessment: { type: 'exam' },
      accreditations: [{ body: 'Indiana State Board of Nursing', relation: 'regulatedBy' }],
    },
  },
  'registry-fixture_credential_3_import.json': {
    count: 1,
    first: { provider: { name: 'nbcot.org' }, durationHours: 4160 },
  },
  'registry-fixture_credential_4_import.json': {
    count: 1,
    first: {
      title: 'Health Informatics',
      provider: { name: 'Medical Licensing Board of Indiana' },
      partners: [{ name: 'Indiana University Bloomington', role: 'host' }],
    },
  },
  'registry-fixture_learning_opportunity_profile_2_import.json': {
    count: 1,
    first: { title: 'Certified Welder Courses', format: 'in-person' },
  },
  'registry-fixture_learning_opportunity_profile_3_import.json': {
    count: 1,
    first: { durationHours: 40, cost: { amount: 1407, currency: 'USD' } },
  },
  'registry-fixture_organization_3_import.json': { count: 0 },
  'registry-seed_assessment_profile.json': {
    count: 10,
    first: {
      title: 'Certified Health Data Analyst Examination',
      durationHours: 3.5,
      cost: { amount: 75, currency: 'USD' },
    },
  },
  'registry-seed_competency.json': { count: 0 },
  'registry-seed_competency_framework.json': { count: 0 },
  'registry-seed_cost_manifest_schema.json': { count: 0 },
  'registry-seed_credential.json': { count: 1, first: { provider: { name: 'capella.edu' } } },
  'registry-seed_credential_provisional.json': { count: 1 },
  'registry-seed_learning_opportunity_profile.json': {
    count: 10,
    first: {
      title: 'Certified Safety Professional (CSP)',
      cost: { amount: 150, currency: 'USD' },
      format: 'blended',
    },
  },
  'registry-seed_organization.json': { count: 0 },
};

for (const [folder, expected] of [
  ['openbadges', OB_EXPECTED],
  ['ctdl', CTDL_EXPECTED],
] as const) {
  describe(`conformance: ${folder}`, () => {
    if (!existsSync(path.join(root, folder))) {
      it.skip(`../shared/conformance/${folder} is absent; conformance files not checked`, () => {});
      return;
    }
    for (const file of readdirSync(path.join(root, folder))) {
      it(file, () => {
        const want = (
          expected as Record<
            string,
            { count: number; first?: object; error?: RegExp; throws?: RegExp; skills?: number }
          >
        )[file];
        if (want?.throws) {
          expect(() => run(folder, file)).toThrow(want.throws);
          return;
        }
        const result = run(folder, file);
        // Every file is read without a crash, and nothing is dropped silently.
        expect(result.courses.length + result.issues.length).toBeGreaterThan(0);
        if (want === undefined) return;
        expect(result.courses).toHaveLength(want.count);
        if (want.first) expect(result.courses[0]).toMatchObject(want.first);
        if (want.skills !== undefined) expect(result.courses[0]?.skills).toHaveLength(want.skills);
        if (want.error) {
          expect(
            result.issues.some((i) => i.severity === 'error' && want.error?.test(i.message)),
          ).toBe(true);
        }
        if (want.count === 0 && !want.error) {
          expect(result.issues.some((i) => /not an offering/.test(i.message))).toBe(true);
        }
        for (const c of result.courses as unknown as Loose[]) {
          expect(c.provider.name.length).toBeGreaterThan(0);
          expect(JSON.stringify(c)).not.toMatch(/"proof"/);
        }
      });
    }
  });
}
