import { describe, expect, it } from 'vitest';
import confusables from '../../data/confusables.json';
import { createSkeletons } from '../../src/text/confusables.js';

const { skeleton, hasLookalikeCharacters, mapLookalikes } = createSkeletons(confusables.prototypes);

describe('confusable skeletons (Unicode TR39 data)', () => {
  it.each([
    ['Cyrillic а in a host', 'аccme.org', 'accme.org'],
    ['Cyrillic capitals in an acronym', 'АССМЕ', 'ACCME'],
    ['Greek ο', 'Royal Cοllege', 'royal college'],
    ['full-width letters (NFKD)', 'ａｃｃｍｅ', 'accme'],
    ['mathematical bold (NFKD)', '𝐚𝐜𝐜𝐦𝐞', 'accme'],
    ['"rn" for "m"', 'rnedscape', 'medscape'],
    ['digit 0 for o, 1 for l', 'c0chrane-1earning', 'cochrane-learning'],
  ])('%s', (_label, lookalike, original) => {
    expect(skeleton(lookalike)).toBe(skeleton(original));
  });

  it('keeps different names apart', () => {
    expect(skeleton('accme.org')).not.toBe(skeleton('acme.org'));
    expect(skeleton('Royal College of Nursing')).not.toBe(skeleton('Royal College of Midwives'));
  });

  it('maps non-ASCII look-alikes keeping case, so acronyms stay acronyms', () => {
    expect(mapLookalikes('АССМЕ')).toBe('ACCME');
  });

  it('tells when a text uses characters that imitate Latin letters', () => {
    expect(hasLookalikeCharacters('Аccreditation')).toBe(true);
    expect(hasLookalikeCharacters('Accreditation')).toBe(false);
    expect(hasLookalikeCharacters('Collège royal')).toBe(false);
  });
});
