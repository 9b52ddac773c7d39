/**
 * A max-heap over candidate indices ordered by an upper bound of their score, for best-first
 * search: the bound of the top item may be lowered (replaced by its exact score) and sifted down.
 * @module
 */

/**
 * A max-heap of items by bound (ties: lower position first); bounds may be lowered on top.
 *
 * @example
 * ```ts
 * const heap = new BoundHeap(Float64Array.of(0.2, 0.9), Int32Array.of(5, 7), 2);
 * heap.peek(); // 1 (bound 0.9)
 * ```
 */
export class BoundHeap {
  private readonly items: Int32Array;
  private size: number;
  /** A heap over items `0..count-1`, or over the given items only. */
  constructor(
    private readonly bound: Float64Array,
    private readonly position: Int32Array,
    count: number,
    only?: Int32Array,
  ) {
    if (only) this.items = only;
    else {
      this.items = new Int32Array(count);
      for (let i = 0; i < count; i++) this.items[i] = i;
    }
    this.size = this.items.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private before(a: number, b: number): boolean {
    const x = this.bound[a] as number;
    const y = this.bound[b] as number;
    return x > y || (x === y && (this.position[a] as number) < (this.position[b] as number));
  }
  private down(i: number): void {
    const items = this.items;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      let top = l;
      if (r < n && this.before(items[r] as number, items[l] as number)) top = r;
      if (!this.before(items[top] as number, items[i] as number)) return;
      const t = items[i] as number;
      items[i] = items[top] as number;
      items[top] = t;
      i = top;
    }
  }
  /** The best remaining item without removing it, or -1. */
  peek(): number {
    return this.size === 0 ? -1 : (this.items[0] as number);
  }
  /** Lowers the bound of the top item (never raises it) and restores the heap order. */
  lowerTop(bound: number): void {
    this.bound[this.items[0] as number] = bound;
    this.down(0);
  }
  /** The best remaining item, or -1. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.items[0] as number;
    this.size--;
    if (this.size > 0) {
      this.items[0] = this.items[this.size] as number;
      this.down(0);
    }
    return top;
  }
}
