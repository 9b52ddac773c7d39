/**
 * Accreditation asserted in an offering's own words (its title or description) without naming
 * who accredits it: "Fully accredited course", "CPD accredited", "accreditation included". A
 * mention that names a body ("WGU's CCNE-accredited programme", "accredited by the Royal
 * College of Nursing") is checkable, and one about another institution ("a degree from an
 * accredited school", the eligibility of an exam) is no claim about this offering. A body is
 * read as named by its acronym right before the words or by capitalised words right after "by",
 * "from", "through" or "with"; a full name before them ("The Royal College of Nursing accredited
 * …") is not read, as "Fully Accredited" could not then be told from it. Pure text work.
 * @module
 */

/** Words that assert accreditation. */
const ACCREDITED_WORDS =
  /\b(?:accredited|accreditation|cpd[- ]certified|cme[- ]approved|ce[- ]approved)\b/gi;
/** What follows when the mention is about another institution ("an accredited school"). */
const OTHER_INSTITUTION =
  /^\s+(?:schools?|colleges?|universit(?:y|ies)|institutions?|laborator(?:y|ies)|labs?|hospitals?|facilit(?:y|ies)|degrees?)\b/i;
/** A body's acronym right before the words ("CCNE-accredited", "ICGP Accredited"). */
const ACRONYM_BEFORE = /\b([A-Z][A-Z0-9&]{1,9})['’]?s?[\s-]+$/;
/** A body named right after: "accredited by (the) X", "accreditation from X". */
const NAMED_AFTER =
  /^\s+(?:by|from|through|with)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)/;
/** Words that name a kind of credit or a country, not a body ("CPD accredited", "by CPD"). */
const NOT_A_BODY = /^(?:CPD|CME|CEU?S?|CNE|CPE|MOC|PD|UK|USA?|EU)$/i;

/**
 * The first words of `text` that assert accreditation without naming a body, or `undefined`.
 *
 * @example
 * ```ts
 * unnamedAccreditation('A fully accredited course with a certificate'); // 'accredited'
 * unnamedAccreditation("WGU's online, CCNE-accredited BSN to MSN program"); // undefined
 * unnamedAccreditation('Applicants need a degree from an accredited school'); // undefined
 * ```
 */
export function unnamedAccreditation(text: string): string | undefined {
  for (const match of text.matchAll(ACCREDITED_WORDS)) {
    const at = match.index;
    const after = text.slice(at + match[0].length, at + match[0].length + 120);
    if (OTHER_INSTITUTION.test(after)) continue;
    const named = [
      ...(NAMED_AFTER.exec(after)?.[1]?.split(' ') ?? []),
      ACRONYM_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '',
    ];
    if (named.some((w) => w !== '' && !NOT_A_BODY.test(w))) continue;
    return match[0];
  }
  return undefined;
}
