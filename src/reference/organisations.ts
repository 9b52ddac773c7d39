/**
 * Exact lookups of organisations (accreditors, unrecognised bodies, providers, universities,
 * regulators) by id, name, former name, abbreviation or web domain. Exact only: fuzzy matching
 * lives in `lookalikes.ts` and never grants recognition.
 * @module
 */
import { acronymKey, expandsAcronym, readName } from '../text/canonical-name.js';
import type { ReferenceData } from './data.js';
import { domainSuffixes } from './domains.js';
import type {
  Accreditor,
  CreditType,
  DomainClass,
  DomainRule,
  Platform,
  ProviderEntry,
  Regulator,
  UniversityEntry,
  UnrecognisedBody,
} from './schemas.js';
import type { WebAddress } from './web-address.js';

/** How an exact match was made. */
export type MatchVia = 'id' | 'name' | 'former-name' | 'abbreviation' | 'domain';

/** An exact match and how it was made. */
export interface OrgMatch<T> {
  readonly entry: T;
  readonly via: MatchVia;
  /** True when an abbreviation names more than one entry (the first by id is returned). */
  readonly ambiguous: boolean;
}

interface Named {
  readonly id: string;
  readonly name: string;
  readonly abbreviations?: readonly string[];
  readonly formerNames?: readonly string[];
  readonly aliases?: readonly string[];
  readonly domains?: readonly string[];
}

/** An exact-match index over one list of organisations. */
export class OrgIndex<T extends Named> {
  private readonly byName = new Map<string, OrgMatch<T>>();
  private readonly byAbbreviation = new Map<string, T[]>();
  private readonly byDomain = new Map<string, T>();
  private readonly keysOf = new Map<T, string[]>();

  constructor(entries: readonly T[]) {
    const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const entry of sorted) {
      this.addName(entry.id, entry, 'id');
      this.addName(entry.name, entry, 'name');
      for (const n of entry.formerNames ?? []) this.addName(n, entry, 'former-name');
      for (const n of entry.aliases ?? []) {
        if (/^[A-Z0-9&+-]{2,8}$/.test(n)) this.addAbbreviation(n, entry);
        else this.addName(n, entry, 'name');
      }
      for (const a of entry.abbreviations ?? []) this.addAbbreviation(a, entry);
      for (const d of entry.domains ?? []) if (!this.byDomain.has(d)) this.byDomain.set(d, entry);
    }
  }

  private addName(name: string, entry: T, via: MatchVia): void {
    const key = readName(name).key;
    if (key === '') return;
    if (!this.byName.has(key)) this.byName.set(key, { entry, via, ambiguous: false });
    if (via !== 'id') this.keysOf.set(entry, [...(this.keysOf.get(entry) ?? []), key]);
  }

  private addAbbreviation(abbreviation: string, entry: T): void {
    const key = acronymKey(abbreviation);
    if (key === '') return;
    const list = this.byAbbreviation.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    this.byAbbreviation.set(key, list);
  }

  /**
   * Finds an entry by id, name, former name or abbreviation, compared in canonical form
   * (`text/canonical-name.ts`: "Royal College of Physicians (London)" finds "Royal College of
   * Physicians of London"). Text written as an acronym is found by it; a name with a bracketed
   * acronym is found by the acronym only when the name is consistent with what the acronym
   * stands for (`expandsAcronym`).
   */
  find(text: string): OrgMatch<T> | undefined {
    const { key, acronyms } = readName(text);
    const named = key === '' ? undefined : this.byName.get(key);
    if (named) return named;
    const whole = this.byAbbreviation.get(acronymKey(text));
    if (whole && whole.length > 0) {
      return { entry: whole[0]!, via: 'abbreviation', ambiguous: whole.length > 1 };
    }
    for (const acronym of acronyms) {
      const abbreviated = (this.byAbbreviation.get(acronym) ?? []).filter((e) =>
        expandsAcronym(key, this.keysOf.get(e) ?? []),
      );
      if (abbreviated.length > 0) {
        return { entry: abbreviated[0]!, via: 'abbreviation', ambiguous: abbreviated.length > 1 };
      }
    }
    return undefined;
  }

  /** Finds the entry owning `host` (exactly or as a sub-domain). */
  findByDomain(host: string | undefined): T | undefined {
    if (host === undefined) return undefined;
    for (const suffix of domainSuffixes(host)) {
      const hit = this.byDomain.get(suffix);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Every entry with this abbreviation. */
  withAbbreviation(text: string): readonly T[] {
    return this.byAbbreviation.get(acronymKey(text)) ?? [];
  }
}

/** A credit type and the accreditor that defines it. */
export interface CreditMatch {
  readonly credit: CreditType;
  readonly accreditor: Accreditor;
}

/** The compiled exact-lookup indexes over all organisation lists. */
export interface OrganisationIndexes {
  readonly accreditors: OrgIndex<Accreditor>;
  readonly unrecognised: OrgIndex<UnrecognisedBody & { name: string }>;
  readonly providers: OrgIndex<ProviderEntry>;
  readonly universities: OrgIndex<UniversityEntry>;
  readonly regulators: OrgIndex<Regulator>;
  /** Credit types by normalised id, name or alias. */
  readonly credits: ReadonlyMap<string, CreditMatch>;
  /** Credit types each accreditor grants (its own and referenced ones). */
  readonly creditsOf: ReadonlyMap<string, readonly CreditType[]>;
  readonly platforms: OrgIndex<Platform>;
  /** Restricted web-domain rules by suffix. */
  readonly domainRules: ReadonlyMap<string, DomainRule>;
}

/** Builds every organisation index from reference data. */
export function buildOrganisationIndexes(data: ReferenceData): OrganisationIndexes {
  const credits = new Map<string, CreditMatch>();
  const creditById = new Map<string, CreditMatch>();
  for (const accreditor of data.accreditors) {
    for (const credit of accreditor.credits) {
      const match = { credit, accreditor };
      creditById.set(credit.id, match);
      for (const key of [credit.id, credit.name, ...credit.aliases]) {
        const k = readName(key).key;
        if (k !== '' && !credits.has(k)) credits.set(k, match);
      }
    }
  }
  const creditsOf = new Map<string, CreditType[]>();
  for (const accreditor of data.accreditors) {
    const own = [...accreditor.credits];
    for (const ref of accreditor.creditRefs) {
      const hit = creditById.get(ref);
      if (hit) own.push(hit.credit);
    }
    creditsOf.set(accreditor.id, own);
  }
  const domainRules = new Map<string, DomainRule>();
  for (const rule of data.domainRules) {
    if (rule.strength === 'restricted') domainRules.set(rule.suffix, rule);
  }
  return {
    accreditors: new OrgIndex(data.accreditors),
    unrecognised: new OrgIndex(data.unrecognised),
    providers: new OrgIndex(data.providers),
    universities: new OrgIndex(data.universities),
    regulators: new OrgIndex(data.regulators),
    platforms: new OrgIndex(data.platforms),
    credits,
    creditsOf,
    domainRules,
  };
}

/**
 * The restricted web-domain rule of class `domainClass` that a host falls under (`kcl.ac.uk` →
 * the academic `ac.uk` rule; `leedsth.nhs.uk` → the health-service `nhs.uk` rule), or
 * `undefined`. A host must be below a suffix that is itself public (`ac.uk` alone is no
 * institution), but may be a suffix that one body holds (`hse.ie`). Conventional (unpoliced)
 * suffixes never count.
 */
export function domainRuleFor(
  indexes: OrganisationIndexes,
  address: WebAddress | undefined,
  domainClass: DomainClass,
): DomainRule | undefined {
  if (address === undefined) return undefined;
  for (const suffix of address.hostAndParents) {
    const rule = indexes.domainRules.get(suffix);
    if (rule === undefined || rule.class !== domainClass) continue;
    const heldByOneBody = address.registrable !== undefined && suffix.endsWith(address.registrable);
    if (suffix !== address.host || heldByOneBody) return rule;
  }
  return undefined;
}
