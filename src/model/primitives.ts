/**
 * Reusable field schemas: case-insensitive enums, dates, web addresses, codes and numbers.
 * Input is tolerated where the meaning is unambiguous (case, surrounding spaces, a numeric
 * string, a web address without `https://`); output is always normalised.
 * @module
 */
import * as z from 'zod';
import { LIMITS } from './limits.js';

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** A closed vocabulary matched case-insensitively (`"University"` → `"university"`). */
export function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .trim()
            .toLowerCase()
            .replace(/[\s_]+/g, '-')
        : value,
    z.enum(values),
  );
}

/** A non-empty string of at most {@link LIMITS.maxStringLength} characters, trimmed. */
export const text = z.preprocess(
  trimmed,
  z.string().min(1, { error: 'must not be empty' }).max(LIMITS.maxStringLength),
);

/** An identifier: a non-empty string of at most 500 characters, trimmed. */
export const identifier = z.preprocess(
  trimmed,
  z.string().min(1, { error: 'must not be empty' }).max(500),
);

/** A possibly empty string, trimmed. */
export const optionalText = z.preprocess(trimmed, z.string().max(LIMITS.maxStringLength));

/** A list of non-empty strings; blank entries are removed. */
export const textList = z.preprocess(
  (value) =>
    Array.isArray(value)
      ? value.map(trimmed).filter((item) => item !== '' && item !== null && item !== undefined)
      : value,
  z.array(text).max(LIMITS.maxArrayLength),
);

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A finite number; a string holding only a number (`"12.5"`) is accepted. */
export const finiteNumber = z.preprocess(
  (value) => (typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value) : value),
  z.number(),
);

/** A finite number ≥ 0. */
export const nonNegativeNumber = z.preprocess(
  (value) => (typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value) : value),
  z.number().min(0),
);

/** `true`/`false`, also from the strings "true", "false", "yes", "no" (any case). */
export const flexibleBoolean = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'no') return false;
  return value;
}, z.boolean());

const ISO_DATE_TIME_PREFIX = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 calendar date `YYYY-MM-DD`; a full ISO date-time is cut to its date. */
export const isoDate = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const match = ISO_DATE_TIME_PREFIX.exec(value.trim());
  return match ? match[1] : value.trim();
}, z.iso.date());

/** An http(s) web address; a bare domain such as `www.rcn.org.uk/learning` gets `https://`. */
export const webAddress = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const v = value.trim();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(v) ? `https://${v}` : v;
  },
  z.url({ protocol: /^https?$/, error: 'must be an http(s) web address' }).max(2_048),
);

/** ISO 3166-1 alpha-2 country code, upper-cased; `UK` is accepted for `GB`. */
export const countryCode = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const upper = value.trim().toUpperCase();
    return upper === 'UK' ? 'GB' : upper;
  },
  z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166-1 country code' }),
);

/** ISO 4217 currency code, upper-cased. */
export const currencyCode = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 currency code' }),
);

/** A BCP 47 language tag such as `en`, `en-GB` or `fr-CA`. */
export const languageTag = z.preprocess(
  trimmed,
  z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/, { error: 'must be a BCP 47 language tag' }),
);
