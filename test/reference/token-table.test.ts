import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keyHash,
  packChars,
  REST_BASIS,
  TokenTable,
  tokenHash,
} from '../../src/reference/token-table.js';

const token = fc.stringMatching(/^[a-z0-9+]{1,14}$/);

/** The arguments find takes for `text[start..end)`, computed the slow way. */
const keyOf = (text: string, start: number, end: number) => {
  const n = end - start;
  return [
    tokenHash(text, start, end),
    packChars(text, start, start + Math.min(4, n)),
    packChars(text, start + Math.min(4, n), start + Math.min(8, n)),
  ] as const;
};

const lookup = (table: TokenTable, text: string, start = 0, end = text.length) =>
  table.find(text, start, end, ...keyOf(text, start, end));

describe('TokenTable', () => {
  it('finds every inserted token, in any case, across growth', () => {
    fc.assert(
      fc.property(fc.uniqueArray(token, { maxLength: 3_000 }), (tokens) => {
        const table = new TokenTable();
        tokens.forEach((t, i) => {
          const free = lookup(table, t);
          expect(free).toBeLessThan(0);
          table.insert(free, t, tokenHash(t, 0, t.length), i);
        });
        tokens.forEach((t, i) => {
          const upper = `  ${t.toUpperCase()}!`;
          expect(keyOf(upper, 2, 2 + t.length)).toEqual(keyOf(t, 0, t.length));
          expect(table.valueAt(lookup(table, upper, 2, 2 + t.length))).toBe(i);
        });
        expect(table.size).toBe(tokens.length);
      }),
      { numRuns: 30 },
    );
  });

  it('tells apart tokens that differ in one character or in length, short or long', () => {
    const words = ['ecg', 'ecgs', 'ekg', 'ec', 'resuscitation', 'resuscitatiom', 'resuscitatio'];
    const table = new TokenTable();
    for (const [i, t] of words.entries()) {
      table.insert(lookup(table, t), t, tokenHash(t, 0, t.length), i);
    }
    expect(words.map((t) => table.valueAt(lookup(table, t)))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(lookup(table, 'eck')).toBeLessThan(0);
    expect(lookup(table, 'resuscitatiox')).toBeLessThan(0);
  });

  it('compares keys, not just hashes, when hashes collide', () => {
    const table = new TokenTable();
    // Every key filed under one hash: only the packed characters and the pooled rest tell apart.
    const at = (t: string) => {
      const [, head, tail] = keyOf(t, 0, t.length);
      return table.find(t, 0, t.length, 5, head, tail);
    };
    const words = ['abc', 'abd', 'xyz', 'abcdefghij', 'abcdefghik'];
    for (const [i, t] of words.entries()) {
      const free = at(t);
      expect(free).toBeLessThan(0);
      table.insert(free, t, 5, i);
    }
    expect(words.map((t) => table.valueAt(at(t)))).toEqual([0, 1, 2, 3, 4]);
    expect(at('abe')).toBeLessThan(0);
    expect(at('abcdefghil')).toBeLessThan(0);
  });

  it('hashes a token from its packed characters, the rest and its length', () => {
    expect(tokenHash('NIV', 0, 3)).toBe(keyHash(packChars('niv', 0, 3), 0, REST_BASIS, 3));
    expect(packChars('NIV', 0, 3)).toBe(packChars('niv', 0, 3));
    // Characters are 7-bit: four of them fill an integer without reaching the sign bit.
    expect(packChars('zzzz', 0, 4)).toBeGreaterThan(0);
  });
});
