/**
 * One pattern for a set of phrases (src/text/phrase-pattern.ts): it matches exactly the phrases,
 * as whole words, with any white space between words, whatever their order or shared words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/normalize.js';
import { phrasePattern } from '../../src/text/phrase-pattern.js';

const matcher = (phrases: string[]) => new RegExp(phrasePattern(phrases) as string, 'gi');

describe('phrasePattern', () => {
  it('matches each phrase whole, the longest where one starts another', () => {
    const rx = matcher([
      'no exam required',
      'no exams required',
      'buy your degree',
      'buy a degree',
    ]);
    expect('We say: NO  exam\nrequired; buy a degree now'.match(rx)).toEqual([
      'NO  exam\nrequired',
      'buy a degree',
    ]);
    expect('no examiner required'.match(rx)).toBeNull();
    const prefix = matcher(['accredited', 'accredited for life']);
    expect('accredited for life'.match(prefix)).toEqual(['accredited for life']);
    expect('accredited for lifetime'.match(prefix)).toEqual(['accredited']);
  });

  it('has nothing to match without phrases', () => {
    expect(phrasePattern([])).toBeUndefined();
    expect(phrasePattern(['  '])).toBeUndefined();
  });

  it('finds the same phrases as one alternative per phrase (property)', () => {
    const word = fc.constantFrom(
      'no',
      'exam',
      'required',
      'buy',
      'a',
      'degree',
      'for',
      'life',
      '100%',
    );
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 6 }),
        fc.array(word, { maxLength: 12 }),
        (phrases, words) => {
          const text = words.join(' ');
          const flat = new RegExp(
            `\\b(?:${[...new Set(phrases)]
              .sort((a, b) => b.length - a.length)
              .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
              .join('|')})\\b`,
            'i',
          );
          expect(new RegExp(phrasePattern(phrases) as string, 'i').test(text)).toBe(
            flat.test(text),
          );
        },
      ),
    );
  });
});
