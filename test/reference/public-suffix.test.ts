import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';

const reference = defaultReference();
const parts = (value: string) => {
  const a = reference.webAddress(value);
  return (
    a && { registrable: a.registrable, suffix: a.suffix, labels: a.labels, display: a.displayHost }
  );
};

describe('web addresses read by the Public Suffix List', () => {
  it.each([
    ['https://learning.rcn.org.uk/course', 'rcn.org.uk', 'org.uk', ['learning', 'rcn']],
    ['https://www.health.govt.nz/x', 'health.govt.nz', 'govt.nz', ['health']],
    ['https://leedsth.nhs.uk', 'leedsth.nhs.uk', 'nhs.uk', ['leedsth']],
    ['https://med.umich.edu', 'umich.edu', 'edu', ['med', 'umich']],
    ['rcn.org.uk.cpd-hub.com', 'cpd-hub.com', 'com', ['rcn', 'org', 'uk', 'cpd-hub']],
    ['https://accme.wixsite.com/cme', 'wixsite.com', 'com', ['accme', 'wixsite']],
    // A wildcard (*.ck) and its exception (!www.ck).
    ['https://shop.example.co.ck', 'example.co.ck', 'co.ck', ['shop', 'example']],
    ['https://portal.www.ck', 'www.ck', 'ck', ['portal', 'www']],
    ['https://moh.gov.au', 'moh.gov.au', 'gov.au', ['moh']],
  ])('%s', (value, registrable, suffix, labels) => {
    expect(parts(value)).toMatchObject({ registrable, suffix, labels });
  });

  it('decodes punycode hosts as a reader sees them', () => {
    expect(parts('https://xn--ccme-43d.org/cme')).toMatchObject({
      registrable: 'xn--ccme-43d.org',
      display: 'аccme.org',
      labels: ['аccme'],
    });
  });

  it('has no registrable domain for a bare suffix or an IP address', () => {
    expect(parts('co.uk')?.registrable).toBeUndefined();
    expect(parts('http://127.0.0.1/')?.registrable).toBeUndefined();
    // The URL parser writes any IPv4 form as dotted decimal, IPv6 in brackets.
    expect(parts('http://0x7f.1/')?.registrable).toBeUndefined();
    expect(parts('http://[::1]/')?.registrable).toBeUndefined();
    expect(parts('https://a..b/')?.registrable).toBeUndefined();
    expect(parts('not a url')).toBeUndefined();
  });

  it('ships the data its build scripts write (public suffixes, confusables)', () => {
    for (const script of ['build-public-suffixes.mjs', 'build-confusables.mjs']) {
      const out = execFileSync(process.execPath, [`scripts/data/${script}`, '--check'], {
        encoding: 'utf8',
      });
      expect(out).toMatch(/up to date/);
    }
  });
});
