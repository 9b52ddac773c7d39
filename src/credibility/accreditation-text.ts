/**
 * Accreditation asserted in an offering's own words (its title or description) without naming
 * who accredits it: "Fully accredited course", "The course is CPD accredited", "CPD certified".
 * Read as catalogues write:
 * - only what is said of the offering counts: "accredited course", "is accredited", "CPD
 *   accredited" in its description, "fully accredited" in its title (see {@link TITLE_CLAIM}).
 *   Accreditation as a topic ("Accreditation Readiness
 *   Workshop") or said of another institution ("a degree from a program accredited by a
 *   nationally recognized agency", "accredited laboratories") is no claim, nor are other
 *   offerings in the plural ("alongside … courses and accredited webinars": blind round 80);
 * - a sentence about accreditation that names a body — an acronym other than a credit's name
 *   ("CCNE-accredited", "RCN accredited"), or a name after "by", "from", "through" or "with"
 *   ("fully backed by the CPD Standards Office") — makes the offering's claim checkable, in its
 *   title or its description.
 * Pure text work.
 * @module
 */

/** What an offering says of itself when it claims accreditation. */
const SELF_CLAIM =
  /\b(?:fully\s+accredited|accredited\s+(?:cpd|cme|course|training|programme|program|module|activity|event|webinar|workshop|qualification|certificate|diploma)|(?:cpd|cme|ce)[- ](?:accredited|certified|approved)|(?:accredited|certified|approved)\s+cpd|(?:is|are|been)\s+(?:fully\s+|independently\s+|officially\s+)?accredited)\b/i;
/** Words of a sentence about accreditation. */
const ACCREDITATION_WORDS = /\b(?:accredit\w*|certified|approved|endorsed)\b/i;
/**
 * A name after "accredited by", "backed by the", "approved through"… (its capitalised words, and
 * the joining words between them: "with CPD points" names no one, "by the CPD Standards Office"
 * and "by the Accreditation Council for Continuing Medical Education" do).
 */
const NAME_AFTER =
  /\b(?:by|from|through|with)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&|the|on|in)\s+)*[A-Z][\w&'’-]*)*)/g;
/** An acronym right before accreditation words ("CCNE-accredited", "NATA Accreditation"). */
const ACRONYM_BEFORE =
  /\b([A-Z][A-Z0-9&]{1,9})['’]?s?[\s-]+(?:[Aa]ccredit\w*|[Cc]ertified|[Aa]pproved|[Ee]ndorsed)\b/g;
/**
 * A name of several capitalised words right before accreditation words, holding a joining word or
 * an organisation's word ("a Centre for Advancing Practice accredited programme", "Skills for Care
 * endorsed", "Royal College of Nursing approved").
 */
const NAME_BEFORE =
  /\b[A-Z][\w'’-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w'’-]*)){1,8}\s+(?:[Aa]ccredit\w*|[Aa]pproved|[Ee]ndorsed)\b/g;
/** An accrediting body's own name ("the Accreditation Council for Continuing Medical Education"). */
const ACCREDITOR_NAME = /\bAccredit\w*\s+(?:Council|Commission|Board|Agency|Service|Bureau|Body)\b/;
const NAME_WORDS =
  /\s(?:of|for|and|&|Centre|Center|College|Council|Society|Association|Institute|Board|Agency|Authority|Faculty|Federation|Trust|Office)\s/;
/**
 * Acronyms joined by "and" or "&" ("Dual-accredited by IAAOU and UCOEA": blind mills round 130),
 * each a body's name.
 */
const ACRONYM_LIST = /^[A-Z]{2,9}(?: (?:and|&) [A-Z]{2,9})+$/;
/** Acronyms that name a kind of credit or a country, not an accrediting body ("CPD accredited"). */
const NOT_A_BODY = /^(?:CPD|CME|CEU?S?|CNE|CPE|MOC|PD|UK|USA?|EU)$/;

/** Words a claim can be written in without naming anyone ("Fully accredited CPD course"). */
const NAMELESS_WORDS: ReadonlySet<string> = new Set(
  'accredited certified approved fully officially independently cpd cme ce ceu ceus cne points hours credits course event activity training programme program webinar module online conference congress meeting symposium certificate attendance participation completion provider of the and with'.split(
    ' ',
  ),
);
/**
 * A title's claim: only "fully accredited". Titles name kinds of activity with accreditation
 * words ("Accredited Learning Module", "Accredited CME at …", "Section 1 and Section 3 accredited
 * events", "… – CPD Accredited") as often as they claim it, and a scraped row's title is often
 * all that is left of a page that names the body: what the scraper dropped is no evidence. A
 * description saying what the offering is ("the course is accredited") is.
 */
const TITLE_CLAIM = /\bfully\s+accredited\b/i;
const CLAIM_WORDS: ReadonlySet<string> = new Set(['accredited', 'certified', 'approved']);

/**
 * Whether a claim's stated body is only the claim itself, naming no one: "Accredited CPD", "CPD
 * approved", "Fully Accredited Course". A catalogue's accreditation column holds such words as
 * often as a description does.
 *
 * @example
 * ```ts
 * namesNoBody('Fully Accredited Course'); // true
 * namesNoBody('Quillmore Accreditation Council accredited course'); // false
 * ```
 */
export function namesNoBody(body: string): boolean {
  const words = body
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return (
    words.some((w) => CLAIM_WORDS.has(w)) &&
    words.every((w) => NAMELESS_WORDS.has(w) || /^\d+$/.test(w))
  );
}

/**
 * The names a sentence gives after "by", "from", "through" or "with", and the acronyms it gives
 * before accreditation words ("BOUA Accredited"), other than a credit's.
 *
 * @example
 * ```ts
 * namedBodies('Fully accredited by Accrediting Commission International (ACI)'); // ['Accrediting Commission International']
 * namedBodies('Dual-accredited by IAAOU and UCOEA'); // ['IAAOU', 'UCOEA']
 * ```
 */
export const namedBodies = (sentence: string): string[] =>
  [...sentence.matchAll(NAME_AFTER), ...sentence.matchAll(ACRONYM_BEFORE)]
    .flatMap((m) => {
      const name = m[1] as string;
      return ACRONYM_LIST.test(name) ? name.split(/ (?:and|&) /) : [name];
    })
    .filter((name) => !NOT_A_BODY.test(name));

/**
 * A text's sentences, as the readings of accreditation words take them: split at full stops,
 * question and exclamation marks, semicolons and line ends.
 *
 * @example
 * ```ts
 * sentencesOf('Accredited by ACCME. Contact hours: 2; online'); // ['Accredited by ACCME', ' Contact hours: 2', ' online']
 * ```
 */
export const sentencesOf = (text: string): string[] => text.split(/[.!?;\n]+/);

/** Whether a sentence about accreditation names who gives it. */
const namesABody = (sentence: string): boolean =>
  namedBodies(sentence).length > 0 ||
  [...sentence.matchAll(NAME_BEFORE)].some((m) => NAME_WORDS.test(m[0])) ||
  ACCREDITOR_NAME.test(sentence);

/**
 * The words of the title or description that claim the offering is accredited while no sentence
 * about accreditation in either names who accredits it, or `undefined`.
 *
 * @example
 * ```ts
 * unnamedAccreditation('Botox course', 'A fully accredited course with a certificate.'); // 'fully accredited'
 * unnamedAccreditation('BSN to MSN', "WGU's online, CCNE-accredited program."); // undefined
 * unnamedAccreditation('Nurse educator certificate', 'Applicants need a degree from an accredited school.'); // undefined
 * ```
 */
export function unnamedAccreditation(title: string, description: string): string | undefined {
  // Most descriptions never speak of accreditation: one scan, then sentences only when they do.
  const inDescription = ACCREDITATION_WORDS.test(description);
  if (!inDescription && !ACCREDITATION_WORDS.test(title)) return undefined;
  const sentences = [title, ...(inDescription ? sentencesOf(description) : [])].filter((s) =>
    ACCREDITATION_WORDS.test(s),
  );
  if (sentences.length === 0 || sentences.some(namesABody)) return undefined;
  return (TITLE_CLAIM.exec(title) ?? SELF_CLAIM.exec(description))?.[0];
}
