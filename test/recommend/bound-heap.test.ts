import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundHeap } from '../../src/recommend/bound-heap.js';

describe('BoundHeap', () => {
  it('pops items by bound, highest first, ties by lower position', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ bound: fc.integer({ min: 0, max: 5 }), position: fc.nat(50) }), {
          maxLength: 40,
        }),
        (items) => {
          const bounds = Float64Array.from(items, (x) => x.bound);
          const positions = Int32Array.from(items, (x) => x.position);
          const heap = new BoundHeap(bounds, positions, items.length);
          const popped: number[] = [];
          for (let i = heap.pop(); i >= 0; i = heap.pop()) popped.push(i);
          const expected = items
            .map((_, i) => i)
            .sort(
              (a, b) =>
                (bounds[b] as number) - (bounds[a] as number) ||
                (positions[a] as number) - (positions[b] as number),
            );
          expect(popped.map((i) => [bounds[i], positions[i]])).toEqual(
            expected.map((i) => [bounds[i], positions[i]]),
          );
        },
      ),
    );
  });

  it('re-sifts the top when its bound is lowered', () => {
    const heap = new BoundHeap(Float64Array.of(0.2, 0.9, 0.5), Int32Array.of(1, 2, 3), 3);
    expect(heap.peek()).toBe(1);
    heap.lowerTop(0.1);
    expect(heap.peek()).toBe(2);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([2, 0, 1, -1]);
  });
});
