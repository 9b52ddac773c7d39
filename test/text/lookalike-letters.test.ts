/** Look-alike letters (src/text/lookalike-letters.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLookalikeLetter } from '../../src/text/lookalike-letters.js';

describe('look-alike letters', () => {
  it('reads one letter written for the one it resembles', () => {
    expect(isLookalikeLetter('nursingworid', 'nursingworld')).toBe(true);
    expect(isLookalikeLetter('lcgp', 'icgp')).toBe(true);
    expect(isLookalikeLetter('qmc', 'gmc')).toBe(true);
    expect(isLookalikeLetter('abme', 'adme')).toBe(true);
  });

  it('reads nothing else: the same text, another letter, two letters, another length', () => {
    expect(isLookalikeLetter('nursingworld', 'nursingworld')).toBe(false);
    expect(isLookalikeLetter('nursingwirld', 'nursingworld')).toBe(false);
    expect(isLookalikeLetter('nursinqworid', 'nursingworld')).toBe(false);
    expect(isLookalikeLetter('nursingworl', 'nursingworld')).toBe(false);
  });

  it('is symmetric (property)', () => {
    // Words differing in one letter, often a look-alike one.
    const pair = fc
      .tuple(
        fc.stringMatching(/^[a-z]{1,10}$/),
        fc.nat(),
        fc.constantFrom('i', 'l', 'b', 'd', 'g', 'q', 'o'),
      )
      .map(([word, at, letter]) => {
        const i = at % word.length;
        return [word, `${word.slice(0, i)}${letter}${word.slice(i + 1)}`] as const;
      });
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(isLookalikeLetter(a, b)).toBe(isLookalikeLetter(b, a));
      }),
    );
  });
});
