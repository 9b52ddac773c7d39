import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermRunsBuilder } from '../../src/relevance/term-runs.js';
import { createTextIndex } from '../../src/relevance/text-index.js';

const read = (runs: TermRunsBuilder['runs'], d: number): number[] => {
  const from = runs.start[d] as number;
  return Array.from(
    (runs.chunks[runs.chunk[d] as number] as Int32Array).subarray(
      from,
      from + (runs.length[d] as number),
    ),
  );
};

describe('TermRunsBuilder', () => {
  it('gives back every document whole, across chunk boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer(),
        (sizes, seed) => {
          const docs = sizes.map((size, d) =>
            Int32Array.from({ length: size }, (_, i) => (seed + d * 31 + i) | 0),
          );
          const builder = new TermRunsBuilder(docs.length);
          for (const doc of docs) builder.append(doc);
          docs.forEach((doc, d) => {
            expect(read(builder.runs, d)).toEqual(Array.from(doc));
          });
          // A chunk is left only for a document that does not fit in what remains of it.
          const { runs } = builder;
          const used = runs.chunks.map(() => 0);
          const opener = runs.chunks.map(() => -1);
          docs.forEach((doc, d) => {
            const c = runs.chunk[d] as number;
            used[c] = (used[c] as number) + doc.length;
            if (opener[c] === -1) opener[c] = d;
          });
          for (let c = 0; c + 1 < runs.chunks.length; c++) {
            const free = (runs.chunks[c] as Int32Array).length - (used[c] as number);
            expect(free).toBeLessThan(docs[opener[c + 1] as number]?.length as number);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses more documents than announced', () => {
    const builder = new TermRunsBuilder(1);
    builder.append(Int32Array.of(1));
    expect(() => builder.append(Int32Array.of(2))).toThrow(RangeError);
  });
});

describe('createTextIndex', () => {
  it('counts each term once per document, with its frequency, documents ascending', () => {
    const index = createTextIndex([['sepsi', 'sepsi', 'ecg'], ['ecg'], [], ['sepsi']]);
    const sepsi = index.terms.get('sepsi') as number;
    const from = index.offsets[sepsi] as number;
    const to = index.offsets[sepsi + 1] as number;
    expect(Array.from(index.docs.subarray(from, to))).toEqual([0, 3]);
    expect(Array.from(index.tfs.subarray(from, to))).toEqual([2, 1]);
    expect(Array.from(index.lengths)).toEqual([3, 1, 0, 1]);
    expect(index.averageLength).toBe(5 / 4);
  });
});
