/**
 * What counts as a look-alike: every rule by which credence calls a name or a web address an
 * imitation of an organisation it knows. An accusation needs positive evidence, so each rule
 * names the evidence; a name the reference data does not know is otherwise just unverified.
 *
 * Names (a provider, partner or claimed accreditor that is not itself known):
 * 1. **Confusable characters** (strong): its confusable skeleton (Unicode TR39) equals a known
 *    name's or acronym's — "Аccreditation Council…" with a Cyrillic "А" — or it is a known name or
 *    acronym written with characters that hide it from text checks (`text/disguise.ts`): an
 *    invisible character inside a word ("AC\u200BCME"), full-width letters outside East Asian
 *    text ("ＲＣＮ"), mathematical letters; or a word wholly in Cyrillic or Greek letters inside
 *    Latin text spells a known acronym ("… Continuing Medical Education (АССМЕ)"); or such letters
 *    write another form of a known name, in brackets or before a qualifier ("Αcademy of General
 *    Dentistry (ΑGD PΑCE)" with Greek Alphas); or digits inside its words stand for the letters
 *    they resemble, as in rule 5's addresses ("Accreditat1on Council for C0ntinuing Medical
 *    Education"); or a right-to-left override shows a run of it reversed as a known name or
 *    acronym ("\u202eCCNA\u202c" shown as "ANCC").
 * 2. **Substituted form word** (strong; weak with fewer than `substitutionStrongMinSharedWords`
 *    other words kept): a known name with one word saying what form of body it is swapped for
 *    another of the same initial, so the acronym is kept ("American Nurses Credentialing
 *    Council" for "…Center"), the rest kept: at least `substitutionMinSharedWords` other words
 *    ("Nursing and Midwifery Commission" for the NMC's Council). A form word of another initial
 *    is how real sister bodies are named (the Society of Intensive Care Medicine beside the
 *    Faculty; "Australian Physiotherapy Council" beside "…Association"), so such a swap is read
 *    only in an accreditor's name, with `substitutionOtherInitialMinSharedWords` words kept
 *    ("Accreditation Board for Continuing Medical Education" for ACCME's Council); one shared
 *    word (a country, a profession) is every body of that country or profession.
 * 3. **Misspelling** (weak): a known name with one word misspelt — a word not in any known name or
 *    the skills taxonomy, within `policy.lookalike` edits of the known word ("Educaton"; a long
 *    word's second edit only as a letter dropped or added, since two letters changed in a word of
 *    the same length make another word: "Northampton", "Southampton") — or
 *    written in another form of the same word ("American Nursing Credentialing Center" for
 *    "…Nurses…", "Credential" for "Credentialing"): the same word, so not another profession.
 *    The same when the name is written beside the known body's acronym with one word changed,
 *    its other words the same or other forms of them ("Accreditation Council of Pharmacy
 *    Educators (ACPE)", "American Nursing Credentialing Council (ANCC)"), unless the word is a
 *    country's, state's or region's (the Connecticut Nurses Association is CNA, as the Canadian
 *    one is); or with its words and its acronym's letters both reordered ("Council of Canadian
 *    Continuing Pharmacy Education (CCCPE)" for the CCCEP).
 *    Never a listed mill's name ("Berkley University" beside Axact's Barkley University).
 * 4. **Borrowed academic brand** (weak): a university's leading brand ("Harvard") leading a name
 *    that adds only words saying what kind of school it is and what it teaches ("Harvard Medical
 *    Academy"), on a web address that is not the university's. A brand further in is part of a
 *    place ("British Columbia Institute of Technology"), and a word of the name's own names
 *    another body ("Columbia Gorge Community College", "Harvard Macy Institute").
 * A name that adds words to a known name, or substitutes a place or a profession, is another body
 * ("Royal New Zealand College of General Practitioners"): no rule fires.
 *
 * Web addresses (hosts that belong to no known organisation):
 * 5. **Confusable host** (strong): the host's skeleton equals a known registrable domain's
 *    (`xn--ccme-43d.org`, displayed `аccme.org`), or a label or hyphenated part of one mixing Latin
 *    letters with Cyrillic or Greek ones, or wholly in them beside Latin parts, spells a known
 *    body's acronym or domain label (`xn--ncc-5cd.org`, displayed `аncc.org`, while the ANCC's
 *    site is nursingworld.org; `nursingwоrld-ce.org`; `асре-courses.com`), or digits for the
 *    letters they resemble, or "rn" for "m", spell a distinctive known label
 *    (`roya1college-moc.com`, `rcp1.ie`, `rnonash-microcredentials.com`; not `u1.ac.kr`, U1
 *    University, beside `ul.ie`).
 *    Such a host is no academic, health-service or government site whatever its suffix.
 * 6. **Embedded domain** (strong): a known registrable domain written inside another host, its
 *    labels read whole and split at hyphens (`rcn.org.uk.cpd-hub.com`, `accme-org.com`,
 *    `uni-heidelberg.de.online-cpd.net`), a hyphen also standing for the dot before the host's own
 *    public suffix (`racgp-org.au`).
 * 7. **Spelled name** (weak): a known organisation's name of two or more words spelt out in the
 *    host (`british-thoracic-society.net`, `royalcollegeofphysicians-cpd.com`).
 * 8. **Borrowed label** (weak): a known organisation's distinctive domain label as a label or
 *    hyphenated part of another host (`accme-cme.org`); not a dictionary or clinical word, not a
 *    public-suffix part (`govt`), not shorter than `distinctiveLabelMinLength`. The same for an
 *    accrediting body's acronym of `borrowedAcronymMinLength` letters or more, whatever its own
 *    domain is (`eaccme.eu.com`: EACCME's site is uems.eu). The label opening an unknown
 *    provider's registrable label as its first hyphenated part, words after it
 *    (`accme-credits.com`), is a combosquat: a warning (`opensWithSiteLabel`).
 * 9. **Typosquat** (weak): the host's registrable label, or a hyphenated part of one of its labels
 *    of `typosquatPartMinLength` letters or more (`royalcolege-moc.com`), one typing slip from a
 *    distinctive known label of `typosquatMinLength` letters or more (`acccme.org`): a character
 *    left out or added, neighbours swapped, or a neighbouring key (`text/typing-slip.ts`). A far
 *    key is another name (`crana.org.au` is CRANAplus, not `crpna.ab.ca`). A dot left out of a
 *    whole known domain is such a slip too (`rcnorg.uk` for `rcn.org.uk`), and so is one letter
 *    written for the letter it resembles (`nursingworid.org` for `nursingworld.org`:
 *    `text/lookalike-letters.ts`).
 *
 * Claims (a claimed accrediting body that is not itself known):
 * 10. **Near acronym awarding the body's credit** (weak): the body's acronym, of
 *    `borrowedAcronymMinLength` letters or more, is one letter from a recognised accreditor's
 *    while the claim names that accreditor's own credit ("AACME" awarding AMA PRA Category 1
 *    Credit™, the ACCME system's), or names a credit that is that accreditor's written in its own
 *    letters ("IACCET CEUs" for IACET CEUs). Acronyms one letter apart are common among real
 *    bodies; a real body does not award another's credit. So is its name that accreditor's with
 *    one word changed, keeping `creditOwnerMinSharedWords` of its other words ("College of Family
 *    Practitioners of Canada" certifying Mainpro+ credits).
 * Names and web addresses together:
 * 11. **Name echoing the imitated site** (weak, a warning): an address rule's weak evidence points
 *    at a body whose name the provider's differs from only in the word saying what form of body it
 *    is, or in another form of one of its words ("General Practice" for "General Practitioners"),
 *    keeping at least `substitutionMinSharedWords` of its words ("Royal Academy of Physicians
 *    of Edinburgh" on rcpe-edinburgh.org). Either alone is common among real bodies (a borrowed
 *    label is only noted; sister bodies' names differ in a form word); both at one body are an
 *    imitation. A region, a profession or a rank differing is how real sister bodies are named,
 *    on addresses one letter apart too (sicm.org.sg beside the European Society's esicm.org;
 *    the psychiatrists' ranzcp.org beside the ophthalmologists' ranzco.edu): no rule fires.
 *    So does a name that is the body's short name (an acronym or its site's label), or all the
 *    words of one of its names, with only words of its own names (in either spelling) and words
 *    naming a CPD or accreditation office ("HPCSA CPD Accreditation Office" on
 *    hpcsa-cpd-office.co.za, "ACPE Accredited CE Center" on acpe-acredit.org, "National Board of
 *    Certified Counsellors Approval Council" on nbcc-ceapproval.net, blind mills rounds 80, 81 and
 *    83): a chapter or affiliate adds its place ("APTA Pennsylvania"), which no such reading
 *    passes.
 * 12. **The named body's short name on an address not its own** (weak, a warning): a provider
 *    whose name is a known organisation's, on an address whose registrable label has that
 *    organisation's own short name, its domain label or its acronym, as a hyphenated part
 *    (`rcn-cpd.com` for the Royal College of Nursing, whose site is rcn.org.uk;
 *    `bda-cpdacademy.com` for the British Dental Association), or a slip of its own short site
 *    label as `claimed-short-name.ts` reads one beside a claim (`rcpl-ireland.ie` for "RCPI
 *    Online Learning": a look-alike letter; `rcnn.org.uk`: a letter doubled). Rule 8 reads no
 *    short label alone (three letters are in many hosts); the name picks the one body they stand
 *    for. The body's
 *    label whole under another suffix is its own national site (relias.co.uk for relias.com), or
 *    a sub-domain of another site a hosting service's name for its tenant (rcog.eventsair.com), and
 *    its short name joined to a word without a hyphen is how the corpus's real bodies name their
 *    other sites (rcemlearning.co.uk, aseuniversity.org, acmhn2022.com): no rule fires.
 * 13. **A government suffix written into a private address** (strong): the address's own labels
 *    spell a government's or the NHS's suffix, as a label pair or hyphenated parts
 *    ("dha-gov-ae.com", "swrb.govt.nz.cpd-portal.co"), which only government bodies hold, or an
 *    academic suffix ("ac-uk.com"; "ac" alone as a hyphenated part under a generic top-level
 *    domain, "mou-ac.com", as HEDD reports). It
 *    names no body, so it is read beside the others on a provider's address
 *    (`identity-by-site.ts`).
 * Strong evidence makes a flag critical; weak evidence makes it a warning, and critical only when
 * the same organisation is also named by the offering (see `identity.ts`, `claims.ts`).
 *
 * This module reads a name or an address through the rules in order; each rule is written in its
 * own file: rule 1 in `lookalike-confusable-name.ts`, rules 2 and 3 in `lookalike-name-words.ts`,
 * rule 4 in `lookalike-brand.ts`, rules 5 to 8 in `lookalike-address.ts`, rule 9 in
 * `lookalike-typosquat.ts`, rule 10 in `lookalike-credit.ts`, rules 11 and 12 in
 * `lookalike-echo.ts`, rule 13 in `lookalike-government.ts`. Their thresholds are
 * `policy.lookalike` (`defaults.ts`, each with its reason).
 * @module
 */
import type { Policy } from '../model/policy.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import type { WebAddress } from '../reference/web-address.js';
import { readName } from '../text/canonical-name.js';
import { foldOtherScriptWords } from '../text/normalize.js';
import { DEFAULT_POLICY } from './defaults.js';
import {
  borrowedLabel,
  confusableHost,
  embeddedDomain,
  spelledNameHost,
} from './lookalike-address.js';
import { brandLookalike } from './lookalike-brand.js';
import { confusableName, isKnownName } from './lookalike-confusable-name.js';
import { misspelling, substitutedFormWord } from './lookalike-name-words.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';
import { typosquat } from './lookalike-typosquat.js';

export { borrowedBrands, brandLookalike } from './lookalike-brand.js';
export { isKnownName } from './lookalike-confusable-name.js';
export { creditOwnerLookalike, nearAcronymCredit } from './lookalike-credit.js';
export { nameEchoes, nameIsOfficeOf, ownShortNameHost } from './lookalike-echo.js';
export type { Lookalike, LookalikeContext, LookalikeRule } from './lookalike-types.js';

/**
 * The look-alike evidence against a name the reference data does not know, or `undefined`.
 * `address` is the web address the name comes with, if any (rule 4 needs one).
 *
 * @example
 * ```ts
 * nameLookalike(context, 'American Nurses Credentialing Council')?.rule; // 'substituted-form-word'
 * nameLookalike(context, 'Royal New Zealand College of General Practitioners'); // undefined
 * ```
 */
export function nameLookalike(
  context: LookalikeContext,
  name: string,
  address?: WebAddress,
): Lookalike | undefined {
  return (
    nameOnlyLookalike(context, name) ??
    (address === undefined ? undefined : brandLookalike(context, name, address))
  );
}

/** Rules 1–3: the evidence in the name alone. */
export function nameOnlyLookalike(context: LookalikeContext, name: string): Lookalike | undefined {
  const { reference } = context;
  const reading = readName(name);
  if (isKnownName(reference, name, reading)) return undefined;
  // A name in another script is compared by its characters' skeleton only (see `readName`).
  const latin = foldOtherScriptWords(reading.key) === '';
  return (
    confusableName(reference, name, reading) ??
    (latin ? substitutedFormWord(context, name, reading) : undefined) ??
    (latin ? misspelling(context, name, reading) : undefined)
  );
}

/**
 * The look-alike evidence against a web address that belongs to no known organisation, or
 * `undefined`.
 *
 * @example
 * ```ts
 * addressLookalike(context, reference.webAddress('https://rcn.org.uk.cpd-hub.com')!)?.rule;
 * // 'embedded-domain'
 * ```
 */
export function addressLookalike(
  context: LookalikeContext,
  address: WebAddress,
): Lookalike | undefined {
  const { reference } = context;
  if (reference.directory.byHost(address).length > 0) return undefined;
  return (
    confusableHost(context, address) ??
    embeddedDomain(reference, address) ??
    spelledNameHost(reference, address) ??
    borrowedLabel(context, address) ??
    typosquat(context, address)
  );
}

/**
 * The look-alike evidence against an organisation's name: what credence would flag if an
 * offering named it as its provider or accreditor. Empty for known names and for names nothing
 * points at — an unknown name is unverified, not a look-alike.
 *
 * @example
 * ```ts
 * suggestLookalikes('Accreditation Council for Continuing Medical Educaton')[0]?.target.id; // 'accme'
 * suggestLookalikes('Royal New Zealand College of General Practitioners'); // []
 * ```
 */
export function suggestLookalikes(
  name: string,
  options: { reference?: Reference; policy?: Policy } = {},
): readonly Lookalike[] {
  const context = {
    reference: options.reference ?? defaultReference(),
    policy: options.policy ?? DEFAULT_POLICY,
  };
  const found = nameLookalike(context, name);
  return found ? [found] : [];
}
