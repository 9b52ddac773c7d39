/**
 * Finding the recognised accrediting body a claim's words name: by one of its names or acronyms,
 * through a known organisation whose approval scheme it is, from a body's name followed by one of
 * the credit types in the data, or from several bodies named in a list. Exact lookups only: a name
 * that misses is for the look-alike rules (`lookalike.ts`) to judge.
 * @module
 */
import type { Accreditor } from '../reference/schemas.js';
import type { EvaluationContext } from './context.js';
import { organisationsNamed } from './identity-verdict.js';

/** A recognised accrediting body found, and how. */
export interface NamedAccreditor {
  readonly accreditor: Accreditor;
  readonly via: string;
}

/**
 * The first candidate that names a recognised accrediting body alone, or a known organisation
 * (provider, regulator, university) whose CPD approval runs under a recognised accreditor on the
 * same web domain ("Royal College of Nursing" → RCN Centre for Professional Accreditation; "An Bord
 * Altranais", NMBI's former name, → NMBI).
 */
export function findAccreditorIn(
  context: EvaluationContext,
  candidates: readonly string[],
): NamedAccreditor | undefined {
  const { reference } = context;
  for (const candidate of candidates) {
    const hit = reference.findAccreditor(candidate);
    if (hit && !hit.ambiguous) return { accreditor: hit.entry, via: `${hit.via} "${candidate}"` };
  }
  for (const candidate of candidates) {
    for (const organisation of organisationsNamed(context, candidate)) {
      for (const domain of organisation.domains) {
        const accreditor = reference.findAccreditorByDomain(domain);
        if (accreditor) {
          return {
            accreditor,
            via: `organisation "${candidate}" (${organisation.name}), whose approval scheme is ${accreditor.name}`,
          };
        }
      }
    }
  }
  return undefined;
}

/**
 * The ways a claim may list bodies, each as its parts without a leading "the": split at commas,
 * semicolons and slashes ("AHPRA / Nursing and Midwifery Board of Australia"), then also at "and"
 * and "&" ("the RCN and the RCM"). A reading with one part lists none.
 */
export function listReadings(text: string): string[][] {
  const parts = (pattern: RegExp): string[] =>
    text
      .split(pattern)
      .filter((p) => p !== '')
      .map((p) => p.replace(/^the\s+/i, ''));
  return [parts(/\s*[,;/]\s*/), parts(/\s*[,;/]\s*|\s+(?:&|and)\s+/i)].filter(
    (reading) => reading.length > 1,
  );
}

/**
 * Several recognised bodies named in one claim ("ACCME/ANCC", "ACCME, ACPE and ANCC", "the RCN and
 * the RCM"), in the first of `texts` (ways of reading the claim) that names them: the first body,
 * when every one is a recognised accrediting body (a name holding "and" is not split into a real
 * body and words that are none).
 */
export function firstOfListed(
  context: EvaluationContext,
  texts: readonly string[],
): NamedAccreditor | undefined {
  for (const text of new Set(texts)) {
    for (const parts of listReadings(text)) {
      const found = parts.map((p) => findAccreditorIn(context, [p]));
      if (found.every((f) => f !== undefined)) return found[0];
    }
  }
  return undefined;
}

/** The most words a credit type's name has ("AMA PRA Category 1 Credit(s)" has five). */
const CREDIT_NAME_MAX_WORDS = 8;

/**
 * A recognised body's name followed by one of the credit types in the data ("ACCME AMA PRA
 * Category 1 Credit", "Joint Accreditation IPCE credit", "ANZCA CPD points"), in the first of
 * `texts` (ways of reading the claim) that has one: the body, and the credit as its credit type.
 * The longest credit name at the end is tried first.
 */
export function accreditorBeforeCredit(
  context: EvaluationContext,
  texts: readonly string[],
): { found: NamedAccreditor; creditType: string } | undefined {
  for (const text of new Set(texts)) {
    const words = text.split(' ');
    for (let k = Math.min(CREDIT_NAME_MAX_WORDS, words.length - 1); k >= 1; k--) {
      const creditType = words.slice(-k).join(' ');
      if (context.reference.findCreditType(creditType) === undefined) continue;
      const body = words
        .slice(0, -k)
        .join(' ')
        .replace(/[\s,;:–—-]+$/, '');
      const found = findAccreditorIn(context, [body]);
      if (found) return { found, creditType };
    }
  }
  return undefined;
}
