import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, parsePolicyInput, parseProfile } from '../../src/model/index.js';

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

  it('requires profession and gaps', () => {
    expect(() => parseProfile({})).toThrowError(/profession is required[\s\S]*gaps is required/);
  });

  it('requires a credit type or a body in requiredCredit', () => {
    expect(() =>
      parseProfile({ profession: 'physician', gaps: [], requiredCredit: { amount: 5 } }),
    ).toThrowError(/requiredCredit needs a creditType or a body/);
  });
});

describe('Policy input schema', () => {
  it('accepts a partial policy', () => {
    expect(parsePolicyInput({ weights: { accreditation: 0.4 } })).toEqual({
      weights: { accreditation: 0.4 },
    });
  });

  it('rejects negative weights, unknown keys and bands that do not descend', () => {
    expect(() => parsePolicyInput({ weights: { provider: -1 } })).toThrowError(/weights.provider/);
    expect(() => parsePolicyInput({ wieghts: {} })).toThrowError(/wieghts/);
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
});
