/**
 * Reference data: the bundled defaults in `data/*.json`, validated, and merged with a user's own
 * entries (by id: a user entry replaces the default with the same id). Invalid entries are
 * reported, never silently dropped.
 * @module
 */
import type * as z from 'zod/mini';
import accreditorsFile from '../../data/accreditors.json';
import domainRulesFile from '../../data/domain-rules.json';
import nonAccreditorsFile from '../../data/non-accrediting-bodies.json';
import platformsFile from '../../data/platforms.json';
import providersFile from '../../data/providers.json';
import regulatorsFile from '../../data/regulators.json';
import skillsFile from '../../data/skills.json';
import universitiesFile from '../../data/universities.json';
import unrecognisedFile from '../../data/unrecognised-accreditors.json';
import { describeZodIssue, formatPath } from '../model/issues.js';
import { sanitizeJson } from '../model/sanitize.js';
import { entriesOf } from './bundled-table.js';
import {
  type Accreditor,
  AccreditorSchema,
  type Concept,
  ConceptSchema,
  type DomainRule,
  DomainRuleSchema,
  type Indicator,
  IndicatorSchema,
  type NonAccreditor,
  NonAccreditorSchema,
  type Platform,
  PlatformSchema,
  type ProviderEntry,
  ProviderEntrySchema,
  type Regulator,
  RegulatorSchema,
  type UniversityEntry,
  UniversityEntrySchema,
  type UnrecognisedBody,
  UnrecognisedBodySchema,
} from './schemas.js';

/** All reference data, validated. */
export interface ReferenceData {
  readonly accreditors: readonly Accreditor[];
  readonly unrecognised: readonly UnrecognisedBody[];
  readonly indicators: readonly Indicator[];
  /** Bodies that accredit no courses (WHO, UNESCO, the EU, ISO 9001, the NHS). */
  readonly nonAccreditors: readonly NonAccreditor[];
  readonly providers: readonly ProviderEntry[];
  /** Web-domain classes: academic, government and health-service suffixes. */
  readonly domainRules: readonly DomainRule[];
  /** Learning platforms that host other organisations' offerings. */
  readonly platforms: readonly Platform[];
  readonly universities: readonly UniversityEntry[];
  readonly regulators: readonly Regulator[];
  readonly concepts: readonly Concept[];
}

/** User-supplied reference entries (unvalidated), merged over the defaults by id. */
export type ReferenceDataInput = { readonly [K in keyof ReferenceData]?: readonly unknown[] };

/** A problem with one reference entry. */
export interface ReferenceIssue {
  /** Which list (`accreditors`, `concepts`…). */
  readonly list: keyof ReferenceData;
  readonly index: number;
  readonly id?: string;
  readonly path: string;
  readonly message: string;
}

const SCHEMAS: { readonly [K in keyof ReferenceData]: z.ZodMiniType } = {
  accreditors: AccreditorSchema,
  unrecognised: UnrecognisedBodySchema,
  indicators: IndicatorSchema,
  nonAccreditors: NonAccreditorSchema,
  providers: ProviderEntrySchema,
  domainRules: DomainRuleSchema,
  platforms: PlatformSchema,
  universities: UniversityEntrySchema,
  regulators: RegulatorSchema,
  concepts: ConceptSchema,
};

const keyOf = (list: keyof ReferenceData, entry: Record<string, unknown>): string =>
  String(list === 'domainRules' ? entry.suffix : entry.id);

function validateList<K extends keyof ReferenceData>(
  list: K,
  entries: readonly unknown[],
  issues: ReferenceIssue[],
): ReferenceData[K] {
  const out: unknown[] = [];
  entries.forEach((raw, index) => {
    const { value, problems } = sanitizeJson(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const idPart = typeof rawId === 'string' ? { id: rawId } : {};
    const label = `${list} entry ${index}${typeof rawId === 'string' ? ` (id "${rawId}")` : ''}`;
    for (const p of problems) {
      issues.push({
        list,
        index,
        ...idPart,
        path: formatPath(p.path),
        message: `${label}: ${formatPath(p.path)} ${p.message}`,
      });
    }
    const parsed = SCHEMAS[list].safeParse(value, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = formatPath(issue.path);
        issues.push({
          list,
          index,
          ...idPart,
          path,
          message: `${label}: ${path} ${describeZodIssue(issue)}`.replace(': ', ': '),
        });
      }
      return;
    }
    if (problems.some((p) => p.severity === 'error')) return;
    out.push(parsed.data);
  });
  return out as unknown as ReferenceData[K];
}

/** Merges `extra` over `base` by id (or suffix): same id replaces, new ids are appended. */
function mergeById<T>(list: keyof ReferenceData, base: readonly T[], extra: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const entry of base) byKey.set(keyOf(list, entry as Record<string, unknown>), entry);
  for (const entry of extra) byKey.set(keyOf(list, entry as Record<string, unknown>), entry);
  return [...byKey.values()];
}

/** The bundled files as raw lists (objects in `data/`, tables as the build inlines them). */
function bundledInput(): Required<ReferenceDataInput> {
  return {
    accreditors: entriesOf(accreditorsFile.accreditors),
    unrecognised: entriesOf(unrecognisedFile.bodies),
    indicators: entriesOf(unrecognisedFile.indicators),
    nonAccreditors: entriesOf(nonAccreditorsFile.bodies),
    providers: entriesOf(providersFile.providers),
    domainRules: entriesOf(domainRulesFile.rules),
    platforms: entriesOf(platformsFile.platforms),
    universities: entriesOf(universitiesFile.universities),
    regulators: entriesOf(regulatorsFile.regulators),
    concepts: entriesOf(skillsFile.concepts),
  };
}

/**
 * Validates reference data. With `base`, the validated entries are merged over it by id;
 * without, over the bundled defaults (pass `{ replaceDefaults: true }` to use only yours).
 *
 * @example
 * ```ts
 * const { data, issues } = loadReferenceData({
 *   accreditors: [{ id: 'my-board', name: 'Regional CPD Board', kind: 'healthcare-accreditor', country: 'GB', source: 'https://example.org', checked: '2026-01-01' }],
 * });
 * ```
 */
export function loadReferenceData(
  input: ReferenceDataInput = {},
  options: { replaceDefaults?: boolean } = {},
): { data: ReferenceData; issues: readonly ReferenceIssue[] } {
  const issues: ReferenceIssue[] = [];
  const base = options.replaceDefaults ? undefined : bundledData();
  const lists = Object.keys(SCHEMAS) as (keyof ReferenceData)[];
  const data = {} as Record<keyof ReferenceData, unknown>;
  for (const list of lists) {
    const extra = validateList(list, input[list] ?? [], issues) as readonly unknown[];
    data[list] = base ? mergeById(list, base[list] as readonly unknown[], extra) : extra;
  }
  return { data: data as unknown as ReferenceData, issues };
}

let bundled: ReferenceData | undefined;

/**
 * The bundled reference data, validated once on first use (an immutable cache: the files
 * never change at run time).
 *
 * @example
 * ```ts
 * bundledData().accreditors.length; // 60+
 * ```
 */
export function bundledData(): ReferenceData {
  if (bundled === undefined) {
    const issues: ReferenceIssue[] = [];
    const raw = bundledInput();
    const data = {} as Record<keyof ReferenceData, unknown>;
    for (const list of Object.keys(SCHEMAS) as (keyof ReferenceData)[]) {
      data[list] = validateList(list, raw[list], issues);
    }
    if (issues.length > 0) {
      throw new Error(
        `credence: bundled reference data is invalid:\n${issues
          .slice(0, 10)
          .map((i) => i.message)
          .join('\n')}`,
      );
    }
    bundled = Object.freeze(data as unknown as ReferenceData);
  }
  return bundled;
}
