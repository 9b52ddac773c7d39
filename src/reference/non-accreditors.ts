/**
 * Bodies that accredit no courses (`data/non-accrediting-bodies.json`), found in a claim's text:
 * by a whole name or alias, compared as canonical words ("Accredited by the European Union"), or
 * by an acronym written in capitals as a word ("WHO-recognised", "NHS Approved"; never the word
 * "who", nor the first word of another body's name: "NHS Education for Scotland"); for a body
 * with `claimWords`, only beside one of them ("AHA Approved", not "American Heart Association
 * BLS Provider"). Exact lookups only: what naming one means is the claims' rule
 * (`credibility/claims.ts`).
 * @module
 */
import { readName } from '../text/canonical-name.js';
import { escapeRegExp } from '../text/normalize.js';
import type { NonAccreditor } from './schemas.js';

/** Finds the body that accredits no courses a claim's text names, if any. */
export type NonAccreditorFinder = (text: string) => NonAccreditor | undefined;

/**
 * Words that say such a body did something real other than approve the course: designated an
 * institution (a WHO Collaborating Centre), commissioned, funded or supported the training (NHS
 * England commissions university courses; the EU funds Erasmus+ projects), accredited a register
 * (the Professional Standards Authority's Accredited Registers), or wrote the guidance the
 * course follows ("Based on WHO guidelines", "In line with NICE guidance"), or accredited an
 * organisation's CPD programme as a whole or a training programme (the Australian Medical
 * Council's "AMC-accredited CPD home", a college's specialist training program, a university's
 * medical program).
 */
const NOT_AN_APPROVAL =
  /\b(?:collaborating\s+cent(?:re|er)|commissioned|funded|co-?funded|sponsored|supported|on\s+behalf\s+of|in\s+partnership\s+with|accredited\s+registers?|cpd\s+homes?|(?:specialist|vocational|prevocational)\s+training|medical\s+(?:school|program|programme)s?|based\s+on|in\s+line\s+with|guidance|guidelines?)\b/i;

/**
 * An acronym followed by a capitalised word is the start of another body's name ("NHS Education
 * for Scotland", a Scottish health board for education; "NHS England"), not the body itself,
 * unless that word says what the acronym did ("NHS Approved", "AHA Certified").
 */
const NOT_IN_A_NAME =
  '(?!\\s+(?!(?:Approved|Accredited|Endorsed|Certified|Recogni[sz]ed|Compliant)\\b)[A-Z][a-z])';

/** Whether `words` holds `part` as a run of consecutive words. */
function holdsRun(words: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false;
  for (let i = 0; i + part.length <= words.length; i++) {
    if (part.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * Compiles the finder.
 *
 * @example
 * ```ts
 * const find = compileNonAccreditors(data.nonAccreditors);
 * find('Recognised by the World Health Organization (WHO)')?.id; // 'world-health-organization'
 * find('Approved for nurses who work in theatres'); // undefined
 * ```
 */
export function compileNonAccreditors(bodies: readonly NonAccreditor[]): NonAccreditorFinder {
  const compiled = bodies.map((body) => ({
    body,
    claimWords: body.claimWords.map((w) => readName(w).key),
    names: [body.name, ...body.aliases].map((n) => readName(n).key.split(' ')),
    acronym:
      body.abbreviations.length === 0
        ? undefined
        : new RegExp(
            `(?<![A-Za-z0-9])(?:${body.abbreviations.map(escapeRegExp).join('|')})(?![A-Za-z0-9])${NOT_IN_A_NAME}`,
          ),
  }));
  return (text) => {
    if (NOT_AN_APPROVAL.test(text)) return undefined;
    const words = readName(text).key.split(' ');
    return compiled.find(
      ({ names, acronym, claimWords }) =>
        (claimWords.length === 0 || claimWords.some((w) => words.includes(w))) &&
        (names.some((name) => holdsRun(words, name)) || (acronym?.test(text) ?? false)),
    )?.body;
  };
}
