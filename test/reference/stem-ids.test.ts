import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';
import { createVocabulary, stemIdsOf } from '../../src/reference/stem-ids.js';
import { stemsOf } from '../../src/reference/taxonomy-index.js';
import { scanIds } from '../../src/reference/taxonomy-scan.js';
import { GrowableList } from '../../src/structures/growable-list.js';

const index = defaultReference().taxonomy();

/** ASCII text made of words, abbreviations, digits and punctuation. */
const asciiText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'NIV',
        'ECG',
        'AKI',
        'ABGs',
        'PPH',
        'MI',
        'A',
        'CPR',
        'Ok',
        'O2',
        'A&E',
        'V300',
      ),
      fc.constantFrom('sepsis', 'recognition', 'Ventilation', 'non-invasive', 'the', 'and'),
      fc.stringMatching(/^[A-Za-z0-9+&'-]{1,8}$/),
      // Long words that share their first eight characters: told apart past the packed key.
      fc
        .tuple(fc.constantFrom('Resuscit', 'pharmaco'), fc.stringMatching(/^[a-zA-Z0-9]{0,6}$/))
        .map(([head, rest]) => head + rest),
    ),
    { maxLength: 12 },
  )
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', ', ', '. ', ' (', ') ', '/'), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((seps) => words.map((w, i) => `${w}${seps[i]}`).join('')),
  );

const idsOf = (text: string) => {
  const vocabulary = createVocabulary(index);
  const ids = new GrowableList(Int32Array);
  const capitals = stemIdsOf(vocabulary, text, ids);
  return { vocabulary, ids, capitals };
};

describe('stemIdsOf', () => {
  it('reads the same content words as stemsOf', () => {
    const { vocabulary, ids } = idsOf('Recognising Sepsis and starting NIV (non-invasive)');
    expect([...ids.view()].map((id) => vocabulary.stems.values[id])).toEqual(
      stemsOf(index, 'Recognising Sepsis and starting NIV (non-invasive)'),
    );
  });

  it('reports where an abbreviation can start exactly as /[A-Z][A-Z0-9&+-]/ does, in short and long texts', () => {
    fc.assert(
      fc.property(asciiText, fc.boolean(), (text, long) => {
        const input = long ? `${text}${' '.repeat(4_096)}` : text;
        expect(idsOf(input).capitals).toBe(/[A-Z][A-Z0-9&+-]/.test(input));
      }),
    );
  });

  it('reads accented text like any other (abbreviations are written in ASCII capitals)', () => {
    expect(idsOf('Réanimation néonatale').capitals).toBe(false);
    expect(idsOf('Réanimation néonatale (RCP)').capitals).toBe(true);
  });

  it('does not skip abbreviations written with one capital ("O2", "A&E": a property run found it)', () => {
    for (const text of ['O2 ', 'A&E']) {
      const { vocabulary, ids, capitals } = idsOf(text);
      const found: number[] = [];
      expect(scanIds(vocabulary.scanner, ids.data, text, found, 0, ids.length, capitals)).toBe(1);
    }
  });

  it('lets scanIds skip the abbreviation pass without changing what it finds', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        const { vocabulary, ids, capitals } = idsOf(text);
        const told: number[] = [];
        const tested: number[] = [];
        const a = scanIds(vocabulary.scanner, ids.data, text, told, 0, ids.length, capitals);
        const b = scanIds(vocabulary.scanner, ids.data, text, tested, 0, ids.length, true);
        expect(told.slice(0, a)).toEqual(tested.slice(0, b));
      }),
    );
  });
});
