/**
 * What the provider making a claim changes about it: a recognised body the provider's own name or
 * web address imitates is impersonated; an unknown accrediting body named after the provider is
 * not independent of it, unless it is the provider itself or its own committee.
 * @module
 */
import type { Accreditor, CreditType } from '../reference/schemas.js';
import { acronymKey, nameAlternatives, readName } from '../text/canonical-name.js';
import { readClaimText } from './claim-text.js';
import type { EvaluationContext } from './context.js';
import { ACADEMIC_WORDS, ORGANISATION_FORM_WORDS } from './defaults.js';
import type { Identity, Imitation } from './identity.js';

/**
 * The known organisation the provider imitates that stands behind this claim: the accreditor
 * itself, an organisation on its web domain (a royal college and its approval scheme), or an
 * accreditor whose providers designate the claimed credit (ACCME for AMA PRA Category 1).
 */
export function imitated(
  identity: Identity,
  accreditor: Accreditor,
  credit: CreditType | undefined,
): Imitation | undefined {
  return identity.imitates.find(
    ({ organisation: o }) =>
      (o.role === 'accreditor' &&
        (o.id === accreditor.id ||
          (credit !== undefined && o.entry.creditRefs.includes(credit.id)))) ||
      o.domains.some((d) => accreditor.domains.includes(d)),
  );
}

/** A claim that names an accrediting body ("… Accreditation Council", "accredited by …"). */
export const ACCREDITING = /\baccredit/i;

/**
 * The distinctive word an unknown accrediting body shares with the provider's own name
 * ("Quillmore Accreditation Council" for Quillmore International University), or none: a word
 * that is in no known organisation's name and no clinical vocabulary, not a word saying what
 * form of body it is nor a place's name, and of four letters or more. Axact ran invented
 * universities and the accreditors that "accredited" them under shared names (University World
 * News, 2015).
 */
function sharedBrand(
  context: EvaluationContext,
  bodyWords: readonly string[],
  ownWords: readonly string[],
): string | undefined {
  const { lexicon } = context.reference.directory;
  return ownWords.find(
    (w) =>
      w.length >= 4 &&
      !/\d/.test(w) &&
      bodyWords.includes(w) &&
      !lexicon.has(w) &&
      !ORGANISATION_FORM_WORDS.has(w) &&
      !ACADEMIC_WORDS.has(w) &&
      // A place's name is every body of that place's ("Qatar Council for Healthcare
      // Practitioners" for Weill Cornell Medicine-Qatar: blind round 65).
      !context.reference.placeWords().has(w),
  );
}

/**
 * Whether a claim's body is the provider itself or one of its own units: its name, or its name
 * or acronym followed by what the unit is ("NVvH Commissie Accreditatie …" from the Nederlandse
 * Vereniging voor Heelkunde (NVvH)).
 */
function isOwnUnit(bodyWords: readonly string[], ownKey: string, providerName: string): boolean {
  const key = bodyWords.join(' ');
  if (ownKey === '') return false;
  // The provider itself, its unit ("… Commissie Accreditatie"), or the institution the provider
  // is a unit of ("University of Wisconsin-La Crosse" for its "… Continuing Education").
  if (key === ownKey || key.startsWith(`${ownKey} `) || ownKey.startsWith(`${key} `)) return true;
  // Its acronym as the provider writes it in brackets ("Accredited by FNOMCeO"), alone or
  // followed by a committee word.
  const acronyms = [...providerName.matchAll(/\(([^()]{2,12})\)/g)].map((m) =>
    acronymKey(m[1] as string),
  );
  return (
    acronyms.includes(bodyWords[0] as string) &&
    (bodyWords.length === 1 || COMMITTEE_WORDS.test(bodyWords[1] ?? ''))
  );
}

/**
 * How an unknown accrediting body relates to the provider's own name: the provider itself or
 * its own unit, a separate body named after it (the brand word they share), or neither. The
 * accrediting body's name is read, not the whole sentence: "St. Vincent Hospital is accredited by
 * the Indiana State Medical Association" names the provider as the one accredited.
 */
export function selfNaming(
  context: EvaluationContext,
  body: string,
  providerName: string,
): { readonly brand: string; readonly own: boolean } | undefined {
  const bodyWords = readName(readClaimText(body).body).key.split(' ');
  const ownKey = readName(providerName).key;
  const brand = sharedBrand(context, bodyWords, ownKey.split(' '));
  if (brand === undefined) return undefined;
  // The provider under a shorter form of its name ("Accredited by Mittuniversitetet" from
  // "Mittuniversitetet (Mid Sweden University)"; "FNOMCeO" from "FNOMCeO – Federazione …";
  // "Hogeschool Inholland" from "Hogeschool Inholland – Inholland Academy"; "HETI Higher
  // Education" from "Health Education and Training Institute (HETI) – HETI Higher Education",
  // blind round 98; "Moses/Weitzman Health System" from "Weitzman Institute, Moses/Weitzman
  // Health System", round 168) is the provider itself: each part of its name at a spaced dash or
  // a comma.
  const shorter = [
    providerName.replace(/\s*\([^()]*\)\s*$/, ''),
    ...providerName.split(/\s+[–—-]\s+|\s*,\s*/),
    ...nameAlternatives(providerName),
  ];
  const ownKeys = [ownKey, ...shorter.map((n) => readName(n).key).filter((k) => k !== '')];
  // The body may be the provider followed by what it is ("SIMG – Società Scientifica e Provider
  // ECM accreditato", the Italian general practitioners' society: blind round 167).
  const lead = readName(body.split(/\s+[–—-]\s+/)[0] as string).key.split(' ');
  return {
    brand,
    own: ownKeys.some(
      (key) => isOwnUnit(bodyWords, key, providerName) || isOwnUnit(lead, key, providerName),
    ),
  };
}

/** A body's own unit, in the languages of the bodies listed ("Commissie Accreditatie"). */
const COMMITTEE_WORDS = /^(?:committee|commissie|comite|comision|comitato|kommission|ausschuss)$/;
