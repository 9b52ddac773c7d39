/**
 * A provider's name or web address mixing alphabets in a word (src/credibility/mixed-script-writing.ts):
 * a warning for a name, critical for an address, whoever it would pass for; nothing for names and
 * addresses each word of which is in one alphabet.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/credibility/context.js';
import { type NamedOrganisation, resolveIdentity } from '../../src/credibility/identity.js';
import { mixedScriptFlags } from '../../src/credibility/mixed-script-writing.js';

const context = createContext({ asOf: '2026-12-06' });
const org = (name: string): NamedOrganisation => ({ name, type: 'unknown' });
const address = (url: string) => context.reference.webAddress(url);
const codes = (flags: readonly { code: string; severity: string }[]) =>
  flags.map((f) => `${f.severity}:${f.code}`);

describe('mixedScriptFlags', () => {
  it('warns of a name writing a word with a Cyrillic or Greek letter among Latin ones', () => {
    // Blind mills round 61: "Pаcific" with a Cyrillic а (U+0430); "Pharmacе" with a Cyrillic е.
    const flags = mixedScriptFlags(org('P\u0430cific Nursing Education Network'), [], []);
    expect(codes(flags)).toEqual(['warning:lookalike-provider']);
    expect(flags[0]?.message).toContain('"P\u0430cific"');
    expect(codes(mixedScriptFlags(org('M\u03bfdern CME Institute'), [], []))).toEqual([
      'warning:lookalike-provider',
    ]);
  });

  it('is critical for a web address whose label mixes the alphabets, shown decoded from punycode', () => {
    const page = address('https://xn--cmenline-academy-okn.com/courses/t2dm');
    const flags = mixedScriptFlags(org('CME Online Academy'), [undefined, page], []);
    expect(codes(flags)).toEqual(['critical:lookalike-domain']);
    expect(flags[0]?.message).toContain('xn--cmenline-academy-okn.com');
  });

  it('says nothing of names and addresses each word of which is one alphabet', () => {
    for (const name of [
      'Royal College of Nursing',
      'Πανελλήνιος Ιατρικός Σύλλογος (PIS)',
      'Первый МГМУ им. И. М. Сеченова (Sechenov University)',
      'Ελληνική Εταιρεία Ιατρικής Εκπαίδευσης - HSME',
    ]) {
      expect(mixedScriptFlags(org(name), [address('https://xn--80aswg.xn--p1ai/cme')], [])).toEqual(
        [],
      );
    }
  });

  it('adds nothing where the name is already accused of imitating a known body', () => {
    const accused = [{ code: 'lookalike-provider', severity: 'critical', message: '…' }] as const;
    expect(mixedScriptFlags(org('R\u0410CGP Learning'), [], [...accused])).toEqual([]);
  });
});

describe('resolveIdentity with mixed-script writing', () => {
  it('carries the flags into the identity of a provider no list names', () => {
    const identity = resolveIdentity(
      context,
      {
        name: 'Pharmac\u0435 Academy',
        type: 'education-company',
        url: 'https://xn--pharmacacademy-6vl.com',
      },
      'https://xn--pharmacacademy-6vl.com/anticoagulation',
    );
    expect(codes(identity.flags)).toEqual([
      'warning:lookalike-provider',
      'critical:lookalike-domain',
    ]);
  });
});
