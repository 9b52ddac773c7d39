import { describe, expect, it } from 'vitest';
import {
  canonicalProfessionId,
  jsonSchemaFor,
  parsePolicyInput,
  parseProfile,
  validateProfile,
} from '../../src/model/index.js';

describe('ClinicianProfile schema', () => {
  it('accepts bare strings as medium-priority gaps and normalises priorities', () => {
    const profile = parseProfile({
      profession: 'nurse',
      country: 'UK',
      gaps: ['sepsis recogntion', { skill: 'NIV', priority: 'HIGH' }],
      formats: ['Self-Paced-Online'],
      budget: { amount: 200, currency: 'gbp' },
    });
    expect(profile.gaps).toEqual([
      { skill: 'sepsis recogntion', priority: 'medium' },
      { skill: 'NIV', priority: 'high' },
    ]);
    expect(profile.country).toBe('GB');
    expect(profile.formats).toEqual(['self-paced-online']);
  });

  it('requires profession and gaps, speaking of "the profile", never of record 0', () => {
    expect(() => parseProfile({})).toThrowError(
      /^credence: the profile is invalid \(2 problems\):\n {2}- profession is required\n {2}- gaps is required$/,
    );
  });

  it('requires a credit type or a body in requiredCredit', () => {
    expect(() =>
      parseProfile({ profession: 'physician', gaps: [], requiredCredit: { amount: 5 } }),
    ).toThrowError(/requiredCredit needs a creditType or a body/);
  });

  it('refuses unknown keys with a suggestion, at any depth', () => {
    const { profile, issues } = validateProfile({
      profession: 'nurse',
      gaps: [{ skill: 'x', prority: 'high' }],
      budjet: { amount: 150, currency: 'GBP' },
      hoursAvailible: 20,
    });
    expect(profile).toBeUndefined();
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        'gaps.0.prority',
        'the profile: gaps.0 "prority" is not a profile field; did you mean "priority"? (known: skill, priority)',
      ],
      [
        'budjet',
        expect.stringMatching(
          /^the profile: "budjet" is not a profile field; did you mean "budget"\?/,
        ),
      ],
      ['hoursAvailible', expect.stringMatching(/did you mean "hoursAvailable"\?/)],
    ]);
  });

  it('refuses a near-miss of a known profession, keeps other professions with a warning', () => {
    expect(() => parseProfile({ profession: 'nurze', gaps: [] })).toThrowError(
      /profession is not a profession credence knows, got "nurze"; did you mean "nurse"\?/,
    );
    expect(parseProfile({ profession: 'Registered Nurse', gaps: [] }).profession).toBe('nurse');
    expect(parseProfile({ profession: 'doctor', gaps: [] }).profession).toBe('physician');
    const other = validateProfile({ profession: 'art therapist', gaps: [] });
    expect(other.profile?.profession).toBe('art therapist');
    expect(other.issues.map((i) => i.message)).toEqual([
      'the profile: profession "art therapist" is not a profession credence lists; offerings are matched to it as written',
    ]);
    expect(canonicalProfessionId('Dietician')).toBe('dietitian');
  });

  it('refuses unknown currencies and countries, and suggests enumeration values', () => {
    expect(() =>
      parseProfile({ profession: 'nurse', gaps: [], budget: { amount: 1, currency: 'XYZ' } }),
    ).toThrowError(/budget.currency is not an ISO 4217 currency code, got "XYZ"/);
    expect(() => parseProfile({ profession: 'nurse', gaps: [], country: 'ZZ' })).toThrowError(
      /country is not an ISO 3166-1 country code/,
    );
    expect(() =>
      parseProfile({ profession: 'nurse', gaps: [{ skill: 'x', priority: 'hgih' }] }),
    ).toThrowError(/must be one of high, medium, low, got "hgih"; did you mean "high"\?/);
  });

  it('allows $schema, so that editors can check profile files', () => {
    expect(
      parseProfile({ $schema: './profile.schema.json', profession: 'nurse', gaps: [] }).profession,
    ).toBe('nurse');
  });
});

describe('Policy input schema', () => {
  it('accepts a partial policy', () => {
    expect(parsePolicyInput({ weights: { accreditation: 0.4 } })).toEqual({
      weights: { accreditation: 0.4 },
    });
  });

  it('rejects negative weights, unknown keys (with a suggestion) and bands that do not descend', () => {
    expect(() => parsePolicyInput({ weights: { provider: -1 } })).toThrowError(/weights.provider/);
    expect(() => parsePolicyInput({ wieghts: {} })).toThrowError(
      /^credence: the policy is invalid \(1 problem\):\n {2}- "wieghts" is not a policy field; did you mean "weights"\?/,
    );
    expect(() => parsePolicyInput({ weights: { provder: 1 } })).toThrowError(
      /weights "provder" is not a policy field; did you mean "provider"\?/,
    );
    expect(() => parsePolicyInput({ gradeBands: { A: 50, B: 60, C: 40, D: 30 } })).toThrowError(
      /must descend/,
    );
  });
});

describe('JSON Schema', () => {
  it.each(['course', 'profile', 'policy'] as const)('is generated for %s', (name) => {
    const schema = jsonSchemaFor(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
  });

  it('lists required course fields and enum values', () => {
    const schema = jsonSchemaFor('course') as {
      required: string[];
      properties: Record<string, { enum?: string[] }>;
    };
    expect(schema.required).toEqual(['id', 'title', 'provider']);
    expect(schema.properties.format?.enum).toContain('self-paced-online');
  });

  it('marks profiles as closed to unknown keys', () => {
    expect(jsonSchemaFor('profile').additionalProperties).toBe(false);
  });
});
