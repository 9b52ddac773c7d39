import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/credibility/context.js';
import { DEFAULT_POLICY } from '../../src/credibility/defaults.js';
import { flagSetOf, insufficientFlag } from '../../src/credibility/flag-sets.js';
import { flag } from '../../src/credibility/flags.js';

const context = () => createContext({ asOf: '2026-11-28' }, false);
const stale = flag('stale-content', 'warning', 'Last reviewed 9 years ago.');
const mill = flag('unrecognised-accreditor', 'critical', '"X" is listed as unrecognised.');
const lookalike = flag('lookalike-provider', 'warning', 'Resembles a known provider.');

describe('flagSetOf', () => {
  it('sorts by severity, freezes, and shares one set per combination of flags', () => {
    const c = context();
    const a = flagSetOf(c, [{ flags: [stale] }, { flags: [mill] }], [], undefined);
    expect(a.flags.map((f) => f.code)).toEqual(['unrecognised-accreditor', 'stale-content']);
    expect(Object.isFrozen(a.flags)).toBe(true);
    expect(flagSetOf(c, [{ flags: [stale] }, { flags: [mill] }], [], undefined)).toBe(a);
    // The same flags, wherever they come from, are the same set; other flags are another.
    expect(flagSetOf(c, [{ flags: [stale] }], [mill], undefined)).toBe(a);
    expect(flagSetOf(c, [{ flags: [stale] }], [], undefined)).not.toBe(a);
    expect(flagSetOf(c, [{ flags: [] }], [], undefined).flags).toEqual([]);
  });

  it('penalises a critical flag and deceptive warnings, not other warnings', () => {
    const c = context();
    const { penalties } = DEFAULT_POLICY;
    const critical = flagSetOf(c, [{ flags: [mill] }], [], undefined).penalty;
    expect(critical).toMatchObject({ critical: true, multiplier: penalties.critical });
    const deceptive = flagSetOf(c, [{ flags: [lookalike, stale] }], [], undefined).penalty;
    expect(deceptive).toMatchObject({ critical: false, multiplier: penalties.deceptiveWarning });
    expect(flagSetOf(c, [{ flags: [stale] }], [], undefined).penalty.multiplier).toBe(1);
  });

  it('shares the insufficient-information flag per percentage', () => {
    const c = context();
    expect(insufficientFlag(c, 40)).toBe(insufficientFlag(c, 40));
    expect(insufficientFlag(c, 40).message).toMatch(/only 40%/);
    const set = flagSetOf(c, [{ flags: [stale] }], [], insufficientFlag(c, 40));
    expect(set.flags.map((f) => f.code)).toEqual(['insufficient-information', 'stale-content']);
  });
});
