import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FloatList, IntList } from '../../src/text/typed-lists.js';

describe('typed lists', () => {
  it('hold exactly what was pushed, in order, across any number of growths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 500 }),
        (xs) => {
          const list = new IntList(1);
          for (const x of xs) list.push(x);
          expect(list.length).toBe(xs.length);
          expect(Array.from(list.view())).toEqual(xs);
        },
      ),
      { numRuns: 100, seed: 5 },
    );
    const floats = new FloatList(2);
    for (const x of [0.5, -1.25, 3, 1e-9]) floats.push(x);
    expect(Array.from(floats.view())).toEqual([0.5, -1.25, 3, 1e-9]);
  });

  it('drop entries from the end when length is lowered, and reuse the storage', () => {
    const list = new IntList(4);
    for (const x of [1, 2, 3, 4, 5]) list.push(x);
    const storage = list.data;
    list.length = 2;
    list.push(9);
    expect(Array.from(list.view())).toEqual([1, 2, 9]);
    expect(list.data).toBe(storage);
  });
});
