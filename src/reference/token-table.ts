/**
 * Folded token → value, as an open-addressing hash table that finds a token from the text's own
 * characters without allocating a string. Tokens are ASCII runs of [a-z0-9+] (upper case
 * folded). The tokeniser packs a token's first eight characters into two integers as it reads
 * them ({@link packChars}) and hashes only the characters past the eighth: with the length, the
 * packed characters are the whole key of a token of up to eight characters (most tokens), so it
 * is found without reading its characters again; longer keys are compared with the bytes kept
 * in one pool. Each slot's fields sit together in one 32-byte record, so a probe touches one
 * cache line.
 * @module
 */

const INITIAL = 1 << 12;
/** Int32 fields per slot: hash, length (0: empty), value, pool start, head, tail, 2 unused. */
const STRIDE = 8;
const HASH = 0;
const LENGTH = 1;
const VALUE = 2;
const START = 3;
const HEAD = 4;
const TAIL = 5;

/** FNV-1a offset basis: the hash of a token's characters past the eighth starts here. */
export const REST_BASIS = -2128831035;

/**
 * The table hash of a token from its packed characters 0–3 (`head`) and 4–7 (`tail`), the FNV-1a
 * hash of the rest (`rest`, {@link REST_BASIS} when there is none) and its length: a few
 * multiplications per token rather than one per character.
 *
 * @example
 * ```ts
 * keyHash(packChars('niv', 0, 3), 0, REST_BASIS, 3) === tokenHash('NIV', 0, 3); // true
 * ```
 */
export function keyHash(head: number, tail: number, rest: number, length: number): number {
  let h = Math.imul(head ^ (head >>> 16), 0x45d9f3b) ^ length;
  h = Math.imul(h ^ tail ^ (tail >>> 13), 0x2c1b3c6d);
  h = Math.imul(h ^ rest ^ (h >>> 15), 0x297a2d39);
  return h ^ (h >>> 16);
}

/**
 * The lower-cased characters `text[start..end)` (at most four, ASCII) packed into one integer,
 * first character highest, as the tokeniser packs them while reading.
 *
 * @example
 * ```ts
 * packChars('NIV', 0, 3) === packChars('niv', 0, 3); // true
 * ```
 */
export function packChars(text: string, start: number, end: number): number {
  let word = 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    word = (word << 8) | c;
  }
  return word;
}

/** FNV-1a hash of the lower-cased characters `text[start..end)`, from {@link REST_BASIS}. */
function restHash(text: string, start: number, end: number): number {
  let h = REST_BASIS;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h;
}

/**
 * The table hash of the lower-cased characters `text[start..end)`, as the tokeniser computes it
 * while reading.
 *
 * @example
 * ```ts
 * tokenHash('NIV', 0, 3) === tokenHash('niv', 0, 3); // true
 * ```
 */
export function tokenHash(text: string, start: number, end: number): number {
  const length = end - start;
  return keyHash(
    packChars(text, start, start + Math.min(4, length)),
    packChars(text, start + Math.min(4, length), start + Math.min(8, length)),
    restHash(text, start + Math.min(8, length), end),
    length,
  );
}

/**
 * The token table of a vocabulary.
 *
 * @example
 * ```ts
 * const table = new TokenTable();
 * const [h, head] = [tokenHash('NIV', 0, 3), packChars('NIV', 0, 3)];
 * table.insert(table.find('NIV', 0, 3, h, head, 0), 'niv', h, 7);
 * table.valueAt(table.find('niv', 0, 3, h, head, 0)); // 7
 * ```
 */
export class TokenTable {
  /** `STRIDE` fields per slot. */
  private slots = new Int32Array(INITIAL * STRIDE);
  /** Keys' characters, lower-cased, one byte each. */
  private pool = new Uint8Array(INITIAL * 8);
  private poolLength = 0;
  private mask = INITIAL - 1;
  /** Number of keys. */
  size = 0;

  /**
   * The slot of the (lower-cased) characters `text[start..end)` with table hash `h` and packed
   * characters `head` (0–3) and `tail` (4–7), or -1 − the free slot where it belongs.
   */
  find(text: string, start: number, end: number, h: number, head: number, tail: number): number {
    const length = end - start;
    const { slots, mask } = this;
    let slot = h & mask;
    for (;;) {
      const at = slot * STRIDE;
      const keyLength = slots[at + LENGTH] as number;
      if (keyLength === 0) return -1 - slot;
      if (
        keyLength === length &&
        slots[at + HASH] === h &&
        slots[at + HEAD] === head &&
        slots[at + TAIL] === tail &&
        (length <= 8 || this.sameRest(text, start, end, slots[at + START] as number))
      ) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The value stored in `slot` (a slot {@link find} returned). */
  valueAt(slot: number): number {
    return this.slots[slot * STRIDE + VALUE] as number;
  }

  /** Whether `text[start + 8..end)` equals the pooled key from `keyStart` on, past its eighth. */
  private sameRest(text: string, start: number, end: number, keyStart: number): boolean {
    const pool = this.pool;
    const offset = keyStart - start;
    for (let k = start + 8; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 65 && c <= 90) c += 32;
      if (pool[offset + k] !== c) return false;
    }
    return true;
  }

  /**
   * Stores lower-case ASCII `key`, whose table hash is `h`, with `value` in the free slot
   * `-1 − found` that {@link find} returned for it.
   */
  insert(found: number, key: string, h: number, value: number): void {
    if (this.poolLength + key.length > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + key.length));
      next.set(this.pool);
      this.pool = next;
    }
    const start = this.poolLength;
    for (let k = 0; k < key.length; k++) this.pool[start + k] = key.charCodeAt(k);
    this.poolLength += key.length;
    const at = (-1 - found) * STRIDE;
    const slots = this.slots;
    slots[at + HASH] = h;
    slots[at + LENGTH] = key.length;
    slots[at + VALUE] = value;
    slots[at + START] = start;
    slots[at + HEAD] = packChars(key, 0, Math.min(4, key.length));
    slots[at + TAIL] = packChars(key, Math.min(4, key.length), Math.min(8, key.length));
    this.size++;
    if (this.size * 2 > this.mask + 1) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * STRIDE);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + LENGTH] === 0) continue;
      let slot = (old[at + HASH] as number) & mask;
      while (slots[slot * STRIDE + LENGTH] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + STRIDE), slot * STRIDE);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
