import { describe, expect, it } from 'vitest';
import { withinLimit } from '../../src/recommend/constraints.js';
import { denseId } from '../../src/text/dense-ids.js';
import { nextGeneration } from '../../src/text/stamps.js';

describe('denseId', () => {
  it('numbers distinct strings in order of first sight', () => {
    const values: string[] = [];
    const ids = new Map<string, number>();
    expect(['ecg', 'niv', 'ecg', 'aki'].map((v) => denseId(values, ids, v))).toEqual([0, 1, 0, 2]);
    expect(values).toEqual(['ecg', 'niv', 'aki']);
  });
});

describe('nextGeneration', () => {
  it('moves to a fresh generation, clearing the stamps before the counter could overflow', () => {
    const s = { stamp: new Int32Array(3), generation: 0 };
    nextGeneration(s);
    s.stamp[1] = s.generation;
    nextGeneration(s);
    expect(s.generation).toBe(2);
    expect(s.stamp[1]).not.toBe(s.generation);
    s.generation = 2_000_000_000;
    s.stamp[0] = 2_000_000_000;
    nextGeneration(s);
    expect(s.generation).toBe(1);
    expect(Array.from(s.stamp)).toEqual([0, 0, 0]);
  });
});

describe('withinLimit', () => {
  it('is 1 at nothing used or a zero limit and falls by the slope with the share used', () => {
    expect(withinLimit(0, 200, 0.5)).toBe(1);
    expect(withinLimit(0, 0, 0.5)).toBe(1);
    expect(withinLimit(50, 200, 0.5)).toBe(0.875);
    expect(withinLimit(200, 200, 0.5)).toBe(0.5);
  });
});
