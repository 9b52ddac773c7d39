/**
 * The compiled reference: validated data plus exact-lookup and look-alike indexes, built once
 * and shared by the evaluator and the recommender.
 * @module
 */

import confusablesFile from '../../data/confusables.json';
import publicSuffixFile from '../../data/public-suffixes.json';
import { readName } from '../text/canonical-name.js';
import { createSkeletons, type Skeletons } from '../text/confusables.js';
import { placeWords } from '../text/place-words.js';
import { prototypesOf } from './bundled-confusables.js';
import {
  bundledData,
  loadReferenceData,
  type ReferenceData,
  type ReferenceDataInput,
  type ReferenceIssue,
} from './data.js';
import { hostOf } from './domains.js';
import { compileIndicators, type IndicatorFinder } from './indicators.js';
import { compileNonAccreditors, type NonAccreditorFinder } from './non-accreditors.js';
import {
  buildOrganisationDirectory,
  type OrganisationDirectory,
} from './organisation-directory.js';
import {
  buildOrganisationIndexes,
  type CreditMatch,
  domainRuleFor,
  type OrganisationIndexes,
  type OrgMatch,
} from './organisations.js';
import { compilePublicSuffixes } from './public-suffix.js';
import { compileRegulatorApprovals, type RegulatorApprovalFinder } from './regulator-approval.js';
import type {
  Accreditor,
  DomainClass,
  DomainRule,
  Platform,
  ProviderEntry,
  Regulator,
  UniversityEntry,
  UnrecognisedBody,
} from './schemas.js';
import { accreditorByStatement, compileStatements } from './statements.js';
import { createTaxonomyIndex, type TaxonomyIndex } from './taxonomy-index.js';
import { readWebAddress, type WebAddress } from './web-address.js';

/** Validated reference data with its lookup indexes. */
export interface Reference {
  readonly data: ReferenceData;
  /** Exact lookup of an accreditor by id, name, former name or abbreviation. */
  findAccreditor(text: string): OrgMatch<Accreditor> | undefined;
  /** The accreditor whose web domain covers this address or host. */
  findAccreditorByDomain(addressOrHost: string | undefined): Accreditor | undefined;
  /** The accreditor whose standard statement a claim's text contains (`statements` in the data). */
  findAccreditorByStatement(text: string): Accreditor | undefined;
  /** The mill indicators (with phrases) a text shows: "permanent accreditation", "no exam required". */
  findIndicators: IndicatorFinder;
  /** Exact lookup of a credit type by id, name or alias ("AMA PRA Category 1 Credit"). */
  findCreditType(text: string): CreditMatch | undefined;
  /** Credit types an accreditor grants. */
  creditsOf(accreditorId: string): readonly CreditMatch['credit'][];
  /** The body that accredits no courses (WHO, UNESCO, the EU, ISO 9001, the NHS) a claim names. */
  findNonAccreditor: NonAccreditorFinder;
  /** The regulator that approves no CPD courses a text says approved it ("NMC Accredited CPD"). */
  findRegulatorApproval: RegulatorApprovalFinder;
  /** Exact lookup of a body listed as unrecognised. */
  findUnrecognised(text: string): OrgMatch<UnrecognisedBody> | undefined;
  /** Exact lookup of a provider. */
  findProvider(text: string): OrgMatch<ProviderEntry> | undefined;
  /** The provider whose web domain covers this address or host. */
  findProviderByDomain(addressOrHost: string | undefined): ProviderEntry | undefined;
  /** Exact lookup of a university by name (a name alone never verifies one). */
  findUniversity(text: string): OrgMatch<UniversityEntry> | undefined;
  /** The curated university whose web domain covers this address or host. */
  findUniversityByDomain(addressOrHost: string | undefined): UniversityEntry | undefined;
  /** The restricted academic-domain rule (e.g. `.ac.uk`) covering this address or host. */
  academicRule(addressOrHost: string | undefined): DomainRule | undefined;
  /** The restricted domain rule of a class (academic, government, health-service) covering a host. */
  domainRule(
    addressOrHost: string | WebAddress | undefined,
    domainClass: DomainClass,
  ): DomainRule | undefined;
  /** The learning platform whose web domain covers this address or host. */
  findPlatformByDomain(addressOrHost: string | undefined): Platform | undefined;
  /** A regulator by id or abbreviation. */
  findRegulator(text: string, profession?: string): Regulator | undefined;
  /** Every known organisation, by canonical name, acronym, domain, label and skeleton. */
  readonly directory: OrganisationDirectory;
  /** Reads a web address or bare host: host, displayed host, registrable domain, labels. */
  webAddress(addressOrHost: string | undefined): WebAddress | undefined;
  /** Confusable skeletons (Unicode TR39) over the bundled confusables data. */
  readonly skeletons: Skeletons;
  /**
   * Words of the world's country and region names ("qatar", "zealand"): see
   * `text/place-words.ts` (built on first use).
   */
  placeWords(): ReadonlySet<string>;
  /** The skills taxonomy compiled for phrase resolution and text scanning (built on first use). */
  taxonomy(): TaxonomyIndex;
}

const toHost = (value: string | undefined): string | undefined =>
  value === undefined
    ? undefined
    : value.includes('/') || value.includes(':')
      ? hostOf(value)
      : hostOf(`https://${value}`);

/**
 * Compiles validated reference data into a {@link Reference}.
 *
 * @example
 * ```ts
 * const { data } = loadReferenceData(myEntries);
 * const reference = compileReference(data);
 * ```
 */
export function compileReference(data: ReferenceData): Reference {
  const orgs: OrganisationIndexes = buildOrganisationIndexes(data);
  const suffixRules = compilePublicSuffixes(publicSuffixFile.suffixes);
  const skeletons = createSkeletons(prototypesOf(confusablesFile.prototypes));
  const directory = buildOrganisationDirectory(data, suffixRules, skeletons);
  const statements = compileStatements(data.accreditors);
  const findIndicators = compileIndicators(data.indicators);
  const findNonAccreditor = compileNonAccreditors(data.nonAccreditors);
  const findRegulatorApproval = compileRegulatorApprovals(data.regulators);
  let taxonomy: TaxonomyIndex | undefined;
  let places: ReadonlySet<string> | undefined;
  return {
    data,
    findAccreditor: (text) => orgs.accreditors.find(text),
    findAccreditorByDomain: (value) => orgs.accreditors.findByDomain(toHost(value)),
    findAccreditorByStatement: (text) => accreditorByStatement(statements, text),
    findIndicators,
    findNonAccreditor,
    findRegulatorApproval,
    findCreditType: (text) => orgs.credits.get(readName(text).key),
    creditsOf: (id) => orgs.creditsOf.get(id) ?? [],
    findUnrecognised: (text) => orgs.unrecognised.find(text),
    findProvider: (text) => orgs.providers.find(text),
    findProviderByDomain: (value) => orgs.providers.findByDomain(toHost(value)),
    findUniversity: (text) => orgs.universities.find(text),
    findUniversityByDomain: (value) => orgs.universities.findByDomain(toHost(value)),
    academicRule: (value) => domainRuleFor(orgs, readWebAddress(value, suffixRules), 'academic'),
    domainRule: (value, domainClass) =>
      domainRuleFor(
        orgs,
        typeof value === 'object' ? value : readWebAddress(value, suffixRules),
        domainClass,
      ),
    findPlatformByDomain: (value) => orgs.platforms.findByDomain(toHost(value)),
    findRegulator: (text, profession) => {
      const all = orgs.regulators.withAbbreviation(text);
      if (all.length > 1 && profession !== undefined) {
        const fit = all.find((r) => r.professions.includes(profession));
        if (fit) return fit;
      }
      return orgs.regulators.find(text)?.entry;
    },
    directory,
    webAddress: (value) => readWebAddress(value, suffixRules),
    skeletons,
    placeWords: () => {
      places ??= placeWords();
      return places;
    },
    taxonomy: () => {
      taxonomy ??= createTaxonomyIndex(data.concepts);
      return taxonomy;
    },
  };
}

let defaultReferenceCache: Reference | undefined;

/**
 * The reference compiled from the bundled data (built on first use, then reused: it is
 * immutable).
 *
 * @example
 * ```ts
 * defaultReference().findAccreditor('ACCME')?.entry.name;
 * // 'Accreditation Council for Continuing Medical Education'
 * ```
 */
export function defaultReference(): Reference {
  defaultReferenceCache ??= compileReference(bundledData());
  return defaultReferenceCache;
}

/**
 * Builds a reference from your own entries merged over the bundled defaults (or replacing them).
 * Invalid entries are returned as issues, never silently dropped.
 *
 * @example
 * ```ts
 * const { reference, issues } = createReference({ accreditors: [myRegionalBoard] });
 * ```
 */
export function createReference(
  input: ReferenceDataInput = {},
  options: { replaceDefaults?: boolean } = {},
): { reference: Reference; issues: readonly ReferenceIssue[] } {
  const { data, issues } = loadReferenceData(input, options);
  return { reference: compileReference(data), issues };
}

/**
 * The confusable skeleton of a text (Unicode TR39, with the bundled confusables data unless a
 * reference is given): texts that look alike have equal skeletons.
 *
 * @example
 * ```ts
 * skeleton('аccme.org') === skeleton('accme.org'); // true (Cyrillic а)
 * ```
 */
export function skeleton(text: string, reference: Reference = defaultReference()): string {
  return reference.skeletons.skeleton(text);
}
