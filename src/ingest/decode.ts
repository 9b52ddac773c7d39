/**
 * Turns raw input (a string or bytes) into text: rejects binary and non-UTF-8 input with a clear
 * message, strips a UTF-8 byte-order mark, and enforces the input size limit. Browser-safe
 * (uses `TextDecoder`).
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import { LIMITS } from '../model/limits.js';

/**
 * Decodes input to a string.
 *
 * @example
 * ```ts
 * decodeInput(new TextEncoder().encode('\uFEFF[{"id":"a"}]')); // '[{"id":"a"}]'
 * ```
 */
export function decodeInput(input: string | Uint8Array | ArrayBuffer): string {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > LIMITS.maxInputBytes) throw tooLarge(input.length);
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > LIMITS.maxInputBytes) throw tooLarge(bytes.byteLength);
    if (looksBinary(bytes)) {
      throw new CredenceInputError(
        'the input looks like a binary file (it contains NUL bytes), not a text catalogue',
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CredenceInputError(
        'the input is not valid UTF-8 text; save the file as UTF-8 and try again',
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    throw new CredenceInputError(
      'the input contains NUL characters; it looks like a binary file, not a text catalogue',
    );
  }
  return text;
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
