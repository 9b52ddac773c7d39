/**
 * CTDL value profiles: ISO 8601 durations → hours, CostProfiles → one cost, ValueProfiles and
 * credit units → academic credit or a credit claim, delivery types → format, organisation types.
 * @module
 */
import { asList, isObject, type JsonObject, num, str } from '../loose-json.js';
import { langText, langTexts, localName } from './graph.js';

/**
 * Hours per duration unit. A CTDL duration is calendar time, converted at full-time study:
 * 1 day = 8 h, 1 week = 5 days = 40 h, 1 month = 52/12 weeks ≈ 173.3 h, 1 year = 52 weeks = 2,080 h.
 */
export const HOURS_PER_UNIT = {
  Y: 2_080,
  M: 2_080 / 12,
  W: 40,
  D: 8,
  H: 1,
  TM: 1 / 60,
  S: 1 / 3_600,
} as const;

const ISO_DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** Hours from an ISO 8601 duration, and whether calendar units (days and up) were involved. */
export interface DurationHours {
  readonly hours: number;
  readonly calendar: boolean;
}

/**
 * Converts an ISO 8601 duration to hours with {@link HOURS_PER_UNIT}.
 *
 * @example
 * ```ts
 * isoDurationHours('PT120H'); // { hours: 120, calendar: false }
 * isoDurationHours('P2W'); // { hours: 80, calendar: true }
 * ```
 */
export function isoDurationHours(value: unknown): DurationHours | undefined {
  const s = str(value);
  if (s === undefined || s === 'P' || s.endsWith('T')) return undefined;
  const m = ISO_DURATION.exec(s);
  if (m === null) return undefined;
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]?.replace(',', '.')));
  const calendarHours =
    n(1) * HOURS_PER_UNIT.Y +
    n(2) * HOURS_PER_UNIT.M +
    n(3) * HOURS_PER_UNIT.W +
    n(4) * HOURS_PER_UNIT.D;
  const clock = n(5) + n(6) * HOURS_PER_UNIT.TM + n(7) * HOURS_PER_UNIT.S;
  const hours = Math.round((calendarHours + clock) * 100) / 100;
  return { hours, calendar: calendarHours > 0 };
}

/** Currency names seen in CTDL records instead of ISO 4217 codes. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  'us dollar': 'USD',
  'us dollars': 'USD',
  'united states dollar': 'USD',
  dollar: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  'british pound': 'GBP',
  'pound sterling': 'GBP',
  'canadian dollar': 'CAD',
  'australian dollar': 'AUD',
  'new zealand dollar': 'NZD',
};

/**
 * An ISO 4217 code from a code or a currency name (`"US Dollar"` → `USD`).
 *
 * @example
 * ```ts
 * currencyCode('US Dollar'); // 'USD'
 * ```
 */
export function currencyCode(value: unknown): string | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  if (/^[A-Za-z]{3}$/.test(s)) return s.toUpperCase();
  // An own property only: a name such as "constructor" must find nothing.
  const key = s.toLowerCase();
  return Object.hasOwn(CURRENCY_NAMES, key) ? CURRENCY_NAMES[key] : undefined;
}

/** One price line of a CostProfile. */
interface PriceLine {
  readonly price: number;
  readonly currency?: string;
  readonly costType: string;
}

/** The cost chosen from a record's CostProfiles, and notes on how. */
export interface ChosenCost {
  readonly amount?: number;
  readonly currency?: string;
  readonly notes: readonly string[];
}

function priceLines(profile: JsonObject): PriceLine[] {
  const currency = currencyCode(profile['ceterms:currency']);
  const type = asList(profile['ceterms:directCostType'])
    .map((t) => (isObject(t) ? str(t['ceterms:targetNode']) : str(t)))
    .find((t) => t !== undefined);
  const lines: PriceLine[] = [];
  const price = num(profile['ceterms:price']);
  if (price !== undefined && price >= 0) {
    lines.push({
      price,
      costType: localName(type ?? 'unspecified'),
      ...(currency ? { currency } : {}),
    });
  }
  for (const item of asList(profile['ceterms:costItem'])) {
    if (!isObject(item)) continue;
    const p = num(item['ceterms:price']);
    const t = asList(item['ceterms:directCostType'])
      .map((x) => (isObject(x) ? str(x['ceterms:targetNode']) : str(x)))
      .find((x) => x !== undefined);
    if (p !== undefined && p >= 0) {
      lines.push({
        price: p,
        costType: localName(t ?? type ?? 'unspecified'),
        ...(currency ? { currency } : {}),
      });
    }
  }
  return lines;
}

/**
 * Chooses one cost from CostProfiles. An `AggregateCost` line is the total; otherwise distinct
 * cost types (application, tuition…) are parts of one total, and repeated lines of the same type
 * are alternatives (member/non-member, in-state/out-of-state), of which the lowest counts. So the
 * amount is the lowest aggregate cost, else the sum over cost types of each type's lowest price.
 *
 * @example
 * ```ts
 * chooseCost([{ 'ceterms:price': 100, 'ceterms:currency': 'USD' }]); // { amount: 100, currency: 'USD', notes: [] }
 * ```
 */
export function chooseCost(profiles: readonly unknown[]): ChosenCost {
  const notes: string[] = [];
  const lines = profiles.filter(isObject).flatMap(priceLines);
  if (lines.length === 0) {
    if (profiles.length > 0) notes.push('no CostProfile states a price; cost was left out');
    return { notes };
  }
  const currencies = [...new Set(lines.map((l) => l.currency).filter((c) => c !== undefined))];
  if (currencies.length === 0) {
    notes.push('the price has no recognisable currency; cost was left out');
    return { notes };
  }
  if (currencies.length > 1)
    notes.push(`prices are in several currencies; only ${currencies[0]} was used`);
  const currency = currencies[0] as string;
  const usable = lines.filter((l) => l.currency === currency || l.currency === undefined);
  const aggregate = usable.filter((l) => /aggregate/i.test(l.costType));
  let amount: number;
  if (aggregate.length > 0) {
    // A loop, not a spread into Math.min: a document may list any number of prices.
    amount = Number.POSITIVE_INFINITY;
    for (const l of aggregate) if (l.price < amount) amount = l.price;
    if (usable.length > 1)
      notes.push(
        `${usable.length} prices; the lowest aggregate cost (${amount} ${currency}) was used`,
      );
  } else {
    const byType = new Map<string, number>();
    for (const l of usable)
      byType.set(l.costType, Math.min(byType.get(l.costType) ?? Infinity, l.price));
    amount = Math.round([...byType.values()].reduce((a, b) => a + b, 0) * 100) / 100;
    if (usable.length > 1) {
      notes.push(
        `${usable.length} prices; the total of the lowest price of each cost type (${[...byType.keys()].join(', ')}) = ${amount} ${currency} was used`,
      );
    }
  }
  return { amount: Math.round(amount * 100) / 100, currency, notes };
}

/** CTDL credit units that are academic credit, and the contract unit they map to. */
const ACADEMIC_UNITS: Readonly<Record<string, string>> = {
  semesterhour: 'us-credit-hours',
  semesterhours: 'us-credit-hours',
  semestercredit: 'us-credit-hours',
  quarterhour: 'us-credit-hours',
  quarterhours: 'us-credit-hours',
  quartercredit: 'us-credit-hours',
  credithour: 'us-credit-hours',
  ects: 'ects',
  europeancredittransfersystem: 'ects',
};

/** CTDL credit units that become a credit claim (`accreditations[]`), with the contract unit. */
const CLAIM_UNITS: Readonly<Record<string, string>> = {
  continuingeducationunit: 'ceu',
  clockhour: 'hours',
  contacthour: 'contact-hours',
  degreecredit: 'credits',
  certificatecredit: 'credits',
  competencycredit: 'credits',
  unit: 'credits',
};

/** A credit value read from a record. */
export interface CreditValue {
  readonly value: number;
  /** The CTDL unit's local name (`SemesterHour`). */
  readonly sourceUnit: string;
  /** `us-credit-hours`/`ects` for academic credit; otherwise undefined. */
  readonly academicUnit?: string;
  /** Contract credit unit for a claim. */
  readonly claimUnit?: string;
}

function unitKey(value: unknown): string | undefined {
  const raw = isObject(value)
    ? (str(value['ceterms:targetNode']) ?? langText(value['ceterms:targetNodeName']))
    : str(value);
  return raw === undefined
    ? undefined
    : localName(raw)
        .replace(/[^a-z]/gi, '')
        .toLowerCase();
}

/**
 * Reads `ceterms:creditValue` (ValueProfile: `creditUnitType` + `schema:value`/min/max) and the
 * older `creditHourValue`/`creditHourType` and `creditUnitValue`/`creditUnitType`.
 *
 * @example
 * ```ts
 * creditValueOf({ 'ceterms:creditValue': [{ 'ceterms:creditUnitType': [{ 'ceterms:targetNode': 'creditUnit:SemesterHour' }], 'schema:value': 3 }] });
 * // { value: 3, sourceUnit: 'semesterhour', academicUnit: 'us-credit-hours' }
 * ```
 */
export function creditValueOf(node: JsonObject): CreditValue | undefined {
  const candidates: { value?: number; unit?: string }[] = [];
  for (const profile of asList(node['ceterms:creditValue'])) {
    if (!isObject(profile)) continue;
    const value =
      num(profile['schema:value'] ?? profile['qdata:value'] ?? profile['ceterms:value']) ??
      num(profile['schema:minValue'] ?? profile['qdata:minValue']);
    const unit = asList(profile['ceterms:creditUnitType'])
      .map(unitKey)
      .find((u) => u !== undefined);
    candidates.push({
      ...(value === undefined ? {} : { value }),
      ...(unit === undefined ? {} : { unit }),
    });
  }
  const hourValue = num(node['ceterms:creditHourValue']);
  if (hourValue !== undefined) {
    const unit = langTexts(node['ceterms:creditHourType'])[0];
    candidates.push({
      value: hourValue,
      unit: unit?.replace(/[^a-z]/gi, '').toLowerCase() ?? 'credithour',
    });
  }
  const unitValue = num(node['ceterms:creditUnitValue']);
  if (unitValue !== undefined) {
    const unit = asList(node['ceterms:creditUnitType'])
      .map(unitKey)
      .find((u) => u !== undefined);
    candidates.push({ value: unitValue, ...(unit === undefined ? {} : { unit }) });
  }
  const found = candidates.find((c) => c.value !== undefined);
  if (found?.value === undefined) return undefined;
  const unit = found.unit ?? 'unit';
  const academicUnit = ACADEMIC_UNITS[unit];
  return {
    value: found.value,
    sourceUnit: unit,
    ...(academicUnit === undefined
      ? { claimUnit: CLAIM_UNITS[unit] ?? 'credits' }
      : { academicUnit }),
  };
}

/**
 * Contract `format` from CTDL delivery types (`deliveryType:OnlineOnly` → `self-paced-online`…).
 *
 * @example
 * ```ts
 * formatOf([{ 'ceterms:targetNode': 'deliveryType:InPerson' }]); // 'in-person'
 * ```
 */
export function formatOf(values: readonly unknown[]): string | undefined {
  const kinds = new Set(
    values
      .map((v) =>
        isObject(v)
          ? (str(v['ceterms:targetNode']) ?? langText(v['ceterms:targetNodeName']))
          : str(v),
      )
      .filter((v): v is string => v !== undefined)
      .map((v) =>
        localName(v)
          .replace(/[^a-z]/gi, '')
          .toLowerCase(),
      ),
  );
  if (kinds.has('blendeddelivery') || kinds.has('blended')) return 'blended';
  const online = kinds.has('onlineonly') || kinds.has('online');
  const inPerson = kinds.has('inperson') || kinds.has('inpersononly');
  if (online && inPerson) return 'blended';
  if (inPerson) return 'in-person';
  if (kinds.has('workbased') || kinds.has('workplace')) return 'workplace';
  if (online)
    return kinds.has('synchronous') || kinds.has('live') ? 'live-online' : 'self-paced-online';
  return undefined;
}

/**
 * Contract provider type from an organisation's `agentType` and `@type`.
 *
 * @example
 * ```ts
 * providerTypeOf({ 'ceterms:agentType': [{ 'ceterms:targetNode': 'orgType:FourYear' }] }); // 'university'
 * ```
 */
export function providerTypeOf(org: JsonObject): string {
  const kinds = asList(org['ceterms:agentType'])
    .map((v) => (isObject(v) ? str(v['ceterms:targetNode']) : str(v)))
    .filter((v): v is string => v !== undefined)
    .map((v) => localName(v).toLowerCase());
  if (
    kinds.some((k) => ['fouryear', 'twoyear', 'postsecondary', 'university', 'college'].includes(k))
  ) {
    return 'university';
  }
  if (
    kinds.some((k) =>
      ['professionalassociation', 'certificationbody', 'accreditationbody'].includes(k),
    )
  ) {
    return 'professional-body';
  }
  if (kinds.some((k) => ['hospital', 'healthcare'].includes(k))) return 'healthcare-organisation';
  if (kinds.some((k) => ['business', 'vendor', 'industry'].includes(k))) return 'industry';
  if (kinds.some((k) => ['trainingprovider', 'primarilyonline'].includes(k)))
    return 'education-company';
  return 'unknown';
}

/** English names of languages seen in CTDL `inLanguage` instead of codes. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  spanish: 'es',
  french: 'fr',
  german: 'de',
  chinese: 'zh',
  portuguese: 'pt',
  arabic: 'ar',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
};

/**
 * A BCP 47 tag from `inLanguage` (a code or an English language name).
 *
 * @example
 * ```ts
 * languageOf(['English']); // 'en'
 * ```
 */
export function languageOf(values: readonly unknown[]): string | undefined {
  for (const v of values) {
    const s = str(v);
    if (s === undefined) continue;
    if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(s)) return s;
    const code = LANGUAGE_NAMES[s.toLowerCase()];
    if (code !== undefined) return code;
  }
  return undefined;
}
