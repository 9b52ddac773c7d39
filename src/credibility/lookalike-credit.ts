/**
 * Look-alike rule 10 (see `lookalike.ts`): a claimed body one letter, or one word, from a
 * recognised accreditor whose own credit it claims to award.
 * @module
 */
import type { Policy } from '../model/policy.js';
import type { Reference } from '../reference/reference.js';
import type { Accreditor, CreditType } from '../reference/schemas.js';
import { acronymKey, type CanonicalName, readName } from '../text/canonical-name.js';
import { escapeRegExp } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';
import { sharedWords } from './lookalike-name-words.js';
import type { Lookalike, LookalikeContext } from './lookalike-types.js';

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
