import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBadgesRecords } from '../../src/ingest/openbadges.js';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';

const fixture = JSON.parse(
  readFileSync(path.resolve(__dirname, '../fixtures/ingest/ob3-nursing.json'), 'utf8'),
) as Record<string, unknown>;

function errorOf(out: ReturnType<typeof openBadgesRecords>): string | undefined {
  return out.issues.find((i) => i.severity === 'error')?.message;
}

describe('open badges adapter', () => {
  it('maps an OB 3.0 credential to a course', () => {
    const { courses, issues } = parseCatalog(fixture, { asOf: '2025-06-01' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const c = courses[0] as Record<string, unknown> & (typeof courses)[number];
    expect(c.id).toBe('https://nursing-academy.example/achievements/sepsis');
    expect(c.provider).toMatchObject({
      name: 'Fictional Nursing Academy',
      url: 'https://nursing-academy.example/',
    });
    expect(c.credential).toEqual({ type: 'micro-credential', standard: 'open-badges-3' });
    expect(c.academicCredit).toMatchObject({ value: 2, unit: 'us-credit-hours' });
    expect(c.skills).toEqual(['Nursing', 'sepsis', 'NEWS2']);
    expect(c.assessment).toEqual({ type: 'exam' });
    expect(c.language).toBe('en-GB');
    expect(c.learningOutcomes).toEqual(['Pass the observed simulation.']);
    expect(c.partners?.[0]).toMatchObject({ name: 'Example CPD Council', role: 'endorser' });
    expect(c.accreditations?.[0]).toMatchObject({
      body: 'Example Quality Agency',
      relation: 'issuerAccreditation',
    });
    expect(JSON.stringify(c)).not.toMatch(/proof/i);
  });

  it('flags expiry against asOf, and warns without asOf', () => {
    const expired = openBadgesRecords(fixture, { asOf: '2028-01-01' });
    expect(expired.records).toEqual([]);
    expect(expired.issues[0]?.message).toMatch(/expired on 2027-01-01/);
    const unchecked = openBadgesRecords(fixture);
    expect(unchecked.records[0]).toMatchObject({ validUntil: '2027-01-01' });
    expect(
      unchecked.issues.some((i) => i.severity === 'warning' && /not checked/.test(i.message)),
    ).toBe(true);
  });

  it('reports endorsements, wrong types and missing issuers', () => {
    const endorsement = { ...fixture, type: ['VerifiableCredential', 'EndorsementCredential'] };
    expect(errorOf(openBadgesRecords(endorsement))).toMatch(/not a course/);
    const wrong = { ...fixture, type: ['VerifiableCredential', 'OtherCredential'] };
    expect(errorOf(openBadgesRecords(wrong))).toMatch(/wrong type/);
    const { issuer: _issuer, ...noIssuer } = fixture;
    expect(errorOf(openBadgesRecords(noIssuer))).toMatch(/no issuer/);
    const badContext = {
      ...fixture,
      '@context': ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    };
    expect(errorOf(openBadgesRecords(badContext))).toMatch(/bad @context/);
  });

  it('resolves an OB 2.0 assertion, badge class and issuer within one document', () => {
    const doc = [
      {
        type: 'Assertion',
        id: 'https://b.example/a1',
        badge: 'https://b.example/badge',
        issuedOn: '2024-01-01',
      },
      {
        type: 'BadgeClass',
        id: 'https://b.example/badge',
        name: 'Hand hygiene',
        description: 'd',
        criteria: { narrative: 'Do it' },
        issuer: 'https://b.example/issuer',
        tags: ['IPC'],
        alignment: [{ targetName: 'Infection control', targetUrl: 'https://x.example' }],
      },
      {
        type: 'Issuer',
        id: 'https://b.example/issuer',
        name: 'Example Badge Issuer',
        url: 'https://b.example',
      },
    ];
    const out = openBadgesRecords(doc);
    expect(out.records[0]).toMatchObject({
      id: 'https://b.example/badge',
      title: 'Hand hygiene',
      provider: { name: 'Example Badge Issuer', url: 'https://b.example/' },
      skills: ['IPC', 'Infection control'],
      credential: { standard: 'open-badges-2' },
    });
  });

  it('caps 10,000 alignments with a warning', () => {
    const achievement = {
      type: ['Achievement'],
      id: 'urn:a',
      name: 'Big',
      creator: { id: 'https://c.example', name: 'C' },
      alignment: Array.from({ length: 10_000 }, (_, i) => ({
        targetName: `skill ${i}`,
        targetUrl: 'https://x.example',
      })),
    };
    const { courses, issues } = parseCatalog(achievement, { format: 'openbadges' });
    expect(courses[0]?.skills).toHaveLength(2_000);
    expect(issues.some((i) => /only the first 2,000/.test(i.message))).toBe(true);
  });
});
