/**
 * Known organisations named inside a longer text: "Approved provider … by the Mississippi Nurses
 * Foundation, an accredited approver by the American Nurses Credentialing Center's Commission on
 * Accreditation" names ANCC. Claims are often whole sentences; the body is in them somewhere.
 * Only whole names (two words or more, canonicalised as `readName` does) and registered acronyms
 * written in capitals count, so a common word never names a body.
 * @module
 */
import { acronymKey, readName } from '../text/canonical-name.js';
import type { KnownOrganisation, OrganisationDirectory } from './organisation-directory.js';

/** The most words a known name has: longer runs are not looked up. */
const MAX_NAME_WORDS = 14;
/** Longest text examined, in words. */
const MAX_TEXT_WORDS = 200;

/** An organisation a text names, and the words that name it. */
export interface NameWithin {
  readonly organisation: KnownOrganisation;
  /** The canonical name or acronym found. */
  readonly form: string;
}

/**
 * Organisations whose whole canonical name, or capitalised acronym, occurs in `text`; at each
 * position the longest name wins ("Royal College of Physicians and Surgeons of Glasgow" over
 * "Royal College of Physicians"), and names found inside a longer one are not reported.
 *
 * @example
 * ```ts
 * namesWithin(reference.directory, 'provider approved by the ANCC').map((n) => n.organisation.id);
 * // ['ancc']
 * ```
 */
export function namesWithin(directory: OrganisationDirectory, text: string): NameWithin[] {
  const found: NameWithin[] = [];
  const seen = new Set<KnownOrganisation>();
  const add = (organisation: KnownOrganisation, form: string) => {
    if (seen.has(organisation)) return;
    seen.add(organisation);
    found.push({ organisation, form });
  };
  const words = readName(text).key.split(' ').slice(0, MAX_TEXT_WORDS);
  for (let start = 0; start < words.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - start); n >= 2; n--) {
      const form = words.slice(start, start + n).join(' ');
      const hits = directory.byKey(form);
      if (hits.length === 0) continue;
      for (const organisation of hits) add(organisation, form);
      matched = n;
      break;
    }
    start += matched > 0 ? matched : 1;
  }
  for (const word of text.split(/[^\p{L}\p{N}&]+/u).slice(0, MAX_TEXT_WORDS)) {
    if (!/^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u.test(word)) continue;
    const acronym = acronymKey(word);
    for (const organisation of directory.byAcronym(acronym)) add(organisation, acronym);
  }
  return found;
}
