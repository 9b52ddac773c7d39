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
 *    Education").
 * 2. **Substituted form word** (strong; weak with fewer than `substitutionStrongMinSharedWords`
 *    other words kept): a known name with one word saying what form of body it is swapped for
 *    another of the same initial, so the acronym is kept ("American Nurses Credentialing
 *    Council" for "…Center"), the rest kept: at least `substitutionMinSharedWords` other words
 *    ("Nursing and Midwifery Commission" for the NMC's Council). A form word of another initial
 *    is how real sister bodies are named (the Society of Intensive Care Medicine beside the
 *    Faculty; "Australian Physiotherapy Council" beside "…Association"), and one shared word (a
 *    country, a profession) is every body of that country or profession.
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
 *    letters they resemble spell a distinctive known label (`roya1college-moc.com`, `rcp1.ie`; not
 *    `u1.ac.kr`, U1 University, beside `ul.ie`).
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
 *    domain is (`eaccme.eu.com`: EACCME's site is uems.eu).
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
 *    So does a name that is the body's short name (an acronym or its site's label) with only words
 *    of its own name and words naming a CPD or accreditation office ("HPCSA CPD Accreditation
 *    Office" on hpcsa-cpd-office.co.za, "ACPE Accredited CE Center" on acpe-acredit.org, blind
 *    mills rounds 80 and 81): a chapter or affiliate adds its place ("APTA Pennsylvania"), which
 *    no such reading passes.
 * 12. **The named body's short name on an address not its own** (weak, a warning): a provider
 *    whose name is a known organisation's, on an address whose registrable label has that
 *    organisation's own short name, its domain label or its acronym, as a hyphenated part
 *    (`rcn-cpd.com` for the Royal College of Nursing, whose site is rcn.org.uk;
 *    `bda-cpdacademy.com` for the British Dental Association). Rule 8 reads no short label alone
 *    (three letters are in many hosts); the name picks the one body they stand for. The body's
 *    label whole under another suffix is its own national site (relias.co.uk for relias.com), and
 *    its short name joined to a word without a hyphen is how the corpus's real bodies name their
 *    other sites (rcemlearning.co.uk, aseuniversity.org, acmhn2022.com): no rule fires.
 * Strong evidence makes a flag critical; weak evidence makes it a warning, and critical only when
 * the same organisation is also named by the offering (see `identity.ts`, `claims.ts`).
 * @module
 */
import type { Policy } from '../model/policy.js';
import {
  acronymSkeleton,
  type KnownOrganisation,
  nameSkeleton,
} from '../reference/organisation-directory.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import type { Accreditor, CreditType } from '../reference/schemas.js';
import type { WebAddress } from '../reference/web-address.js';
import {
  acronymKey,
  type CanonicalName,
  nameAlternatives,
  readName,
} from '../text/canonical-name.js';
import {
  concealsName,
  digitsAsLetters,
  disguise,
  mixesScripts,
  otherScriptWordsInLatin,
  revealHidden,
} from '../text/disguise.js';
import { isLookalikeLetter } from '../text/lookalike-letters.js';
import { escapeRegExp, foldOtherScriptWords } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';
import { stemToken } from '../text/tokenize.js';
import { isTypingSlip } from '../text/typing-slip.js';
import {
  ACADEMIC_WORDS,
  areSisterFormWords,
  DEFAULT_POLICY,
  DESCRIPTIVE_NAME_WORDS,
  GENERIC_LABEL_WORDS,
  ORGANISATION_FORM_WORDS,
  PLACE_NAME_WORDS,
} from './defaults.js';

/** Which look-alike rule found the evidence. */
export type LookalikeRule =
  | 'confusable-characters'
  | 'substituted-form-word'
  | 'misspelling'
  | 'borrowed-academic-brand'
  | 'confusable-host'
  | 'embedded-domain'
  | 'spelled-name'
  | 'borrowed-label'
  | 'borrowed-acronym'
  | 'typosquat'
  | 'near-acronym-credit'
  | 'near-name-credit'
  | 'own-short-name';

/** Evidence that a name or web address imitates a known organisation. */
export interface Lookalike {
  /** The organisation imitated. */
  readonly target: KnownOrganisation;
  readonly rule: LookalikeRule;
  /** Strong evidence (confusable characters, a substituted form word, an embedded domain). */
  readonly strong: boolean;
  /** What points at imitation, in a sentence a clinician can read. */
  readonly evidence: string;
}

/** What the rules read: the reference data and the policy's look-alike limits. */
export interface LookalikeContext {
  readonly reference: Reference;
  readonly policy: Policy;
}

/**
 * Whether a name is known by canonical name or as an acronym (then it is no look-alike). A
 * bracketed acronym does not make the name beside it known: "Accreditation Council for Continuing
 * Medical Educaton (ACCME)" is judged by its misspelt name.
 */
export function isKnownName(
  reference: Reference,
  name: string,
  reading: CanonicalName = readName(name),
): boolean {
  const { key, acronyms } = reading;
  const directory = reference.directory;
  // A known name written to hide itself is rule 1's, not a known name.
  if (concealsName(name) || imitatedAcronym(reference, name)) return false;
  if (key !== '' && directory.byKey(key).length > 0) return true;
  if (directory.byAcronym(acronymKey(name)).length > 0) return true;
  return key === '' && acronyms.some((a) => directory.byAcronym(a).length > 0);
}

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
 * Rule 4: a university's brand in the name, on a web address that is not the university's.
 * `brands` are the name's {@link borrowedBrands} (computed here unless given: they depend on the
 * name only, so a batch shares them across addresses).
 */
export function brandLookalike(
  context: LookalikeContext,
  name: string,
  address: WebAddress,
  brands: readonly KnownOrganisation[] = borrowedBrands(context, name),
): Lookalike | undefined {
  const owners = brands.length === 0 ? [] : context.reference.directory.byHost(address);
  const target = brands.find((university) => !owners.includes(university));
  if (target === undefined) return undefined;
  return {
    target,
    rule: 'borrowed-academic-brand',
    strong: false,
    evidence: `"${name}" presents itself as part of ${target.name}, but ${address.displayHost} is not its web address`,
  };
}

/**
 * A word in Cyrillic or Greek letters, inside Latin text, that spells a known body's acronym in
 * letters imitating Latin ones ("(АССМЕ)" after the ACCME's full name): what it is and who it
 * imitates, or `undefined`.
 */
function imitatedAcronym(
  reference: Reference,
  text: string,
): { word: string; organisation: KnownOrganisation; form: string } | undefined {
  for (const word of otherScriptWordsInLatin(text)) {
    // One word for one word: an acronym, or a one-word name.
    const hit = reference.directory
      .bySkeleton(acronymSkeleton(reference.skeletons, word))
      .find((h) => !h.form.includes(' '));
    if (hit) return { word, ...hit };
  }
  return undefined;
}

/**
 * The first of `forms` — readings of `name` with its disguise taken off — that names a known body
 * and is not written as such in `name` itself: the body whose own name it is before one that has it
 * as an alias, then one with it as an acronym.
 */
function formNamingABody(
  directory: Reference['directory'],
  name: string,
  forms: readonly string[],
): { form: string; target: KnownOrganisation } | undefined {
  for (const form of forms) {
    if (name.includes(form)) continue;
    const key = readName(form).key;
    const named = directory.byKey(key);
    const target =
      named.find((o) => readName(o.name).key === key) ??
      named[0] ??
      directory.byAcronym(acronymKey(form))[0];
    if (target) return { form, target };
  }
  return undefined;
}

/** Rule 1. */
function confusableName(
  reference: Reference,
  name: string,
  { key }: CanonicalName,
): Lookalike | undefined {
  const { skeletons, directory } = reference;
  const hidden = disguise(name);
  if (hidden !== undefined) {
    // The organisation whose own name it is, before one that has it as an alias.
    const named = directory.byKey(key);
    const target =
      named.find((o) => readName(o.name).key === key) ??
      named[0] ??
      directory.byAcronym(acronymKey(name))[0];
    if (target) {
      return {
        target,
        rule: 'confusable-characters',
        strong: true,
        evidence: `"${revealHidden(name)}" is the name of ${target.name} written with ${hidden}, which hides it from text checks`,
      };
    }
  }
  const imitated = imitatedAcronym(reference, name);
  if (imitated) {
    return {
      target: imitated.organisation,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${name}" writes "${imitated.word}" in Cyrillic or Greek letters that imitate "${imitated.form.toUpperCase()}", the acronym of ${imitated.organisation.name}`,
    };
  }
  // Another of the name's forms in look-alike letters: its name in brackets or before a
  // qualifier ("Αcademy of General Dentistry (ΑGD PΑCE)" with Greek Alphas writes AGD PACE, blind
  // mills round 28). Only where letters of another script stand in Latin words or text, as above.
  const otherScript =
    mixesScripts(name) || otherScriptWordsInLatin(name).length > 0
      ? formNamingABody(directory, name, nameAlternatives(skeletons.mapLookalikes(name)))
      : undefined;
  if (otherScript) {
    return {
      target: otherScript.target,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${name}" writes "${otherScript.form}", a name of ${otherScript.target.name}, in characters that imitate its letters`,
    };
  }
  // Digits for the letters they resemble, inside its words, as look-alike web addresses write
  // them (rule 5): "Accreditat1on Council for C0ntinuing Medical Education" is the ACCME's name.
  const digits = formNamingABody(
    directory,
    name,
    digitsAsLetters(name).flatMap((read) => [read, ...nameAlternatives(read)]),
  );
  if (digits) {
    return {
      target: digits.target,
      rule: 'confusable-characters',
      strong: true,
      evidence: `"${name}" writes "${digits.form}", a name of ${digits.target.name}, with digits for letters`,
    };
  }
  // A name written in its own script is that name, whatever Latin words stand beside it.
  const own = foldOtherScriptWords(name);
  for (const sk of [nameSkeleton(skeletons, name), acronymSkeleton(skeletons, name)]) {
    if (sk === '') continue;
    const hit = directory
      .bySkeleton(sk)
      .find((h) => h.form !== key && !(own !== '' && own.includes(h.form)));
    if (hit) {
      return {
        target: hit.organisation,
        rule: 'confusable-characters',
        strong: true,
        evidence: `"${name}" is spelt with characters that imitate the letters of ${hit.organisation.name}`,
      };
    }
  }
  return undefined;
}

/** Words of a name, other than the one at `except`, that are not form words. */
const sharedWords = (tokens: readonly string[], except: number): number =>
  tokens.filter((t, i) => i !== except && !ORGANISATION_FORM_WORDS.has(t)).length;

/** Rule 2. */
function substitutedFormWord(
  context: LookalikeContext,
  name: string,
  reading: CanonicalName,
): Lookalike | undefined {
  const { reference, policy } = context;
  const tokens = reading.key.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    if (!ORGANISATION_FORM_WORDS.has(word)) continue;
    for (const form of reference.directory.formsDifferingInOneWord(tokens, i)) {
      const known = form.tokens[i] as string;
      if (known === word || !ORGANISATION_FORM_WORDS.has(known)) continue;
      // An imitation keeps the body's initials ("Council" for "Center": ANCC stays ANCC); a real
      // sister body's other form word changes them (the Society of Intensive Care Medicine, SICM,
      // beside the Faculty, FICM; the National Registry of EMTs, NREMT, beside the Association).
      if (known[0] !== word[0]) continue;
      if (areSisterFormWords(known, word)) continue;
      const shared = sharedWords(form.tokens, i);
      if (shared < policy.lookalike.substitutionMinSharedWords) continue;
      return {
        target: form.organisation,
        rule: 'substituted-form-word',
        strong: shared >= policy.lookalike.substitutionStrongMinSharedWords,
        evidence: `"${name}" is the name of ${form.organisation.name} with "${known}" changed to "${word}"`,
      };
    }
  }
  return undefined;
}

/** Whether two words begin with the same `letters` letters (forms of one word). */
const sameRoot = (a: string, b: string, letters: number): boolean =>
  a.length >= letters && b.length >= letters && a.slice(0, letters) === b.slice(0, letters);

/** The most edits a word of this length may be from a known word to count as its misspelling. */
function editsAllowed(policy: Policy, length: number): number {
  const l = policy.lookalike;
  if (length >= l.longWordLength) return l.longWordMaxEdits;
  return length >= l.misspellingMinLength ? l.misspellingMaxEdits : 0;
}

/** Rule 3. */
function misspelling(
  context: LookalikeContext,
  name: string,
  { key, acronyms }: CanonicalName,
): Lookalike | undefined {
  const { reference, policy } = context;
  const tokens = key.split(' ');
  if (tokens.length < 2) return undefined;
  const acronymOf = new Set(acronyms.flatMap((a) => reference.directory.byAcronym(a)));
  const writtenOut =
    acronymWrittenOut(context, name, tokens, acronymOf) ??
    acronymReordered(context, name, tokens, acronyms);
  if (writtenOut) return writtenOut;
  // The known names that differ from this one in the word at each position (read once), of
  // bodies worth imitating: a name one letter from a listed mill's ("Berkley University" beside
  // Axact's Barkley University) imitates no one a clinician trusts.
  const formsAt = tokens.map((_, i) =>
    reference.directory
      .formsDifferingInOneWord(tokens, i)
      .filter((form) => form.organisation.role !== 'unrecognised'),
  );
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    const forms = formsAt[i] ?? [];
    if (forms.length === 0) continue;
    // Two forms of one word share a Porter stem ("nursing", "nurse" → "nurs").
    const stem = stemToken(word);
    for (const form of forms) {
      const known = form.tokens[i] as string;
      if (known === word || stemToken(known) !== stem) continue;
      return {
        target: form.organisation,
        rule: 'misspelling',
        strong: false,
        evidence: `"${name}" is the name of ${form.organisation.name} with "${known}" written as "${word}"`,
      };
    }
    if (reference.directory.lexicon.has(word) || /\d/.test(word)) continue;
    const allowed = editsAllowed(policy, word.length);
    if (allowed === 0) continue;
    for (const form of forms) {
      const known = form.tokens[i] as string;
      // A long word's second edit is a letter dropped or doubled ("Acreditaton"); a word of the
      // same length with two letters changed is another word, often a place ("Northampton"
      // beside "Southampton": both universities).
      const limit =
        known.length === word.length
          ? Math.min(allowed, policy.lookalike.misspellingMaxEdits)
          : allowed;
      if (editDistance(word, known, limit) <= limit) {
        return {
          target: form.organisation,
          rule: 'misspelling',
          strong: false,
          evidence: `"${name}" is the name of ${form.organisation.name} with "${known}" misspelt as "${word}"`,
        };
      }
    }
  }
  return undefined;
}

/**
 * Rule 3's first reading: the name written beside a known body's acronym is that body's name
 * with one word changed, its other words the same or other forms of them ("American Nursing
 * Credentialing Council (ANCC)": "Council" for "Center", "Nursing" for "Nurses"; blind mills
 * round 53). A form of the same word ("Technology" for "Technologists") is a wrong expansion, and
 * another country's, state's or region's word keeps many a body's initials (the Connecticut
 * Nurses Association is CNA, as the Canadian one is).
 */
function acronymWrittenOut(
  context: LookalikeContext,
  name: string,
  tokens: readonly string[],
  acronymOf: ReadonlySet<KnownOrganisation>,
): Lookalike | undefined {
  const { reference, policy } = context;
  const place = (w: string): boolean => PLACE_NAME_WORDS.has(w) || reference.placeWords().has(w);
  for (const organisation of acronymOf) {
    if (organisation.role === 'unrecognised') continue;
    for (const key of organisation.keys) {
      const known = key.split(' ');
      if (known.length !== tokens.length) continue;
      const changed = known.flatMap((k, i) => {
        const t = tokens[i] as string;
        return k === t || stemToken(k) === stemToken(t) ? [] : [i];
      });
      if (changed.length !== 1) continue;
      const at = changed[0] as number;
      const was = known[at] as string;
      const now = tokens[at] as string;
      if (sameRoot(was, now, policy.lookalike.sameRootMinLetters) || place(was) || place(now)) {
        continue;
      }
      return {
        target: organisation,
        rule: 'misspelling',
        strong: false,
        evidence: `"${name}" writes out the acronym of ${organisation.name} with "${was}" changed to "${now}"`,
      };
    }
  }
  return undefined;
}

/**
 * Rule 3's reordering: the name written beside an acronym of the same letters as a known body's
 * in another order is that body's name with its words in another order ("Council of Canadian
 * Continuing Pharmacy Education (CCCPE)" for the Canadian Council on Continuing Education in
 * Pharmacy, CCCEP: blind mills round 53). A writer who reorders a name's words keeps its acronym;
 * reordering both makes a new one.
 */
function acronymReordered(
  context: LookalikeContext,
  name: string,
  tokens: readonly string[],
  acronyms: readonly string[],
): Lookalike | undefined {
  const { directory } = context.reference;
  const sorted = (t: readonly string[] | string): string => [...t].sort().join(' ');
  const words = sorted(tokens.map(stemToken));
  for (const acronym of acronyms) {
    if (directory.byAcronym(acronym).length > 0) continue;
    const letters = sorted(acronym);
    for (const form of directory.formsWithWord(tokens[0] as string)) {
      const { organisation } = form;
      if (organisation.role === 'unrecognised' || form.key === tokens.join(' ')) continue;
      // The acronym's letters first: few bodies have them, and stemming every word is dearer.
      const own = organisation.acronyms.find((a) => a !== acronym && sorted(a) === letters);
      if (own === undefined || sorted(form.tokens.map(stemToken)) !== words) continue;
      return {
        target: organisation,
        rule: 'misspelling',
        strong: false,
        evidence: `"${name}" is the name of ${organisation.name} with its words and its acronym's letters in another order ("${acronym.toUpperCase()}" for "${own.toUpperCase()}")`,
      };
    }
  }
  return undefined;
}

/** The leading brand of a university named "<Brand> University" (one or two words), if any. */
function leadingBrand(tokens: readonly string[]): readonly string[] | undefined {
  if (tokens.length < 2 || tokens.length > 3 || tokens[tokens.length - 1] !== 'university') {
    return undefined;
  }
  const brand = tokens.slice(0, -1);
  return brand.some((t) => DESCRIPTIVE_NAME_WORDS.has(t) || t.length < 4) ? undefined : brand;
}

/**
 * The universities whose "<Brand> University" brand an unknown name borrows, adding an academic
 * word of its own ("Harvard Clinical Academy"): rule 4's evidence before the web address is read.
 */
export function borrowedBrands(
  context: LookalikeContext,
  name: string,
): readonly KnownOrganisation[] {
  const { reference } = context;
  const reading = readName(name);
  const tokens = reading.key.split(' ');
  // Only a name with an academic word besides "university" can claim to be part of one.
  if (!tokens.some((t) => ACADEMIC_WORDS.has(t) && t !== 'university')) return [];
  if (isKnownName(reference, name, reading)) return [];
  const found: KnownOrganisation[] = [];
  const forms = new Set(tokens.flatMap((t) => reference.directory.formsWithWord(t)));
  for (const form of forms) {
    if (form.organisation.role !== 'university' || found.includes(form.organisation)) continue;
    const brand = leadingBrand(form.tokens);
    if (brand === undefined) continue;
    // The brand leads the name ("Harvard Medical Academy"); further in, it is part of a place
    // ("British Columbia Institute of Technology").
    if (!brand.every((b, j) => tokens[j] === b)) continue;
    const added = tokens.slice(brand.length);
    // What is added says what kind of school it is and what it teaches; a word of its own
    // names another body ("Columbia Gorge Community College", "Harvard Macy Institute").
    if (
      added.some((t) => ACADEMIC_WORDS.has(t) && t !== 'university') &&
      added.every(
        (t) =>
          ACADEMIC_WORDS.has(t) ||
          DESCRIPTIVE_NAME_WORDS.has(t) ||
          reference.directory.vocabulary.has(t),
      )
    ) {
      found.push(form.organisation);
    }
  }
  return found;
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

/** A "0" or "1" beside a letter, where it may stand for an "o", an "l" or an "i" (rule 5). */
const DIGIT_FOR_LETTER = /\p{L}[01]|[01]\p{L}/u;

/** Rule 5. */
function confusableHost(context: LookalikeContext, address: WebAddress): Lookalike | undefined {
  const { reference } = context;
  if (address.registrable === undefined) return undefined;
  const registrable = address.displayHost
    .split('.')
    .slice(-address.registrable.split('.').length)
    .join('.');
  const hit = reference.directory
    .bySkeleton(reference.skeletons.skeleton(registrable))
    .find((h) => h.form !== address.registrable);
  if (hit) {
    return {
      target: hit.organisation,
      rule: 'confusable-host',
      strong: true,
      evidence: `the web address ${address.displayHost} imitates ${hit.form}, the site of ${hit.organisation.name}`,
    };
  }
  // A label, or a hyphenated part of one, mixing Latin letters with Cyrillic or Greek ones that
  // look the same (browsers show such labels as punycode for that reason) and spelling a known
  // body's acronym or domain label: "аncc.org", with a Cyrillic "а", for the ANCC, whose own site
  // is another domain; "nursingwоrld-ce.org", with a Cyrillic "о", for nursingworld.org.
  // A part wholly in those scripts beside Latin ones is the same trick: "асре-accredit.org".
  const imitating = new Set(otherScriptWordsInLatin(address.displayHost));
  // Each label whole ("acpe-accred1t.org" for acpe-accredit.org: blind mills round 63), then its
  // hyphenated parts.
  const parts = address.labels.flatMap((label) =>
    label.includes('-') ? [label, ...label.split('-')] : [label],
  );
  for (const part of parts) {
    const mixed = mixesScripts(part) || imitating.has(part);
    // Digits for the letters they resemble are the same trick in ASCII ("roya1college-moc.com"
    // for royalcollege.ca), for a distinctive label only ("u1.ac.kr" is U1 University, not ul.ie).
    // A "1" stands for an "l" or an "i" ("rcp1.ie" for rcpi.ie). Only a digit beside a letter
    // stands for one: digits apart from letters are a number ("learn-123", "cme-2024").
    if (!mixed && !DIGIT_FOR_LETTER.test(part)) continue;
    const folded = mixed
      ? [part]
      : [...new Set(['l', 'i'].map((one) => part.replace(/0/g, 'o').replace(/1/g, one)))];
    if (!mixed && !folded.some((f) => distinctiveLabel(context, f))) continue;
    const skeleton = acronymSkeleton(reference.skeletons, part);
    const hit =
      (mixed
        ? reference.directory.bySkeleton(skeleton).find((h) => h.form === skeleton)
        : undefined) ??
      folded
        .flatMap(
          (f) =>
            reference.directory.labels.get(reference.skeletons.mapLookalikes(f).toLowerCase()) ??
            [],
        )
        .map((known) => ({ organisation: known.organisation, form: known.domain }))[0];
    if (hit === undefined) continue;
    return {
      target: hit.organisation,
      rule: 'confusable-host',
      strong: true,
      evidence: `the web address ${address.displayHost} spells "${hit.form}" (${hit.organisation.name}) in characters that imitate its letters`,
    };
  }
  return undefined;
}

/** Rule 6. */
function embeddedDomain(reference: Reference, address: WebAddress): Lookalike | undefined {
  // Labels read whole ("uni-heidelberg.de.online-cpd.net") and split at hyphens ("accme-org.com").
  for (const parts of [address.labels, address.labels.flatMap((l) => l.split('-'))]) {
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 2; end <= parts.length; end++) {
        const candidate = parts.slice(start, end).join('.');
        const owners = reference.directory.ownersOfDomain(candidate);
        if (owners.length === 0 || candidate === address.registrable) continue;
        const target = owners[0] as KnownOrganisation;
        return {
          target,
          rule: 'embedded-domain',
          strong: true,
          evidence: `the web address ${address.displayHost} embeds ${candidate}, the site of ${target.name}, but is not that site`,
        };
      }
    }
  }
  return hyphenForDot(reference, address);
}

/**
 * Rule 6 with a hyphen for a known domain's dot before the host's own public suffix: the
 * registrable label's last hyphenated parts, two or more, with that suffix ("racgp-org.au" for
 * racgp.org.au: blind mills round 40). One part with the suffix is only a label ("course-mcgill.ca"
 * is McGill's own course site, not an embedding of mcgill.ca).
 */
function hyphenForDot(reference: Reference, address: WebAddress): Lookalike | undefined {
  const label = address.labels.at(-1);
  if (label === undefined || address.suffix === undefined || !label.includes('-')) return undefined;
  const parts = label.split('-');
  for (let start = 0; start <= parts.length - 2; start++) {
    const candidate = `${parts.slice(start).join('.')}.${address.suffix}`;
    const target = reference.directory.ownersOfDomain(candidate)[0];
    if (target === undefined) continue;
    return {
      target,
      rule: 'embedded-domain',
      strong: true,
      evidence: `the web address ${address.displayHost} writes ${candidate}, the site of ${target.name}, with a hyphen for a dot, but is not that site`,
    };
  }
  return undefined;
}

/** Rule 7. */
function spelledNameHost(reference: Reference, address: WebAddress): Lookalike | undefined {
  for (const label of address.labels) {
    const parts = label.split('-');
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        const letters = parts.slice(start, end).join('');
        const target = reference.directory.bySpelledName(letters)[0];
        if (target === undefined) continue;
        return {
          target,
          rule: 'spelled-name',
          strong: false,
          evidence: `the web address ${address.displayHost} spells out the name of ${target.name}, but is not its site`,
        };
      }
    }
  }
  return undefined;
}

/** Whether a known domain label identifies its organisation when borrowed. */
function distinctiveLabel(context: LookalikeContext, label: string): boolean {
  return (
    label.length >= context.policy.lookalike.distinctiveLabelMinLength &&
    !GENERIC_LABEL_WORDS.has(label) &&
    !context.reference.directory.vocabulary.has(label)
  );
}

/** The accrediting body whose distinctive acronym a host label is, if any (rule 8). */
function accreditorByAcronym(
  context: LookalikeContext,
  label: string,
): KnownOrganisation | undefined {
  if (label.length < context.policy.lookalike.borrowedAcronymMinLength) return undefined;
  if (!distinctiveLabel(context, label)) return undefined;
  return context.reference.directory.byAcronym(label).find((o) => o.role === 'accreditor');
}

/** Rule 8. */
function borrowedLabel(context: LookalikeContext, address: WebAddress): Lookalike | undefined {
  const { labels } = context.reference.directory;
  for (const label of address.labels) {
    const parts = label.split('-');
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        const candidate = parts.slice(start, end).join('-');
        for (const known of labels.get(candidate) ?? []) {
          if (!distinctiveLabel(context, candidate)) continue;
          return {
            target: known.organisation,
            rule: 'borrowed-label',
            strong: false,
            evidence: `the web address ${address.displayHost} borrows "${candidate}" from ${known.domain}, the site of ${known.organisation.name}`,
          };
        }
        const accreditor = accreditorByAcronym(context, candidate);
        if (accreditor !== undefined) {
          return {
            target: accreditor,
            rule: 'borrowed-acronym',
            strong: false,
            evidence: `the web address ${address.displayHost} borrows "${candidate}", the acronym of ${accreditor.name}, but is not its site`,
          };
        }
      }
    }
  }
  return undefined;
}

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
 * passing as that office (rule 11). Canonical names spell "CPD" out.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  'ce cpd cme cne continuing professional development education learning online portal center centre course courses hub academy accreditation accredited approved approval office service services certification'.split(
    ' ',
  ),
);

/**
 * Rule 11's second reading: the name is the target's short name (an acronym, or its site's
 * label written as one or two words: "Royal College" for royalcollege.ca) with only words of
 * the target's own names and {@link OFFICE_WORDS}, on an address whose label is not the target's
 * label whole (that, under another suffix, is its own national site: "Ausmed Education" on
 * ausmed.co.nz beside ausmed.com.au, blind round 109).
 */
export function nameIsOfficeOf(
  name: string,
  target: KnownOrganisation,
  address: WebAddress,
): boolean {
  if (target.domainLabels.includes(address.labels.at(-1) ?? '')) return false;
  const words = readName(name).key.split(' ');
  const shorts = new Set([...target.acronyms, ...target.domainLabels]);
  const own = new Set(target.keys.flatMap((key) => key.split(' ')));
  let short = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (shorts.has(word)) short = true;
    else if (shorts.has(`${word}${words[i + 1] ?? ''}`)) {
      short = true;
      i++;
    } else if (!OFFICE_WORDS.has(word) && !own.has(word)) return false;
  }
  return short;
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

/** Rule 9. */
function typosquat(context: LookalikeContext, address: WebAddress): Lookalike | undefined {
  const label = address.labels[address.labels.length - 1];
  const { directory } = context.reference;
  if (label === undefined || directory.labels.has(label) || directory.lexicon.has(label)) {
    return undefined;
  }
  const dotless = droppedDot(context.reference, label, address.suffix);
  if (dotless !== undefined) return dotless;
  // The registrable label whole, then each hyphenated part of a label ("royalcolege-moc.com" for
  // royalcollege.ca: blind mills round 61) of `typosquatPartMinLength` letters or more, as rule 8
  // reads borrowed labels.
  const { typosquatMinLength: min, typosquatPartMinLength } = context.policy.lookalike;
  const parts = [
    label,
    ...address.labels
      .flatMap((l) => (l.includes('-') ? l.split('-') : []))
      .filter((p) => p.length >= typosquatPartMinLength),
  ].filter((p) => !directory.labels.has(p) && !directory.lexicon.has(p));
  for (const part of parts) {
    for (const known of directory.labelsNear(part)) {
      if (known.length < min || known === part) continue;
      if (!distinctiveLabel(context, known)) continue;
      const slip = isTypingSlip(part, known);
      if (!slip && !isLookalikeLetter(part, known)) continue;
      const owner = directory.labels.get(known)?.[0];
      if (owner === undefined) continue;
      return {
        target: owner.organisation,
        rule: 'typosquat',
        strong: false,
        evidence: `the web address ${address.displayHost} ${part === label ? 'is' : `holds "${part}",`} ${slip ? 'one letter' : 'one look-alike letter'} away from ${owner.domain}, the site of ${owner.organisation.name}`,
      };
    }
  }
  return undefined;
}

/** The longest first label of a public suffix a dot may be left out before (`health` of `health.nz`). */
const SUFFIX_LABEL_MAX_LENGTH = 6;

/**
 * Rule 9's left-out character when it is a dot: the registrable domain is a known registrable
 * domain with one of its dots left out (`rcnorg.uk` for the RCN's `rcn.org.uk`, `racgporg.au`),
 * or the dot after "www" (`wwwaccme.org`), as "doppelgänger" domains are made. A whole known
 * domain is matched, so its label may be short.
 */
function droppedDot(
  reference: Reference,
  label: string,
  suffix: string | undefined,
): Lookalike | undefined {
  if (suffix === undefined) return undefined;
  // The dot left out is before a public suffix's first label (`org` of `org.uk`), which is
  // short, or after "www" (`wwwaccme.org` names the domain after it).
  const from = Math.max(1, label.length - SUFFIX_LABEL_MAX_LENGTH);
  const splits = label.startsWith('www') && from > 3 ? [3] : [];
  for (let i = from; i < label.length; i++) splits.push(i);
  for (const i of splits) {
    const dotted = `${label.slice(0, i)}.${label.slice(i)}.${suffix}`;
    const domain = i === 3 && label.startsWith('www') ? dotted.slice(4) : dotted;
    const owner = reference.directory.ownersOfDomain(domain)[0];
    if (owner === undefined) continue;
    return {
      target: owner,
      rule: 'typosquat',
      strong: false,
      evidence: `the web address ${label}.${suffix} is ${dotted} with a dot left out: ${domain} is the site of ${owner.name}`,
    };
  }
  return undefined;
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

/**
 * Rule 10: a claimed body's acronym one letter from that of an accreditor whose own credit the
 * claim names (`credit`, with the accreditors that grant it), or its name that accreditor's with
 * one word changed, keeping at least `creditOwnerMinSharedWords` of its other words that are not
 * form words ("College of Family Practitioners of Canada" certifying Mainpro+ credits, the College
 * of Family Physicians of Canada's; blind mills round 36). Names one word apart are common among
 * real bodies; a real body does not award another's credit.
 *
 * @example
 * ```ts
 * const ama = reference.findCreditType('AMA PRA Category 1 Credit');
 * creditOwnerLookalike(context, 'AACME', ama)?.target.name;
 * // 'Accreditation Council for Continuing Medical Education'
 * ```
 */
export function creditOwnerLookalike(
  context: LookalikeContext,
  name: string,
  credit: { readonly credit: CreditType; readonly accreditor: Accreditor },
): Lookalike | undefined {
  const { reference, policy } = context;
  const reading = readName(name);
  const owners = reference.data.accreditors.filter(
    (a) => a.id === credit.accreditor.id || a.creditRefs.includes(credit.credit.id),
  );
  const renamed = ownerNameChanged(context, name, reading, owners);
  if (renamed) return renamed;
  const acronyms = longAcronyms(policy, name, reading);
  if (acronyms.length === 0) return undefined;
  for (const owner of owners) {
    for (const abbreviation of owner.abbreviations) {
      const own = abbreviation.toLowerCase();
      const acronym = acronyms.find((a) => a !== own && editDistance(a, own, 1) <= 1);
      if (acronym === undefined || acronyms.includes(own)) continue;
      const found = nearAcronymOf(
        reference,
        owner,
        abbreviation,
        `"${name}" is one letter from ${abbreviation} (${owner.name}) and claims to award its ${credit.credit.name}`,
      );
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A claimed name's acronyms long enough for rule 10: the name as an acronym, or the acronym it
 * gives in brackets ("… Educators (AARCE)").
 */
const longAcronyms = (policy: Policy, name: string, reading: CanonicalName): string[] =>
  [acronymKey(name), ...reading.acronyms].filter(
    (a) => a.length >= policy.lookalike.borrowedAcronymMinLength,
  );

/** Rule 10's finding against `owner`, known in the directory by `abbreviation`. */
function nearAcronymOf(
  reference: Reference,
  owner: Accreditor,
  abbreviation: string,
  evidence: string,
): Lookalike | undefined {
  const target = reference.directory
    .byAcronym(abbreviation.toLowerCase())
    .find((o) => o.role === 'accreditor' && o.id === owner.id);
  return target && { target, rule: 'near-acronym-credit', strong: false, evidence };
}

/**
 * Rule 10 with the credit named in the look-alike's own letters: a claimed body whose acronym is
 * one letter from a recognised accreditor's, awarding a credit named with that acronym which,
 * written with the accreditor's acronym instead, is the accreditor's own credit ("IACCET CEUs"
 * from the "International Accreditation Council for Continuing Education & Training (IACCET)":
 * IACET's CEU; IACET's warning on copycat accreditors, blind mills round 49).
 *
 * @example
 * ```ts
 * nearAcronymCredit(context, 'IACCET', 'IACCET CEUs')?.target.name;
 * // 'International Accreditors for Continuing Education and Training'
 * ```
 */
export function nearAcronymCredit(
  context: LookalikeContext,
  name: string,
  creditType: string | undefined,
): Lookalike | undefined {
  if (creditType === undefined) return undefined;
  const { reference, policy } = context;
  for (const acronym of longAcronyms(policy, name, readName(name))) {
    // The acronym as a whole word of the credit's name ("IACCET CEUs", "IACCET-approved CEUs").
    const asWord = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    if (!asWord.test(creditType)) continue;
    for (const accreditor of reference.data.accreditors) {
      for (const abbreviation of accreditor.abbreviations) {
        const own = abbreviation.toLowerCase();
        if (own === acronym || editDistance(acronym, own, 1) > 1) continue;
        const mirrored = creditType.replace(asWord, abbreviation);
        const credit = reference.findCreditType(mirrored);
        if (credit?.accreditor.id !== accreditor.id) continue;
        const found = nearAcronymOf(
          reference,
          accreditor,
          abbreviation,
          `"${name}" is one letter from ${abbreviation} (${accreditor.name}) and names its credit in those letters ("${creditType}" for ${credit.credit.name})`,
        );
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Rule 10's name part: the name of one of `owners` with one word changed. */
function ownerNameChanged(
  context: LookalikeContext,
  name: string,
  { key }: CanonicalName,
  owners: readonly Accreditor[],
): Lookalike | undefined {
  const tokens = key.split(' ');
  if (tokens.length < 2) return undefined;
  const ids = new Set(owners.map((o) => o.id));
  for (let i = 0; i < tokens.length; i++) {
    for (const form of context.reference.directory.formsDifferingInOneWord(tokens, i)) {
      const { organisation } = form;
      if (organisation.role !== 'accreditor' || !ids.has(organisation.id)) continue;
      const known = form.tokens[i] as string;
      if (known === tokens[i]) continue;
      if (sharedWords(form.tokens, i) < context.policy.lookalike.creditOwnerMinSharedWords)
        continue;
      return {
        target: organisation,
        rule: 'near-name-credit',
        strong: false,
        evidence: `"${name}" is the name of ${organisation.name} with "${known}" changed to "${tokens[i]}", and claims to award its own credit`,
      };
    }
  }
  return undefined;
}
