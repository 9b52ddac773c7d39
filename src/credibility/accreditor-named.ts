/**
 * Finding the recognised accrediting body a claim's words name: by one of its names or acronyms,
 * through a known organisation whose approval scheme it is, from a body's name followed by one of
 * the credit types in the data, or from several bodies named in a list. Exact lookups only: a name
 * that misses is for the look-alike rules (`lookalike.ts`) to judge.
 * @module
 */
import type { Accreditor } from '../reference/schemas.js';
import { acronymKey, readName } from '../text/canonical-name.js';
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
 * The parts of a text split at a list's separators, without a leading "the" each, nor the "and"
 * or "or" that ends a list ("ACCME, ACPE, and ANCC": blind round 54, as Medscape writes its joint
 * accreditation): no name starts with one.
 */
const partsAt = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((p) => p.replace(/^(?:and|or|&)\s+/i, '').replace(/^the\s+/i, ''))
    .filter((p) => p !== '');

/**
 * The bodies a claim lists at its commas, semicolons and slashes ("AMA PRA Cat. 1 / Accreditation
 * Council for …"): one part when it lists none. "And" is inside many a real name, so it is no
 * separator here.
 */
export const separatedParts = (text: string): string[] => partsAt(text, /\s*[,;/]\s*/);

/**
 * The first body a list names, when every part of it names one (`resolve`): read at the list's
 * separators ("AHPRA / Nursing and Midwifery Board of Australia"), then also at "and" and "&"
 * ("the RCN and the RCM"). A name holding "and" is thus not split into a real body and words
 * that are none.
 */
export function firstOfList<T>(
  text: string,
  resolve: (part: string) => T | undefined,
): T | undefined {
  for (const parts of [separatedParts(text), partsAt(text, /\s*[,;/]\s*|\s+(?:&|and)\s+/i)]) {
    if (parts.length < 2) continue;
    const found = parts.map(resolve);
    if (found.every((f) => f !== undefined)) return found[0];
  }
  return undefined;
}

/**
 * Several recognised accrediting bodies named in one claim ("ACCME/ANCC", "ACCME, ACPE and ANCC",
 * "the RCN and the RCM"), in the first of `texts` (ways of reading the claim) that names them:
 * the first body ({@link firstOfList}).
 */
export function firstOfListed(
  context: EvaluationContext,
  texts: readonly string[],
): NamedAccreditor | undefined {
  for (const text of new Set(texts)) {
    const found = firstOfList(text, (part) => findAccreditorIn(context, [part]));
    if (found) return found;
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

/** A name, then an acronym in brackets at the end ("Medscape, LLC (ACCME)"). */
const NAME_THEN_ACRONYM = /^(.+?)[\s,]*\(([A-Z][A-Za-z+]{2,9})\)$/;
/** Words of an accrediting body's own name: such a name before the acronym is not its provider's. */
const ACCREDITING_WORDS = /\b(?:accredit\w*|board|council|commission|agency)\b/i;

/**
 * A recognised accreditor's acronym in brackets after the name of the provider it accredits:
 * "Medscape, LLC (ACCME)", "Rush University Medical Center (ANCC)", "Society of Critical Care
 * Medicine (ACCME)", as joint providers and listing sites write each credit's accredited
 * provider with its accreditor (blind rounds). Not read where the bracket is the name's own
 * acronym ("Association for Clinical Pastoral Education, Inc. (ACPE)" is another ACPE), nor where
 * the name before it reads as an accrediting body itself ("… Accreditation Board (ACCME)") or shares
 * half the accreditor's own words ("Continuing Medical Education Council of America (ACCME)"):
 * those are for the name rules.
 *
 * @example
 * ```ts
 * accreditorInBrackets(context, 'Medscape, LLC (ACCME)')?.accreditor.id; // 'accme'
 * ```
 */
export function accreditorInBrackets(
  context: EvaluationContext,
  body: string,
): NamedAccreditor | undefined {
  const match = NAME_THEN_ACRONYM.exec(body.trim());
  if (match === null) return undefined;
  const [, before = '', acronym = ''] = match;
  const hit = context.reference.findAccreditor(acronym);
  if (hit === undefined || hit.ambiguous || ACCREDITING_WORDS.test(before)) return undefined;
  const words = readName(before).key.split(' ');
  const own = readName(hit.entry.name).key.split(' ');
  const initials = words.map((w) => w.charAt(0)).join('');
  if (initials.startsWith(acronymKey(acronym))) return undefined;
  if (own.filter((w) => words.includes(w)).length * 2 >= own.length) return undefined;
  return {
    accreditor: hit.entry,
    via: `its acronym "${acronym}" in brackets after "${before}", the provider it accredits`,
  };
}
