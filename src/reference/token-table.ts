/**
 * Folded token → value, as an open-addressing hash table whose keys are kept as bytes in one
 * pool: a token already seen is found from the text's own characters without allocating a
 * string, and a probe reads only typed arrays (no string objects scattered over the heap).
 * Tokens are ASCII runs of [a-z0-9+] (upper case folded); the caller supplies their FNV-1a hash.
 * @module
 */

const INITIAL = 1 << 12;

/**
 * The token table of a vocabulary.
 *
 * @example
 * ```ts
 * const table = new TokenTable();
 * const h = tokenHash('NIV', 0, 3);
 * table.insert(table.find('NIV', 0, 3, h), 'niv', h, 7);
 * table.values[table.find('niv', 0, 3, h)]; // 7
 * ```
 */
export class TokenTable {
  hashes = new Int32Array(INITIAL);
  values = new Int32Array(INITIAL);
  /** Key length per slot (0: empty slot; tokens are never empty). */
  lengths = new Int32Array(INITIAL);
  /** Where each slot's key starts in `pool`. */
  starts = new Int32Array(INITIAL);
  /** Keys' characters, lower-cased, one byte each. */
  pool = new Uint8Array(INITIAL * 8);
  poolLength = 0;
  mask = INITIAL - 1;
  size = 0;

  /** The slot of the (lower-cased) characters `text[start..end)` with hash `h`, or -1 − free slot. */
  find(text: string, start: number, end: number, h: number): number {
    const length = end - start;
    const { hashes, lengths, starts, pool, mask } = this;
    let slot = h & mask;
    for (;;) {
      const keyLength = lengths[slot] as number;
      if (keyLength === 0) return -1 - slot;
      if (keyLength === length && hashes[slot] === h) {
        const at = (starts[slot] as number) - start;
        let k = start;
        for (; k < end; k++) {
          let c = text.charCodeAt(k);
          if (c >= 65 && c <= 90) c += 32;
          if (pool[at + k] !== c) break;
        }
        if (k === end) return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Stores lower-case ASCII `key` with hash `h` and `value` in the free slot `-1 − found`. */
  insert(found: number, key: string, h: number, value: number): void {
    const slot = -1 - found;
    if (this.poolLength + key.length > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + key.length));
      next.set(this.pool);
      this.pool = next;
    }
    const at = this.poolLength;
    for (let k = 0; k < key.length; k++) this.pool[at + k] = key.charCodeAt(k);
    this.poolLength += key.length;
    this.starts[slot] = at;
    this.lengths[slot] = key.length;
    this.hashes[slot] = h;
    this.values[slot] = value;
    this.size++;
    if (this.size * 2 > this.lengths.length) this.grow();
  }

  private grow(): void {
    const { hashes, values, lengths, starts } = this;
    const capacity = lengths.length * 2;
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < lengths.length; i++) {
      if (lengths[i] === 0) continue;
      let slot = (hashes[i] as number) & this.mask;
      while (this.lengths[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hashes[i] as number;
      this.values[slot] = values[i] as number;
      this.lengths[slot] = lengths[i] as number;
      this.starts[slot] = starts[i] as number;
    }
  }
}

/**
 * FNV-1a hash of the lower-cased characters `text[start..end)`, as the tokeniser computes it
 * while reading.
 *
 * @example
 * ```ts
 * tokenHash('NIV', 0, 3) === tokenHash('niv', 0, 3); // true
 * ```
 */
export function tokenHash(text: string, start: number, end: number): number {
  let h = -2128831035;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h;
}
