/**
 * Reusable field schemas: case-insensitive enums, dates, web addresses, codes and numbers.
 * Input is tolerated where the meaning is unambiguous (case, surrounding spaces, a numeric
 * string, a web address without `https://`); output is always normalised.
 * @module
 */
import * as z from 'zod/mini';
import { LIMITS } from './limits.js';

/**
 * A schema that first rewrites its input with `fn` (zod classic's `z.preprocess`): a pipe from a
 * transform into `schema`. Its input type is `unknown`, as `z.preprocess`'s was.
 */
export function preprocess<T extends z.core.$ZodType>(
  fn: (value: unknown) => unknown,
  schema: T,
): z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, T> {
  return z.pipe(z.transform(fn), schema);
}

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** A closed vocabulary matched case-insensitively (`"University"` → `"university"`). */
export function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return preprocess(
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
export const text = preprocess(
  trimmed,
  z
    .string()
    .check(z.minLength(1, { error: 'must not be empty' }), z.maxLength(LIMITS.maxStringLength)),
);

/** An identifier: a non-empty string of at most 500 characters, trimmed. */
export const identifier = preprocess(
  trimmed,
  z.string().check(z.minLength(1, { error: 'must not be empty' }), z.maxLength(500)),
);

/** A possibly empty string, trimmed. */
export const optionalText = preprocess(
  trimmed,
  z.string().check(z.maxLength(LIMITS.maxStringLength)),
);

/** A list of non-empty strings; blank entries are removed. */
export const textList = preprocess(
  (value) =>
    Array.isArray(value)
      ? value.map(trimmed).filter((item) => item !== '' && item !== null && item !== undefined)
      : value,
  z.array(text).check(z.maxLength(LIMITS.maxArrayLength)),
);

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A finite number; a string holding only a number (`"12.5"`) is accepted. */
export const finiteNumber = preprocess(
  (value) => (typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value) : value),
  z.number(),
);

/**
 * A finite number from 0 to {@link LIMITS.maxAmount}: no cost, duration or credit comes near
 * it, and the cap keeps every sum finite (two costs of 1.5e308 add up to Infinity).
 */
export const nonNegativeNumber = preprocess(
  (value) => (typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value) : value),
  z.number().check(z.gte(0), z.lte(LIMITS.maxAmount)),
);

/** `true`/`false`, also from the strings "true", "false", "yes", "no" (any case). */
export const flexibleBoolean = preprocess((value) => {
  if (typeof value !== 'string') return value;
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'no') return false;
  return value;
}, z.boolean());

const ISO_DATE_TIME_PREFIX = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 calendar date `YYYY-MM-DD`; a full ISO date-time is cut to its date. */
export const isoDate = preprocess((value) => {
  if (typeof value !== 'string') return value;
  const match = ISO_DATE_TIME_PREFIX.exec(value.trim());
  return match ? match[1] : value.trim();
}, z.iso.date());

/** An http(s) web address; a bare domain such as `www.rcn.org.uk/learning` gets `https://`. */
export const webAddress = preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const v = value.trim();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(v) ? `https://${v}` : v;
  },
  z
    .url({ protocol: /^https?$/, error: 'must be an http(s) web address' })
    .check(z.maxLength(2_048)),
);

/** Memo of region and currency checks (bounded: codes are two or three letters). */
const known = new Map<string, boolean>();

let regionNames: Intl.DisplayNames | undefined | null;
/**
 * Whether a two-letter code is a current ISO 3166-1 country the runtime's Unicode CLDR data
 * names (`GB`, `IE`, `XK`): not `ZZ` ("unknown region"), an unassigned code such as `XX`, a
 * user-assigned one (`QM`–`QZ`, `XA`–`XZ` but `XK`), a grouping (`EU`, `UN`) or a withdrawn
 * one CLDR replaces (`DD` is now `DE`). Without `Intl.DisplayNames` (very old runtimes) every
 * well-formed code is accepted.
 */
export function isKnownRegion(code: string): boolean {
  const hit = known.get(`r:${code}`);
  if (hit !== undefined) return hit;
  if (regionNames === undefined) {
    regionNames =
      typeof Intl.DisplayNames === 'function'
        ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
        : null;
  }
  let ok = /^[A-Z]{2}$/.test(code);
  if (ok && regionNames !== null) {
    try {
      ok =
        !/^(ZZ|AA|EU|EZ|UN|Q[M-Z]|X[A-JL-Z])$/.test(code) &&
        regionNames.of(code) !== undefined &&
        Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
    } catch {
      ok = false;
    }
  }
  known.set(`r:${code}`, ok);
  return ok;
}

let currencies: ReadonlySet<string> | null | undefined;
/**
 * Whether a three-letter code is an ISO 4217 currency: one the runtime's CLDR data lists
 * (`Intl.supportedValuesOf('currency')`), or `XXX`, ISO 4217's code for "no currency"
 * (used for a free offering whose catalogue names no currency; see docs/formats.md).
 * Without `Intl.supportedValuesOf` every well-formed code is accepted.
 */
export function isCurrencyCode(code: string): boolean {
  if (code === NO_CURRENCY) return true;
  if (currencies === undefined) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    currencies =
      typeof intl.supportedValuesOf === 'function'
        ? new Set(intl.supportedValuesOf('currency'))
        : null;
  }
  return currencies === null || currencies.has(code);
}

/** ISO 4217 `XXX`: "no currency" — the currency of a free offering whose catalogue names none. */
export const NO_CURRENCY = 'XXX';

/** ISO 3166-1 alpha-2 country code, upper-cased; `UK` is accepted for `GB`. */
export const countryCode = preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const upper = value.trim().toUpperCase();
    return upper === 'UK' ? 'GB' : upper;
  },
  z
    .string()
    .check(
      z.regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166-1 country code' }),
      z.refine(isKnownRegion, { error: 'is not an ISO 3166-1 country code' }),
    ),
);

/** ISO 4217 currency code, upper-cased; an unknown code such as `XYZ` is refused. */
export const currencyCode = preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z
    .string()
    .check(
      z.regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 currency code' }),
      z.refine(isCurrencyCode, { error: 'is not an ISO 4217 currency code' }),
    ),
);

/**
 * A BCP 47 language tag such as `en`, `en-GB` or `fr-CA`, in its canonical case (`en-gb` →
 * `en-GB`; `en_GB` is read as `en-GB`).
 */
export const languageTag = preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const tag = value.trim().replace(/_/g, '-');
    if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/.test(tag)) return tag;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      return tag;
    }
  },
  z.string().check(
    z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/, {
      error: 'must be a BCP 47 language tag',
    }),
  ),
);
