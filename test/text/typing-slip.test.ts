import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/similarity.js';
import { isTypingSlip, neighbourKeys } from '../../src/text/typing-slip.js';

describe('typing slips (Wang et al. 2006)', () => {
  it('knows which keys touch on a QWERTY keyboard', () => {
    expect(neighbourKeys('s', 'd')).toBe(true);
    expect(neighbourKeys('s', 'w')).toBe(true);
    expect(neighbourKeys('s', 'e')).toBe(true);
    expect(neighbourKeys('s', 'z')).toBe(true);
    expect(neighbourKeys('s', 'x')).toBe(true);
    expect(neighbourKeys('q', '1')).toBe(true);
    expect(neighbourKeys('s', 'c')).toBe(false);
    expect(neighbourKeys('a', 'p')).toBe(false);
    expect(neighbourKeys('b', 'w')).toBe(false);
    expect(neighbourKeys('-', 'a')).toBe(false);
  });

  it('accepts the four slips and nothing else', () => {
    expect(isTypingSlip('acccme', 'accme')).toBe(true); // added
    expect(isTypingSlip('acme', 'accme')).toBe(true); // left out
    expect(isTypingSlip('accem', 'accme')).toBe(true); // swapped
    expect(isTypingSlip('axcme', 'accme')).toBe(true); // neighbouring key
    expect(isTypingSlip('crana', 'crpna')).toBe(false); // a far key: another name
    expect(isTypingSlip('nbmphn', 'nwmphn')).toBe(false);
    expect(isTypingSlip('accme', 'accme')).toBe(false);
    expect(isTypingSlip('acxxme', 'accme')).toBe(false);
  });

  it('is symmetric and never more than one edit (property)', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isTypingSlip(a, b)).toBe(isTypingSlip(b, a));
        if (isTypingSlip(a, b)) expect(editDistance(a, b, 1)).toBe(1);
      }),
    );
  });

  it('counts any one character added or left out (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,10}$/),
        fc.nat(),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
        (w, at, c) => {
          const i = at % (w.length + 1);
          const longer = w.slice(0, i) + c + w.slice(i);
          expect(isTypingSlip(longer, w)).toBe(true);
        },
      ),
    );
  });
});
