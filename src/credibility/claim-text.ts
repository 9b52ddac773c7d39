/**
 * Reading an accreditation claim as catalogues write it: "Accredited by the Royal College of
 * Physicians of London for 6 CPD credits", "RCN-accredited", "Royal College of Physicians and
 * Surgeons of Canada MOC Section 3", "AMA PRA Category 1 Credits™", or a body's whole standard
 * statement ("… is accredited as a provider of nursing continuing professional development by the
 * American Nurses Credentialing Center's Commission on Accreditation."). The result is the body's
 * name as written, the credit-scheme words split off it, and whether the text only mentions a
 * regulator's requirement ("counts towards NMC revalidation"). Pure text work: resolving the name
 * against the reference data is `claims.ts`'s.
 * @module
 */

/** Longest claim text examined; real claims are far shorter. */
const MAX_CLAIM_LENGTH = 600;

/** A claim's text, read. */
export interface ClaimText {
  /** The body's name as written, without wrappers and scheme words ("Royal College of Nursing"). */
  readonly body: string;
  /**
   * The same before a trailing "accredited" or "Accreditation" was taken off: it may be the end of
   * the name itself ("Council for Higher Education Accreditation").
   */
  readonly whole: string;
  /** Names to look up, most specific first (the body, then the text as written). */
  readonly candidates: readonly string[];
  /** Credit-scheme words split off the body ("MOC Section 3", "Category 1", "CPD credits"). */
  readonly scheme: string | undefined;
  /** The text only says the activity counts toward a regulator's requirement. */
  readonly requirementMention: boolean;
  /** The text says the accreditation is still to come ("CME credit pending", "applied for"). */
  readonly pending: boolean;
}

/** "… accredited by [the] X to provide …", "… approved by X for 6 …": the body X. */
const BY_BODY =
  /\b(?:accredited|approved|designated|certified|endorsed|recognised|recognized|reviewed|awarded|provided)\b(?:\s+as\s+an?\s+[^.]*?)?\s+(?:by|through)\s+(?:the\s+)?(.+?)(?=\s+(?:to\s+provide|to\s+award|for\s+(?:a\s+)?(?:maximum|up|\d|one|two|three|[a-z]+\s+credit)|as\s+an?\s)|\.(?=\s|$)|;|$)/i;
/**
 * The AMA's designation statement, which accredited providers print on every activity: "X
 * designates this live activity for a maximum of 2.0 AMA PRA Category 1 Credits™". X is the body;
 * the credit named after the amount is the scheme.
 */
const DESIGNATES =
  /^(?:the\s+)?(.+?)\s+designates\s+this\b[^.;]*?(?:\bfor\s+(?:a\s+maximum\s+of\s+|up\s+to\s+)?[\d.]+\s+([^.;]+))?(?:[.;]|$)/i;
/**
 * "X-accredited", "X accredited", "X approved", "X Accreditation" at the end, and the same said of
 * what is accredited ("X-accredited provider", "X approved activity").
 */
const TRAILING_WRAPPER =
  /[\s-]+(?:accredited|approved|certified|endorsed|recognised|recognized|accreditation|approval|endorsement|designated)(?:\s+(?:provider|activity|course|programme|program|event))?$/i;
/** A spaced dash or a colon between an acronym and a name ("ACI – Accrediting Commission …"). */
const PART_SEPARATOR = /\s+[–—-]\s+|:\s+/;
/** Leading "Accredited by", "Jointly accredited by". */
const LEADING_WRAPPER =
  /^(?:jointly\s+)?(?:accredited|approved|certified|endorsed|recognised|recognized|designated|provided)\s+(?:by|through)\s+(?:the\s+)?/i;
/** A body's own "'s Commission on Accreditation" (ANCC) stays part of its name. */
const POSSESSIVE_UNIT = /[’']s\s+(?:commission|committee|council|board)\s+on\s+accreditation$/i;

/**
 * Credit-scheme words that follow a body's name: maintenance-of-certification sections, credit
 * categories (in Roman numerals too: "Category I"), "CPD credits", "contact hours", "Mainpro+
 * Certified", "CPD programme", "PDA Provider" (NCCAOM's professional development activities),
 * Ireland's "Professional Competence Scheme". Written as catalogues write them.
 */
const SCHEME_SUFFIX =
  /\s+(?:(?:moc\s+)?section\s+[1-3]\b.*|maintenance\s+of\s+certification\b.*|moca?\b.*|mainpro\+?(?:\s+(?:certified|non-certified)\b.*)?|category\s+(?:[12][ab]?|i{1,2})\b.*|cat\.?\s+(?:[12]|i{1,2})\b.*|(?:cpd|cme|ce|cne|cpe|pda)\s+(?:accredited\s+)?(?:activity|activities|credits?|points?|hours?|units?|approved|provider|programme|program|scheme)\b.*|professional\s+competence\s+scheme\b.*|(?:cpd|cme|ce|cne|cpe)$|accredited\s+activity\b.*|(?:contact|clock)\s+hours?\b.*|credits?\b.*|points?\b.*|ecmecs?\b.*|ceus?\b.*)$/i;

/**
 * "Program" closing a claim after an acronym ("the ACRRM PDP program", "QI&CPD Program"): the
 * scheme, not the body's name. After a word ("ADA Continuing Education Recognition Program") it
 * is the name's own.
 */
const ACRONYM_PROGRAM = /(?<=\b[A-Z][A-Z&+]{1,9})\s+[Pp]rogram(?:me)?$/;

/** Words that say a claim counts toward a regulator's requirement rather than being approved by it. */
const REQUIREMENT_WORDS =
  /\b(?:revalidation|re-?validation|requirements?|counts?\s+towards?|contributes?\s+to|supports?|suitable\s+for|evidence\s+for|portfolio|appraisal|recertification|registration\s+renewal|professional\s+competence\s+schemes?)\b/i;

/**
 * A regulator's own terms for the CPD it requires, as a credit type beside its name writes them:
 * meeting its standard ("Designed to help meet the NMBA CPD registration standard"), and the
 * GDC's kinds of CPD ("Enhanced CPD", "verifiable CPD as defined by the GDC"), which a course
 * counts as, not approvals.
 */
const REQUIREMENT_TERMS =
  /\b(?:meets?|registration\s+standards?|cpd\s+standards?|(?:non-?)?verifiable|enhanced\s+cpd|as\s+defined\s+by)\b/i;

/**
 * Whether a credit type says an activity counts toward a regulator's requirement ("Supports GPhC
 * revalidation requirements", "Suitable for AHPRA registered pharmacists", "Enhanced CPD").
 *
 * @example
 * ```ts
 * mentionsRequirement('Supports GPhC revalidation requirements'); // true
 * mentionsRequirement('AMA PRA Category 1 Credit'); // false
 * ```
 */
export const mentionsRequirement = (text: string): boolean =>
  REQUIREMENT_WORDS.test(text) || REQUIREMENT_TERMS.test(text);

/** Words that say the accreditation has not been granted yet (or its number is "to follow"). */
const PENDING_WORDS =
  /\b(?:pending|applied\s+for|application\s+(?:submitted|made|in\s+progress)|awaiting|to\s+be\s+confirmed|to\s+follow|tbc|under\s+process)\b/i;

/**
 * Whether a text (a claim's credit type: "MOC Section 1 (accreditation pending)") says the
 * accreditation has not been granted yet.
 *
 * @example
 * ```ts
 * saysPending('CME hours (accreditation under process)'); // true
 * saysPending('AMA PRA Category 1 Credit'); // false
 * ```
 */
export const saysPending = (text: string): boolean => PENDING_WORDS.test(text);

/**
 * An amount of credit said after the body: "ANCC (1.5 contact hours)", "ACPE accredited for 3
 * contact hours", "RCN-accredited, 3 CPD hours". The words after the amount are its credit.
 */
const AMOUNT_AFTER =
  /(?:\s*[,;]\s*|\s+for\s+|\s*\(\s*)(?:up\s+to\s+|a\s+maximum\s+of\s+)?\d+(?:[.,]\d+)?\s+([^()]*?)\)?\s*$/i;
/** An amount before the credit a claim names: "3 AAFP Prescribed credits (AAFP)". */
const AMOUNT_BEFORE = /^(?:up\s+to\s+)?\d+(?:[.,]\d+)?\s+(?=\D)/i;

/** Trade-mark signs. */
const MARKS = /[®™©℠]/g;

function clean(text: string): string {
  return text.replace(MARKS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Reads one claim's text.
 *
 * @example
 * ```ts
 * readClaimText('Accredited by the Royal College of Physicians of London for 6 CPD credits');
 * // { body: 'Royal College of Physicians of London', scheme: undefined, … }
 * readClaimText('Royal College of Physicians and Surgeons of Canada MOC Section 3').scheme;
 * // 'MOC Section 3'
 * ```
 */
export function readClaimText(raw: string): ClaimText {
  const read = readOne(clean(raw.slice(0, MAX_CLAIM_LENGTH)));
  // "CME / ABIM MOC / CE — AMA PRA Cat 1: 0.25 | ANCC: 0.25 | ACPE: 0.25", as listing sites
  // compress several accreditations into one string: each piece is read as a claim of its own,
  // and its names are tried after the whole text's.
  const pieces = read.text.split(PIECE_SEPARATOR).filter((p) => p !== '' && p !== read.text);
  if (pieces.length < 2) return read.claim;
  const candidates = [
    ...new Set([...read.claim.candidates, ...pieces.flatMap((p) => readOne(p).claim.candidates)]),
  ];
  return { ...read.claim, candidates };
}

/**
 * Where a listing site's compressed claim string parts one accreditation from the next: a pipe,
 * a spaced dash, a semicolon or a colon ("CME: 1.0 AMA PRA Category 1 Credit™").
 */
const PIECE_SEPARATOR = /\s*\|\s*|\s+[–—-]\s+|\s*;\s*|:\s+/;

/** {@link readClaimText} of one piece of text, and the text as cleaned. */
function readOne(text: string): { text: string; claim: ClaimText } {
  const requirementMention = REQUIREMENT_WORDS.test(text);
  const pending = saysPending(text);
  const sentence = BY_BODY.exec(text)?.[1];
  const designation = sentence === undefined ? DESIGNATES.exec(text) : null;
  const amount = AMOUNT_AFTER.exec(text);
  const stated = (amount ? text.slice(0, amount.index) : text).replace(AMOUNT_BEFORE, '');
  let body = clean((sentence ?? designation?.[1] ?? stated).replace(LEADING_WRAPPER, ''));
  let scheme = (designation?.[2] ?? amount?.[1])?.replace(/\(s\)/g, 's').trim() || undefined;
  const suffix = SCHEME_SUFFIX.exec(body) ?? ACRONYM_PROGRAM.exec(body);
  if (suffix && suffix.index > 0) {
    scheme = suffix[0].trim();
    body = body.slice(0, suffix.index).trim();
  }
  body = body.replace(/^the\s+/i, '').replace(/[\s,;:–—-]+$/, '');
  const whole = body;
  // "RCN-accredited" names the RCN; "Joint Accreditation" is a name: both are tried.
  body = body.replace(TRAILING_WRAPPER, '').replace(/[\s,;:–—-]+$/, '');
  // "X's Commission on Accreditation" is X's accrediting unit: X itself is a candidate too.
  const owner = whole.replace(POSSESSIVE_UNIT, '').trim();
  // "ACI – Accrediting Commission International", "ANCC contact hours – ANCC": each part may be
  // the name.
  const parts = [...new Set([...body.split(PART_SEPARATOR), ...stated.split(PART_SEPARATOR)])];
  // "Australasian College of Pharmacy (authorised by the Australian Pharmacy Council …)": the
  // name without what the brackets add.
  const unbracketed = body.replace(/\s*\([^()]{4,}\)/g, '');
  // "Approved by the Federation of the Royal Colleges of Physicians of the UK for distance
  // learning CPD" (blind round 86): a purpose in lower case after "for" ends the name, tried
  // last; a capital continues it ("Council for Continuing …"), and so may "for the".
  const beforePurpose = / for (?!the )[a-z]/.exec(body);
  const candidates = [
    ...new Set(
      [
        body,
        whole,
        owner,
        text,
        ...(parts.length > 1 ? parts : []),
        unbracketed,
        // The credit a designation statement names, as a credit type names its scheme's body.
        ...(designation && scheme ? [scheme] : []),
        ...(beforePurpose ? [body.slice(0, beforePurpose.index)] : []),
      ]
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    ),
  ];
  return {
    text,
    claim: {
      body: body === '' ? text : body,
      whole: whole === '' ? text : whole,
      candidates,
      scheme,
      requirementMention,
      pending,
    },
  };
}
