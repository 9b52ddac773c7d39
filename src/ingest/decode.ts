/**
 * Turns raw input (a string or bytes) into text, in the encodings spreadsheets save: UTF-8 with
 * or without a byte-order mark, UTF-16 LE/BE with a mark (Excel's "Unicode text"), and
 * Windows-1252 (Excel's "CSV" on Windows: `£` as one byte). Binary input is refused with a clear
 * message, and the input size limit enforced. Browser-safe (`TextDecoder`).
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import { LIMITS } from '../model/limits.js';

/** Decoded text, its encoding, and what was assumed to read it. */
export interface DecodedText {
  readonly text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252` (`utf-16` for a string input). */
  readonly encoding: string;
  /** Interpretations made (an encoding guessed), to report as warnings. */
  readonly notes: readonly string[];
}

/** UTF-16 without a byte-order mark: most odd (LE) or even (BE) bytes of the start are 0. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.byteLength - (bytes.byteLength % 2), 4_096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new CredenceInputError(
      `the input starts like ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}`,
    );
  }
}

/**
 * Decodes input to text and says how.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).encoding; // 'utf-16le'
 * decodeText(new Uint8Array([0xa3, 0x35])).text; // '£5' (read as Windows-1252, with a note)
 * ```
 */
export function decodeText(input: string | Uint8Array | ArrayBuffer): DecodedText {
  if (
    typeof input !== 'string' &&
    !(input instanceof Uint8Array) &&
    !(input instanceof ArrayBuffer)
  ) {
    throw new CredenceInputError(
      `the input must be text or bytes, got ${input === null ? 'null' : typeof input}`,
    );
  }
  const notes: string[] = [];
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    if (input.length > LIMITS.maxInputBytes) throw tooLarge(input.length);
    text = input;
    encoding = 'utf-16';
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > LIMITS.maxInputBytes) throw tooLarge(bytes.byteLength);
    const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
    if (b0 === 0xff && b1 === 0xfe) {
      encoding = 'utf-16le';
      text = decodeAs(encoding, bytes.subarray(2));
    } else if (b0 === 0xfe && b1 === 0xff) {
      encoding = 'utf-16be';
      text = decodeAs(encoding, bytes.subarray(2));
    } else if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      text = decodeAs('utf-8', bytes.subarray(3));
    } else {
      const wide = utf16WithoutMark(bytes);
      if (wide !== undefined) {
        encoding = wide;
        text = decodeAs(wide, bytes);
        notes.push(
          `the input has no byte-order mark but reads as ${wide.toUpperCase()} text, so it was read as that`,
        );
      } else {
        if (looksBinary(bytes)) {
          throw new CredenceInputError(
            'the input looks like a binary file (it contains NUL bytes), not a text catalogue',
          );
        }
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          encoding = 'windows-1252';
          text = new TextDecoder('windows-1252').decode(bytes);
          notes.push(
            'the input is not UTF-8, so it was read as Windows-1252 (what Excel saves as "CSV" on Windows); save it as UTF-8 to be sure',
          );
        }
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    throw new CredenceInputError(
      'the input contains NUL characters; it looks like a binary file, not a text catalogue',
    );
  }
  return { text, encoding, notes };
}

/**
 * Decodes input to a string (see {@link decodeText}, which also says how it was read).
 *
 * @example
 * ```ts
 * decodeInput(new TextEncoder().encode('\uFEFF[{"id":"a"}]')); // '[{"id":"a"}]'
 * ```
 */
export function decodeInput(input: string | Uint8Array | ArrayBuffer): string {
  return decodeText(input).text;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 8_192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function tooLarge(size: number): CredenceInputError {
  return new CredenceInputError(
    `the input is ${(size / 1_048_576).toFixed(1)} MB; the limit is ${LIMITS.maxInputBytes / 1_048_576} MB`,
  );
}
