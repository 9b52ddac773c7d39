/**
 * Every organisation the reference data knows — accreditors, providers, universities, regulators,
 * learning platforms and listed unrecognised bodies — in one directory, found by canonical name,
 * acronym, web domain, domain label or confusable skeleton. Exact lookups only: deciding what a
 * near miss means is the look-alike rules' job (`credibility/lookalike.ts`).
 * @module
 */
import { acronymKey, nameAlternatives, readName } from '../text/canonical-name.js';
import type { Skeletons } from '../text/confusables.js';
import type { ReferenceData } from './data.js';
import type { PublicSuffixRules } from './public-suffix.js';
import type {
  Accreditor,
  Platform,
  ProviderEntry,
  Regulator,
  UniversityEntry,
  UnrecognisedBody,
} from './schemas.js';
import { readWebAddress, type WebAddress } from './web-address.js';

/** Which list of the reference data an organisation comes from. */
export type OrganisationRole =
  | 'accreditor'
  | 'provider'
  | 'university'
  | 'regulator'
  | 'platform'
  | 'unrecognised';

/** The entry of each list, by role. */
export interface EntryByRole {
  readonly accreditor: Accreditor;
  readonly provider: ProviderEntry;
  readonly university: UniversityEntry;
  readonly regulator: Regulator;
  readonly platform: Platform;
  readonly unrecognised: UnrecognisedBody;
}

/** An organisation of the reference data with its role and list entry. */
export type KnownOrganisation = {
  [R in OrganisationRole]: OrganisationBase & { readonly role: R; readonly entry: EntryByRole[R] };
}[OrganisationRole];

/** What every known organisation has, whatever its list. */
export interface OrganisationBase {
  readonly id: string;
  /** Its official name. */
  readonly name: string;
  /** Canonical keys of every name it goes by (official, former, aliases). */
  readonly keys: readonly string[];
  /** Acronym keys (`rcn`, `accme`). */
  readonly acronyms: readonly string[];
  /** Its web domains, as listed. */
  readonly domains: readonly string[];
  /** The registrable label of each of its domains (`rcn` for rcn.org.uk), read once. */
  readonly domainLabels: readonly string[];
}

/** One way of writing a known organisation's name, kept for the look-alike rules. */
export interface NameForm {
  readonly organisation: KnownOrganisation;
  /** The canonical key. */
  readonly key: string;
  /** Its words. */
  readonly tokens: readonly string[];
}

/** A domain label that a known organisation chose (`accme` of accme.org, `gmc-uk` of gmc-uk.org). */
export interface KnownLabel {
  readonly organisation: KnownOrganisation;
  readonly label: string;
  /** The registrable domain it is the label of. */
  readonly domain: string;
}

/** The compiled directory. */
export interface OrganisationDirectory {
  readonly organisations: readonly KnownOrganisation[];
  /** Organisations with this canonical name key. */
  byKey(key: string): readonly KnownOrganisation[];
  /** Organisations with this acronym key. */
  byAcronym(key: string): readonly KnownOrganisation[];
  /**
   * Organisations whose listed domain is this host or a parent of it, or whose own registrable
   * domain this host is under.
   */
  byHost(address: WebAddress): readonly KnownOrganisation[];
  /** Every name form, for the look-alike rules. */
  readonly nameForms: readonly NameForm[];
  /** Name forms by word count and every word but one (`3:royal|*|nursing`), for one-word differences. */
  formsDifferingInOneWord(tokens: readonly string[], position: number): readonly NameForm[];
  /** Name forms that contain this word. */
  formsWithWord(word: string): readonly NameForm[];
  /** Known domain labels by label (`accme` → ACCME), for domain look-alike rules. */
  readonly labels: ReadonlyMap<string, readonly KnownLabel[]>;
  /**
   * Known labels that may be one edit from `label` (sharing a one-letter deletion with it: a
   * superset of those within one insertion, deletion, substitution or swap), for typosquats.
   */
  labelsNear(label: string): readonly string[];
  /**
   * Organisations whose registrable domain is exactly this one (`rcn.org.uk`), or else whose
   * listed domain is (`heti.nsw.gov.au`).
   */
  ownersOfDomain(domain: string): readonly KnownOrganisation[];
  /** Words of every known name and of the skills taxonomy: a word here is no misspelling. */
  readonly lexicon: ReadonlySet<string>;
  /**
   * Known names, acronyms and registrable domains by confusable skeleton (see
   * {@link nameSkeleton}); `form` is the canonical name, acronym or domain that has it.
   */
  bySkeleton(skeleton: string): readonly { organisation: KnownOrganisation; form: string }[];
  /** Words of the skills taxonomy (clinical vocabulary), a subset of `lexicon`. */
  readonly vocabulary: ReadonlySet<string>;
  /**
   * Organisations whose name of two or more words, written without spaces, is this
   * ("royalcollegeofphysicians", "britishthoracicsociety"), for web addresses that spell a name.
   */
  bySpelledName(letters: string): readonly KnownOrganisation[];
  /**
   * The one university whose name has these words, apart from institution words and in any
   * order ("Università Bocconi" and "Bocconi University"; "Goldsmiths, University of London" and
   * "Goldsmiths College, University of London"), or none when no university or more than one has.
   */
  universityByWords(key: string): KnownOrganisation | undefined;
  /**
   * The organisation a list's entry is, by its role and id (an accreditor's, a regulator's).
   *
   * @example
   * ```ts
   * directory.byEntry('accreditor', 'acpe')?.name; // 'Accreditation Council for Pharmacy Education'
   * directory.byEntry('accreditor', 'nmc'); // undefined (the NMC is listed as a regulator)
   * ```
   */
  byEntry(role: OrganisationRole, id: string): KnownOrganisation | undefined;
}

/** Words that say a name is an institution's, left out of {@link universityWords}. */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'university',
  'college',
  'school',
  'institute',
]);

/** A university name's distinctive words, sorted: the key of `universityByWords`. */
export function universityWords(key: string): string {
  return [...new Set(key.split(' ').filter((w) => w !== '' && !INSTITUTION_WORDS.has(w)))]
    .sort()
    .join(' ');
}

/** A name written as a web address would: lower-case letters and digits only. */
export function spelledName(name: string): string {
  return readName(name.replace(/[([][^)\]]*[)\]]/g, ' '))
    .key.split(' ')
    .join('');
}

/** The same with its joining words kept ("royalcollegeofphysicians"). */
export function spelledNameWithJoins(name: string): string {
  return name
    .replace(/[([][^)\]]*[)\]]/g, ' ')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * The confusable skeleton of a name: look-alike characters mapped to the letters they imitate,
 * then read as a canonical name, then ASCII confusables folded. "Аccreditation Council" (Cyrillic
 * А) and "Accreditation Council" have the same.
 *
 * @example
 * ```ts
 * nameSkeleton(skeletons, 'АССМЕ') === nameSkeleton(skeletons, 'ACCME'); // true
 * ```
 */
export function nameSkeleton(skeletons: Skeletons, name: string): string {
  return skeletons.foldAscii(readName(skeletons.mapLookalikes(name)).key);
}

/** The confusable skeleton of an acronym ("АССМЕ" and "ACCME" have the same). */
export function acronymSkeleton(skeletons: Skeletons, acronym: string): string {
  return skeletons.foldAscii(acronymKey(skeletons.mapLookalikes(acronym)));
}

const EMPTY: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** A word and every form of it with one letter deleted. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The pattern of a name with one word left out: its word count and the other words. */
export function oneWordPattern(tokens: readonly string[], position: number): string {
  let pattern = `${tokens.length}:`;
  for (let i = 0; i < tokens.length; i++) pattern += `${i === position ? '*' : tokens[i]}|`;
  return pattern;
}

type Source = {
  [R in OrganisationRole]: SourceBase & { readonly role: R; readonly entry: EntryByRole[R] };
}[OrganisationRole];

interface SourceBase {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly abbreviations: readonly string[];
  readonly domains: readonly string[];
}

/** An alias written as an acronym ("RCN", "AMA PRA") rather than a name. */
const ACRONYM_ALIAS = /^[A-Z0-9&+. -]{2,12}$/;

/** What every list's entry has that the directory reads. */
interface ListedEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly domains: readonly string[];
  readonly formerNames?: readonly string[];
  readonly abbreviations?: readonly string[];
}

/**
 * One list's entry as a directory source: its names (official, former, aliases written as names,
 * and any `more`) and its abbreviations (registered, and aliases written as acronyms).
 */
function sourceOf<R extends OrganisationRole>(
  role: R,
  entry: EntryByRole[R] & ListedEntry,
  more: (names: readonly string[]) => readonly string[] = () => [],
): Source {
  const names = [entry.name, ...(entry.formerNames ?? [])];
  const acronyms: string[] = [...(entry.abbreviations ?? [])];
  for (const alias of entry.aliases) (ACRONYM_ALIAS.test(alias) ? acronyms : names).push(alias);
  return {
    role,
    entry,
    id: entry.id,
    name: entry.name,
    names: [...names, ...more(names)],
    abbreviations: acronyms,
    domains: entry.domains,
  } as Source;
}

function sourcesOf(data: ReferenceData): Source[] {
  return [
    ...data.accreditors.map((a) => sourceOf('accreditor', a)),
    ...data.providers.map((p) => sourceOf('provider', p)),
    // "University of Michigan - Ann Arbor" is also written "University of Michigan".
    ...data.universities.map((u) =>
      sourceOf('university', u, (names) =>
        names.flatMap((n) => nameAlternatives(n, { campus: true })),
      ),
    ),
    ...data.regulators.map((r) => sourceOf('regulator', r)),
    ...data.platforms.map((p) => sourceOf('platform', p)),
    ...data.unrecognised.map((u) => sourceOf('unrecognised', u)),
  ];
}

/** Words of the skills taxonomy's labels (clinical vocabulary: "thoracic", "diabetes"…). */
function taxonomyWords(data: ReferenceData): Set<string> {
  const words = new Set<string>();
  for (const c of data.concepts) {
    for (const label of [c.label, ...c.altLabels]) {
      for (const w of readName(label).key.split(' ')) if (w !== '') words.add(w);
    }
  }
  return words;
}

/**
 * Compiles the directory.
 *
 * @example
 * ```ts
 * const directory = buildOrganisationDirectory(data, rules, skeleton);
 * directory.byKey(canonicalName('Royal College of Nursing'))[0]?.id; // 'royal-college-of-nursing'
 * ```
 */
export function buildOrganisationDirectory(
  data: ReferenceData,
  suffixRules: PublicSuffixRules,
  skeletons: Skeletons,
): OrganisationDirectory {
  const organisations: KnownOrganisation[] = [];
  const byKey = new Map<string, KnownOrganisation[]>();
  const byAcronym = new Map<string, KnownOrganisation[]>();
  const byDomain = new Map<string, KnownOrganisation[]>();
  const byRegistrable = new Map<string, KnownOrganisation[]>();
  const byPattern = new Map<string, NameForm[]>();
  const byWord = new Map<string, NameForm[]>();
  const labels = new Map<string, KnownLabel[]>();
  const bySkeletonKey = new Map<string, { organisation: KnownOrganisation; form: string }[]>();
  const nameForms: NameForm[] = [];
  const bySpelled = new Map<string, KnownOrganisation[]>();
  const byUniversityWords = new Map<string, KnownOrganisation[]>();
  const byEntry = new Map<string, KnownOrganisation>();
  const vocabulary = taxonomyWords(data);
  const lexicon = new Set(vocabulary);
  // A government's or health service's domain (ca.gov, nsw.gov.au, scot.nhs.uk) gives each agency
  // a sub-domain of its own.
  const registries = data.domainRules
    .filter((r) => r.class === 'government' || r.class === 'health-service')
    .map((r) => r.suffix);
  const sharedRegistry = (registrable: string): boolean =>
    registries.some((s) => registrable === s || registrable.endsWith(`.${s}`));
  const platformRegistrable = new Set(
    data.platforms.flatMap((p) =>
      p.domains.map((d) => readWebAddress(d, suffixRules)?.registrable ?? d),
    ),
  );
  for (const source of sourcesOf(data)) {
    const keys = [...new Set(source.names.map((n) => readName(n).key).filter((k) => k !== ''))];
    const acronyms = [
      ...new Set(
        [...source.abbreviations, ...source.names.flatMap((n) => readName(n).acronyms)]
          .map(acronymKey)
          .filter((k) => k.length >= 2),
      ),
    ];
    const addresses = source.domains.map((d) => readWebAddress(d, suffixRules));
    const organisation = {
      role: source.role,
      entry: source.entry,
      id: source.id,
      name: source.name,
      keys,
      acronyms,
      domains: source.domains,
      domainLabels: addresses.flatMap((a) => a?.labels.at(-1) ?? []),
    } as KnownOrganisation;
    organisations.push(organisation);
    const entryKey = `${source.role}:${source.id}`;
    if (!byEntry.has(entryKey)) byEntry.set(entryKey, organisation);
    for (const key of keys) {
      push(byKey, key, organisation);
      if (source.role === 'university' && universityWords(key) !== '') {
        push(byUniversityWords, universityWords(key), organisation);
      }
      const tokens = key.split(' ');
      const form: NameForm = { organisation, key, tokens };
      nameForms.push(form);
      for (const t of tokens) {
        lexicon.add(t);
        push(byWord, t, form);
      }
      for (let i = 0; i < tokens.length; i++) push(byPattern, oneWordPattern(tokens, i), form);
    }
    for (const name of source.names) {
      push(bySkeletonKey, nameSkeleton(skeletons, name), {
        organisation,
        form: readName(name).key,
      });
      if (readName(name).key.includes(' ')) {
        push(bySpelled, spelledName(name), organisation);
        push(bySpelled, spelledNameWithJoins(name), organisation);
      }
    }
    for (const acronym of acronyms) {
      push(byAcronym, acronym, organisation);
      push(bySkeletonKey, acronymSkeleton(skeletons, acronym), { organisation, form: acronym });
    }
    // The words an organisation's own domain is named by: its acronyms and the first word of each
    // of its names (bmj, nejm, mayo, stanford; not a place it names at the end, "…in Katowice").
    const ownWords = new Set([...keys.map((k) => k.split(' ')[0] as string), ...acronyms]);
    source.domains.forEach((domain, i) => {
      push(byDomain, domain, organisation);
      const address = addresses[i];
      const registrable = address?.registrable;
      if (address === undefined || registrable === undefined) return;
      // A listed sub-domain of a platform's or a shared host names only itself. So does one
      // whose registrable domain is not the organisation's own: a government's or health
      // service's registry (rn.ca.gov is not cdph.ca.gov, heti.nsw.gov.au not health.nsw.gov.au)
      // or a domain whose label is not its name (bda.uk.com: anyone may register under uk.com;
      // ccepr.ada.org names the rest of ada.org).
      if (source.role !== 'platform' && platformRegistrable.has(registrable)) return;
      const label = address.labels[address.labels.length - 1] ?? '';
      if (
        registrable !== domain &&
        (sharedRegistry(registrable) || !label.split('-').some((part) => ownWords.has(part)))
      )
        return;
      push(bySkeletonKey, skeletons.skeleton(registrable), { organisation, form: registrable });
      push(byRegistrable, registrable, organisation);
      if (label !== '') push(labels, label, { organisation, label, domain: registrable });
    });
  }
  // Every known label under itself and each of its one-letter deletions.
  const byDeletion = new Map<string, string[]>();
  for (const label of labels.keys()) {
    for (const variant of deletions(label)) push(byDeletion, variant, label);
  }
  return {
    organisations,
    labelsNear: (label) => {
      const near = new Set<string>();
      for (const variant of deletions(label)) {
        for (const known of byDeletion.get(variant) ?? EMPTY) near.add(known);
      }
      return near.size === 0 ? EMPTY : [...near];
    },
    ownersOfDomain: (domain) => byRegistrable.get(domain) ?? byDomain.get(domain) ?? EMPTY,
    byKey: (key) => byKey.get(key) ?? EMPTY,
    byAcronym: (key) => byAcronym.get(key) ?? EMPTY,
    byHost: (address) => {
      const found: KnownOrganisation[] = [];
      for (const suffix of address.hostAndParents) {
        for (const o of byDomain.get(suffix) ?? EMPTY) if (!found.includes(o)) found.push(o);
      }
      if (address.registrable !== undefined && !platformRegistrable.has(address.registrable)) {
        for (const o of byRegistrable.get(address.registrable) ?? EMPTY) {
          if (!found.includes(o)) found.push(o);
        }
      }
      return found;
    },
    nameForms,
    formsDifferingInOneWord: (tokens, position) =>
      byPattern.get(oneWordPattern(tokens, position)) ?? EMPTY,
    formsWithWord: (word) => byWord.get(word) ?? EMPTY,
    labels,
    lexicon,
    vocabulary,
    bySkeleton: (value) => bySkeletonKey.get(value) ?? EMPTY,
    bySpelledName: (letters) => bySpelled.get(letters) ?? EMPTY,
    universityByWords: (key) => {
      const found = byUniversityWords.get(universityWords(key));
      return found?.length === 1 ? found[0] : undefined;
    },
    byEntry: (role, id) => byEntry.get(`${role}:${id}`),
  };
}
