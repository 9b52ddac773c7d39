/**
 * Look-alike rule 4 (see `lookalike.ts`): a university's leading brand ("Harvard") leading an
 * unknown name with an academic word of its own, on a web address that is not the university's.
 * @module
 */
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { WebAddress } from '../reference/web-address.js';
import { readName } from '../text/canonical-name.js';
import { ACADEMIC_WORDS, DESCRIPTIVE_NAME_WORDS } from './defaults.js';
import { isKnownName } from './lookalike-confusable-name.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';

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
