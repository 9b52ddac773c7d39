import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenTable, tokenHash } from '../../src/reference/token-table.js';

const token = fc.stringMatching(/^[a-z0-9+]{1,12}$/);

describe('TokenTable', () => {
  it('finds every inserted token, in any case, across growth', () => {
    fc.assert(
      fc.property(fc.uniqueArray(token, { maxLength: 3_000 }), (tokens) => {
        const table = new TokenTable();
        tokens.forEach((t, i) => {
          const h = tokenHash(t, 0, t.length);
          const free = table.find(t, 0, t.length, h);
          expect(free).toBeLessThan(0);
          table.insert(free, t, h, i);
        });
        tokens.forEach((t, i) => {
          const upper = `  ${t.toUpperCase()}!`;
          const h = tokenHash(upper, 2, 2 + t.length);
          expect(h).toBe(tokenHash(t, 0, t.length));
          expect(table.values[table.find(upper, 2, 2 + t.length, h)]).toBe(i);
        });
        expect(table.size).toBe(tokens.length);
      }),
      { numRuns: 30 },
    );
  });

  it('tells apart tokens that differ in one character or in length', () => {
    const table = new TokenTable();
    for (const [i, t] of ['ecg', 'ecgs', 'ekg', 'ec'].entries()) {
      const h = tokenHash(t, 0, t.length);
      table.insert(table.find(t, 0, t.length, h), t, h, i);
    }
    const lookup = (t: string) =>
      table.values[table.find(t, 0, t.length, tokenHash(t, 0, t.length))];
    expect(['ecg', 'ecgs', 'ekg', 'ec'].map(lookup)).toEqual([0, 1, 2, 3]);
    expect(table.find('eck', 0, 3, tokenHash('eck', 0, 3))).toBeLessThan(0);
  });

  it('compares characters when hashes collide', () => {
    const table = new TokenTable();
    for (const [i, t] of ['abc', 'abd', 'xyz'].entries())
      table.insert(table.find(t, 0, 3, 5), t, 5, i);
    expect(['abd', 'xyz', 'abc'].map((t) => table.values[table.find(t, 0, 3, 5)])).toEqual([
      1, 2, 0,
    ]);
    expect(table.find('abe', 0, 3, 5)).toBeLessThan(0);
  });
});
