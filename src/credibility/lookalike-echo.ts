/**
 * Look-alike rules 11 and 12 (see `lookalike.ts`), which read a name and a web address together:
 * a name echoing the body an address imitates, and a named body's short name built into an
 * address that is none of its sites.
 * @module
 */
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { WebAddress } from '../reference/web-address.js';
import { readName } from '../text/canonical-name.js';
import { editDistance } from '../text/similarity.js';
import { stemToken } from '../text/tokenize.js';
import { areSisterFormWords, ORGANISATION_FORM_WORDS } from './defaults.js';
import { sameRoot } from './lookalike-name-words.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';

/**
 * Rule 12 (see the module's rules): the short name of the organisation a provider's name is,
 * as a hyphenated part of the registrable label of an address that is none of its sites.
 *
 * @example
 * ```ts
 * const rcn = reference.directory.byAcronym('rcn')[0]!;
 * ownShortNameHost(reference.webAddress('https://www.rcn-cpd.com')!, rcn)?.rule;
 * // 'own-short-name'
 * ownShortNameHost(reference.webAddress('https://rcnilearning.com')!, rcn); // undefined
 * ```
 */
export function ownShortNameHost(
  address: WebAddress,
  known: KnownOrganisation,
): Lookalike | undefined {
  const label = address.labels[address.labels.length - 1];
  if (label === undefined || !label.includes('-')) return undefined;
  const parts = new Set(label.split('-'));
  const site = known.domains[0];
  for (const short of [...known.domainLabels, ...known.acronyms]) {
    if (!parts.has(short)) continue;
    return {
      target: known,
      rule: 'own-short-name',
      strong: false,
      evidence: `the web address ${address.displayHost} is built on "${short}", the short name of ${known.name}${site ? ` (whose site is ${site})` : ''}, but is not its site`,
    };
  }
  return undefined;
}

/**
 * Words that name a CPD or accreditation office, added to a body's short name by a seller
 * passing as that office (rule 11): what it does and what kind of unit does it ("Approval
 * Council", blind mills round 83; "CEU Registry", "Credit Center", round 103). Canonical names
 * spell "CPD" out.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  'ce ceu ceus cpd cme cne continuing professional development education learning online portal center centre course courses hub academy accreditation accredited approved approval office service services certification council committee commission unit department division program programme registry register credit credits verification'.split(
    ' ',
  ),
);

/**
 * Rule 11's second reading: the name is the target's short name (an acronym, or its site's
 * label written as one or two words: "Royal College" for royalcollege.ca) or all the words of
 * one of its names, with only words of the target's own names (an accreditor's credits' names
 * among them) and {@link OFFICE_WORDS} besides,
 * a word of its names in another spelling counting as that word ("National Board of Certified
 * Counsellors Approval Council" on nbcc-ceapproval.net, blind mills round 83), on an address
 * whose label is not the target's label whole (that, under another suffix, is its own national
 * site: "Ausmed Education" on ausmed.co.nz beside ausmed.com.au, blind round 109).
 */
export function nameIsOfficeOf(
  context: LookalikeContext,
  name: string,
  target: KnownOrganisation,
  address: WebAddress,
): boolean {
  const min = context.policy.lookalike.spellingVariantMinLength;
  if (target.domainLabels.includes(address.labels.at(-1) ?? '')) return false;
  const words = readName(name).key.split(' ');
  const shorts = new Set([...target.acronyms, ...target.domainLabels]);
  // An accreditor's own words include its credits' names ("ACPE CPE Center" on acpe-accredlt.org:
  // "CPE" is ACPE's credit; blind mills rounds 131 and 136).
  const credits =
    target.role === 'accreditor'
      ? target.entry.credits.flatMap((c) => [c.name, ...c.aliases]).map((n) => readName(n).key)
      : [];
  const own = new Set([...target.keys, ...credits].flatMap((key) => key.split(' ')));
  // The target's own word a word is, in its spelling or another (one letter apart).
  const ownWord = (word: string): string | undefined =>
    own.has(word)
      ? word
      : word.length < min
        ? undefined
        : [...own].find((o) => o.length >= min && editDistance(word, o, 1) <= 1);
  let short = false;
  const named = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // Two words that are one short name ("AMA PRA" for amapra) before one alone ("AMA").
    if (shorts.has(`${word}${words[i + 1] ?? ''}`)) {
      short = true;
      i++;
    } else if (shorts.has(word)) short = true;
    else {
      const as = ownWord(word);
      if (as !== undefined) named.add(as);
      else if (!OFFICE_WORDS.has(word)) return false;
    }
  }
  return short || target.keys.some((key) => key.split(' ').every((w) => named.has(w)));
}

/** Rule 11 (see the module's rules): whether a name echoes the body an address imitates. */
export function nameEchoes(
  context: LookalikeContext,
  name: string,
  target: KnownOrganisation,
): boolean {
  const words = new Set(readName(name).key.split(' '));
  return target.keys.some((key) => {
    const own = new Set(key.split(' '));
    const differing = [...own, ...words].filter((w) => !own.has(w) || !words.has(w));
    const shared = [...own].filter((w) => words.has(w)).length;
    // Only the word saying what form of body it is differs, or a word is written in another form
    // ("General Practice" for "General Practitioners", blind mills round 29): a region, a
    // profession or a rank is how real sister bodies differ (Singapore's Society of Intensive Care
    // Medicine on sicm.org.sg beside the European one's esicm.org; the psychiatrists' college
    // ranzcp.org beside the ophthalmologists' ranzco.edu).
    const [a, b] = differing as [string, string];
    const formWords =
      differing.length > 0 &&
      differing.every((w) => ORGANISATION_FORM_WORDS.has(w)) &&
      !(differing.length === 2 && areSisterFormWords(a, b));
    const oneWordReformed =
      differing.length === 2 &&
      (stemToken(a) === stemToken(b) ||
        sameRoot(a, b, context.policy.lookalike.sameRootMinLetters));
    return (
      shared >= context.policy.lookalike.substitutionMinSharedWords &&
      shared >= own.size - 1 &&
      shared >= words.size - 1 &&
      (formWords || oneWordReformed)
    );
  });
}
