/**
 * What an accreditation claim's body names, whoever makes the claim: a recognised accreditor (by
 * id, name, abbreviation, standard statement, a known organisation whose approval scheme it runs,
 * or a credit type it defines), a body published lists call unrecognised, a regulator, a body that
 * accredits no courses, a look-alike of a known body, or a body credence does not know (neutral).
 * Fuzzy matches only ever lead to "look-alike", never to recognition. What the provider making
 * the claim changes is in `provider-claims.ts`.
 * @module
 */
import type { AccreditationClaim } from '../model/course.js';
import { namesWithin } from '../reference/names-within.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { Reference } from '../reference/reference.js';
import { approvalOf } from '../reference/regulator-approval.js';
import type { Accreditor, CreditType, NonAccreditor, Regulator } from '../reference/schemas.js';
import { readName } from '../text/canonical-name.js';
import { disguise, mixesScripts, otherScriptWordsInLatin } from '../text/disguise.js';
import { escapeRegExp } from '../text/normalize.js';
import {
  accreditorBeforeCredit,
  accreditorInBrackets,
  findAccreditorIn,
  firstOfList,
  firstOfListed,
  separatedParts,
} from './accreditor-named.js';
import { type ClaimText, mentionsRequirement, readClaimText, saysPending } from './claim-text.js';
import type { EvaluationContext } from './context.js';
import { organisationsNamed } from './identity-verdict.js';
import { listedWithWordAdded } from './listed-word-added.js';
import {
  creditOwnerLookalike,
  type Lookalike,
  nameLookalike,
  nearAcronymCredit,
} from './lookalike.js';

/** What a claim turned out to be. */
export type ClaimStatus =
  | 'recognised'
  | 'expired'
  | 'unrecognised'
  | 'lookalike'
  | 'impersonated'
  | 'regulator'
  | 'non-accreditor'
  | 'self-named'
  | 'requirement-mention'
  | 'pending'
  | 'own-activity'
  | 'unknown';

/** Whether a claim's accreditation number says it has not been granted yet ("pending", "TBC"). */
export const referencePending = (claim: AccreditationClaim): boolean =>
  claim.reference !== undefined && saysPending(claim.reference);

/**
 * What a claim's body and credit type resolve to: everything but its amount, its hours and who
 * makes it (`claims.ts`).
 */
export interface BodyResolution {
  readonly status: ClaimStatus;
  /** The recognised body (recognised, expired and impersonated claims). */
  readonly accreditor?: Accreditor;
  /** The credit type, when the claim names one the body grants (or that the data defines). */
  readonly credit?: CreditType;
  /** The regulator named (regulator and requirement-mention claims). */
  readonly regulator?: Regulator;
  /** The body that accredits no courses (non-accreditor claims). */
  readonly nonAccreditor?: NonAccreditor;
  /** The look-alike evidence (look-alike claims). */
  readonly lookalike?: Lookalike;
  /** The known organisation named that accredits nothing credence knows of (unknown claims). */
  readonly organisation?: KnownOrganisation;
  /** The accreditor named whose rules forbid advertising its accreditation as pending (pending claims). */
  readonly pendingForbiddenBy?: Accreditor;
  /** How the body was identified, or why it was not, in a sentence. */
  readonly evidence: string;
}

/**
 * The look-alike evidence against a claim's body: its name as read, or as written before a
 * trailing "Accreditation" was taken off ("Council for Higher Eduction Accreditation").
 */
const lookalikeOf = (context: EvaluationContext, text: ClaimText): Lookalike | undefined =>
  nameLookalike(context, text.body) ??
  (text.whole === text.body ? undefined : nameLookalike(context, text.whole));

/**
 * Words that make a claim text a sentence about accreditation rather than a body's name, in the
 * languages of the bodies listed (English, German, French, Spanish, Italian, Dutch).
 */
const CLAIM_VERB =
  /(?:^|[^\p{L}])(?:accredited|approved|designated|certified|endorsed|recogni[sz]ed|zertifiziert|anerkannt|akkreditiert|accrédité|agréé|acreditad[oa]|accreditat[oaie]|geaccrediteerd)(?![\p{L}])/iu;

/**
 * Known organisations named inside a claim that is a whole sentence ("Approved provider … by the
 * X, an accredited approver by the American Nurses Credentialing Center's Commission on
 * Accreditation"). A text without a claim verb is a name, and a name that merely contains a
 * known one ("Royal College of Nursing Accreditation Institute") is for the look-alike rules.
 */
function sentenceNames(context: EvaluationContext, body: string) {
  return CLAIM_VERB.test(body) ? namesWithin(context.reference.directory, body) : [];
}

/** Units of CPD a regulator's requirement is counted in ("CPD hours", "CE points", "hours"). */
const COUNTED_UNITS =
  /^(?:(?:cpd|ce|cme|cne|cpe)\s+)?(?:contact\s+)?(?:hours?|points?|credits?|units?)$/i;

/**
 * A word saying which of a requirement's hours they are, before the units ("endorsement CPD
 * hours", "midwifery CPD hours", "mandatory CPD hours"; a claim verb is read apart).
 */
const KIND_OF_HOURS = /^[\p{L}-]+\s+(?=(?:cpd|ce|cme|cne|cpe)\s)/iu;

/** Bracketed words in a credit type's name. */
const BRACKETS = /\(([^()]{1,80})\)/g;

/** The credit type a claim names (its `creditType`, or the scheme words of its text). */
function creditFor(
  reference: Reference,
  claim: AccreditationClaim,
  accreditor: Accreditor | undefined,
  scheme: string | undefined,
  body: string,
): { credit?: CreditType; accreditor?: Accreditor } {
  // "MOC Section 3 (Accredited Self-Assessment Program)": the text, then without its brackets,
  // then what they hold.
  const named = [claim.creditType, scheme && `${body} ${scheme}`, scheme]
    .filter((t): t is string => t !== undefined && t !== '')
    .flatMap((t) => [
      t,
      t.replace(BRACKETS, ' ').trim(),
      ...[...t.matchAll(BRACKETS)].map((m) => m[1] as string),
    ]);
  for (const text of named) {
    const hit = reference.findCreditType(text);
    if (
      hit &&
      (accreditor === undefined ||
        hit.accreditor.id === accreditor.id ||
        reference.creditsOf(accreditor.id).includes(hit.credit))
    ) {
      return { credit: hit.credit, accreditor: accreditor ?? hit.accreditor };
    }
  }
  if (accreditor) {
    const own = reference.creditsOf(accreditor.id);
    const sameUnit = own.filter((c) => claim.unit === undefined || c.unit === claim.unit);
    if (sameUnit.length === 1) return { credit: sameUnit[0] as CreditType, accreditor };
  }
  return accreditor ? { accreditor } : {};
}

/**
 * Whether a text says the regulator approved something: "GMC approved", "accredited by the NMC"
 * (not "… met through an accredited CPD home", where the approval is another's).
 */
function approvalBy(regulator: RegulatorOrganisation, text: string): boolean {
  const forms = [regulator.name, ...regulator.entry.abbreviations].map(escapeRegExp).join('|');
  return new RegExp(approvalOf(forms), 'i').test(text);
}

/** A statutory regulator (not a certifying programme listed for its requirement). */
type RegulatorOrganisation = Extract<KnownOrganisation, { role: 'regulator' }>;
const isStatutoryRegulator = (o: KnownOrganisation): o is RegulatorOrganisation =>
  o.role === 'regulator' && o.entry.statutory;

/**
 * The statutory regulator a claim names: the whole body name, the first of several regulators
 * listed ("AHPRA / Nursing and Midwifery Board of Australia"), or — when the text only mentions a
 * requirement ("counts towards NMC revalidation") — an abbreviation anywhere in it.
 */
function regulatorNamed(
  context: EvaluationContext,
  text: string,
  anywhere: boolean,
): RegulatorOrganisation | undefined {
  const regulatorIn = (part: string) =>
    organisationsNamed(context, part).find(isStatutoryRegulator);
  const named = regulatorIn(text) ?? firstOfList(text, regulatorIn);
  if (named || !anywhere) return named;
  for (const word of text.split(/[^A-Za-z0-9&]+/)) {
    if (!/^[A-Z]{2,8}$/.test(word)) continue;
    const found = context.reference.directory
      .byAcronym(word.toLowerCase())
      .find(isStatutoryRegulator);
    if (found) return found;
  }
  return undefined;
}

/**
 * Words that make an approving arm of a body ("CPD Accreditation Board", "International",
 * "Global CPD Council"), after its name or acronym.
 */
const ARM =
  /^(?:(?:cpd|ce|cme)\s+)*(?:international|intl|global|accreditation|approvals?|board|council|committee|commission|unit|office|division|department|portal)(?:\s+(?:cpd|ce|cme|international|intl|global|accreditation|approvals?|board|council|committee|commission|unit|office|division|department|portal))*$/i;

/**
 * A regulator that approves no CPD, named with an approving arm it does not have ("GMC CPD
 * Accreditation Board", "Health and Care Professions Council International (HCPC-I)": blind mills
 * round 114): the regulator the claim borrows.
 */
function armOf(context: EvaluationContext, text: string): RegulatorOrganisation | undefined {
  const words = text.replace(BRACKETS, ' ').trim().split(/\s+/);
  // An arm is a few words at the end ("Global CPD Accreditation Council"): a longer tail is read
  // no further, so a hostile body of many words costs no more than a short one.
  for (let at = words.length - 1; at > Math.max(0, words.length - 6); at--) {
    if (!ARM.test(words.slice(at).join(' '))) continue;
    const found = regulatorNamed(context, words.slice(0, at).join(' '), false);
    if (found?.entry.approvesCpd === false) return found;
  }
  return undefined;
}

/**
 * Resolves a claim's body and credit type, independent of who makes it except for
 * `designatedBy`: a credit type named beside an unknown body counts only when that body is the
 * provider itself (accredited providers designate credit such as AMA PRA Category 1 themselves).
 */
export function resolveBody(
  context: EvaluationContext,
  claim: Pick<AccreditationClaim, 'body' | 'creditType' | 'unit'>,
  designatedBy: string | undefined,
): BodyResolution {
  const { reference } = context;
  const text = readClaimText(claim.body);
  // A body of blanks or marks alone ("  ", "™") names no one.
  if (text.candidates.length === 0) {
    return { status: 'unknown', evidence: `"${claim.body}" names no body` };
  }
  for (const candidate of text.candidates) {
    const listed = reference.findUnrecognised(candidate);
    if (listed) {
      const source = listed.entry.listings[0]?.by ?? 'a published list';
      const mimics = listed.entry.mimics
        ? reference.findAccreditor(listed.entry.mimics)?.entry
        : undefined;
      return {
        status: 'unrecognised',
        evidence: `"${claim.body}" is listed as unrecognised by ${source}${mimics ? `; its name imitates ${mimics.name}` : ''}`,
      };
    }
  }
  const within = sentenceNames(context, text.body);
  const listedWithin = within.find((n) => n.organisation.role === 'unrecognised');
  if (listedWithin?.organisation.role === 'unrecognised') {
    const source = listedWithin.organisation.entry.listings[0]?.by ?? 'a published list';
    return {
      status: 'unrecognised',
      evidence: `"${claim.body}" names ${listedWithin.organisation.name}, listed as unrecognised by ${source}`,
    };
  }
  // A body's name written to hide itself ("AC\u200BCME", "ＲＣＮ") is not taken for the body:
  // the look-alike rules judge it. Nor is a name mixing scripts in a word ("RАCGP" with a
  // Cyrillic А), which folded to Latin reads as another body's ("RCGP") or none, or one writing
  // an acronym in such letters beside Latin words ("… Medical Education (АССМЕ)").
  const mixed = mixesScripts(claim.body);
  if (
    disguise(claim.body) !== undefined ||
    mixed ||
    otherScriptWordsInLatin(claim.body).length > 0
  ) {
    const lookalike = lookalikeOf(context, text);
    if (lookalike) return { status: 'lookalike', lookalike, evidence: lookalike.evidence };
    if (mixed) {
      return {
        status: 'unknown',
        evidence: `"${claim.body}" mixes letters of two alphabets in a word: not read as a known body's name`,
      };
    }
  }
  // "AMA PRA Category 1 Credit™ pending": credit is designated in advance or not at all, and
  // until it is granted the activity is not accredited (whoever is named). So too when the credit
  // type says so ("MOC Section 1 (accreditation pending)", blind mills rounds 41 to 45), or the
  // accreditation number it gives is still to come ("pending", "TBC": blind mills round 49).
  if (
    text.pending ||
    (claim.creditType !== undefined && saysPending(claim.creditType)) ||
    referencePending(claim)
  ) {
    const named = findAccreditorIn(context, text.candidates)?.accreditor;
    // The credit it would be, whose rule still says what its amount stands for; its owner's rule
    // binds whoever claims it, however the body is written ("Royal College of Physicians of
    // Canada" with "MOC Section 1 (accreditation pending)": blind mills round 56).
    const { credit, accreditor } = creditFor(reference, claim, named, text.scheme, text.body);
    return {
      status: 'pending',
      ...(accreditor?.forbidsPendingClaims ? { pendingForbiddenBy: accreditor } : {}),
      ...(credit === undefined ? {} : { credit }),
      evidence: `"${claim.body}" says the accreditation is pending: it has not been granted`,
    };
  }
  const byStatement = reference.findAccreditorByStatement(claim.body);
  const accreditorWithin = within.find((n) => n.organisation.role === 'accreditor');
  const named = byStatement
    ? { accreditor: byStatement, via: `${byStatement.name}'s standard statement` }
    : (findAccreditorIn(context, text.candidates) ??
      (accreditorWithin?.organisation.role === 'accreditor'
        ? {
            accreditor: accreditorWithin.organisation.entry,
            via: `its name within the sentence ("${accreditorWithin.form}")`,
          }
        : accreditorInBrackets(context, claim.body)));
  // Each way of reading the claim is tried once (they are often the same text).
  const beforeCredit =
    named === undefined
      ? accreditorBeforeCredit(context, [
          [text.body, text.scheme].filter(Boolean).join(' '),
          claim.body.replace(/\s+/g, ' ').trim(),
        ])
      : undefined;
  const found = named ?? beforeCredit?.found ?? firstOfListed(context, [text.whole, text.body]);
  // A claim listing several bodies is as good as its worst: one imitation among them ("AMA PRA
  // Cat. 1 / Accreditation Council for Continuing Medial Education (ACCME)") taints it, whether
  // or not the rest resolved ("ACCME / Accreditation Counsil for Pharmacy Education"). Read at
  // separators only: "and" is inside many a real name. A part that names a recognised body is
  // that body, whatever else its words resemble ("American Nurses Credentialing Center (ANCC)
  // (Joint Accreditation)": blind round 54).
  const parts = separatedParts(claim.body);
  const imitationListed =
    parts.length > 1
      ? parts
          .map((part) => readClaimText(part).candidates)
          .filter((candidates) => findAccreditorIn(context, candidates) === undefined)
          .flat()
          .map((candidate) => nameLookalike(context, candidate))
          .find((l) => l !== undefined)
      : undefined;
  if (imitationListed) {
    return { status: 'lookalike', lookalike: imitationListed, evidence: imitationListed.evidence };
  }
  // A name imitating a body, beside that body's acronym in brackets, borrows the acronym
  // ("American Nurses Credentialing Commission (ANCC)": blind mills round 102).
  const bare = text.body.replace(/\s*\([^()]*\)/g, '');
  const borrowed = found && bare !== text.body ? nameLookalike(context, bare) : undefined;
  if (borrowed && borrowed.target.entry === found?.accreditor) {
    return { status: 'lookalike', lookalike: borrowed, evidence: borrowed.evidence };
  }
  // A body that is itself a credit type ("AMA PRA Category 1 Credits™") is the provider's own
  // designation of that credit.
  const creditAsBody = found
    ? undefined
    : (reference.findCreditType(text.candidates[text.candidates.length - 1] as string) ??
      reference.findCreditType(text.body));
  const selfDesignated =
    creditAsBody !== undefined ||
    (designatedBy !== undefined && readName(text.body).key === readName(designatedBy).key);
  if (found || (selfDesignated && (creditAsBody !== undefined || claim.creditType !== undefined))) {
    const creditType = beforeCredit?.creditType ?? creditAsBody?.credit.name;
    const effective =
      creditType !== undefined && claim.creditType === undefined ? { ...claim, creditType } : claim;
    const { credit, accreditor } = creditFor(
      reference,
      effective,
      found?.accreditor,
      text.scheme,
      text.body,
    );
    if (accreditor) {
      const via = found
        ? `matched by ${found.via}`
        : `credit type "${effective.creditType}" designated by the provider under ${accreditor.name}`;
      return {
        status: 'recognised',
        accreditor,
        ...(credit ? { credit } : {}),
        evidence: `${accreditor.name} (${via})`,
      };
    }
  }
  // A requirement's mention is read whole; a claim by each of its readings ("HCPC approved CPD –
  // Health and Care Professions Council").
  const byName = text.requirementMention
    ? regulatorNamed(context, claim.body, true)
    : text.candidates.map((c) => regulatorNamed(context, c, false)).find((r) => r !== undefined);
  // An approving arm of a regulator that approves no CPD claims its approval, whatever the units.
  const arm = byName || text.requirementMention ? undefined : armOf(context, text.body);
  const regulator = byName ?? arm;
  // A regulator followed only by units of CPD ("NMC CPD hours", "GMC CPD points") counts the
  // activity toward its requirement; it says nothing of approval.
  // The credit type may be what says so, beside the regulator's plain name ("Supports GPhC
  // revalidation requirements", "Annual CPD requirement under the Medical Board of Australia
  // registration standard": blind round 32), when neither claims an approval.
  const typeSaysRequirement =
    claim.creditType !== undefined &&
    mentionsRequirement(claim.creditType) &&
    !CLAIM_VERB.test(claim.body) &&
    (regulator === undefined || !approvalBy(regulator, claim.creditType));
  // The units may be the claim's credit type beside the plain name of a regulator that approves
  // no CPD ("NMBA" with "CPD hours" or "endorsement CPD hours", as Ausmed states the hours its
  // conferences count for: blind round 60; "CPD hours (interactive)", the Optometry Board of
  // Australia's kind of CPD, blind round 117); the offering's own words may still say it
  // approved them (`content-rules.ts`).
  const type = claim.creditType?.trim() ?? '';
  const unitsOnly =
    COUNTED_UNITS.test(text.scheme ?? '') ||
    (regulator?.entry.approvesCpd === false &&
      !CLAIM_VERB.test(type) &&
      COUNTED_UNITS.test(type.replace(BRACKETS, '').trim().replace(KIND_OF_HOURS, '')));
  // So may the claim's own words, after the regulator's name and acronym ("General Dental Council
  // (GDC) verifiable CPD", "NMC (Nursing and Midwifery Council) Enhanced CPD"): the kind of CPD
  // its scheme counts, where no word claims an approval ("GDC Approved Verifiable CPD" does).
  const bodySaysRequirement =
    regulator !== undefined && mentionsRequirement(claim.body) && !CLAIM_VERB.test(claim.body);
  const countsToward =
    arm === undefined &&
    (text.requirementMention ||
      typeSaysRequirement ||
      bodySaysRequirement ||
      (unitsOnly && !CLAIM_VERB.test(claim.body)));
  if (regulator) {
    const { approvesCpd } = regulator.entry;
    return {
      status: countsToward ? 'requirement-mention' : 'regulator',
      regulator: regulator.entry,
      evidence: countsToward
        ? `"${claim.body}" says the activity counts toward a requirement of ${regulator.name}, a regulator: a requirement, not an approval`
        : approvesCpd === false
          ? `"${claim.body}" names ${regulator.name}, a regulator that approves no CPD courses: it sets the requirement and approves education programmes`
          : approvesCpd === true
            ? `"${claim.body}" names ${regulator.name}, a regulator that approves CPD providers itself; that it approved this offering could not be checked`
            : `"${claim.body}" names ${regulator.name}, a regulator; whether it approves CPD courses is not in the reference data`,
    };
  }
  // The claim's words with its credit type's: "American Heart Association" with "AHA Approved
  // ACLS" claims the approval the AHA says it never gives.
  const nonAccreditor = text.requirementMention
    ? undefined
    : reference.findNonAccreditor(`${claim.body} ${claim.creditType ?? ''}`);
  if (nonAccreditor) {
    return {
      status: 'non-accreditor',
      nonAccreditor,
      evidence: `"${claim.body}" names ${nonAccreditor.name}, which accredits no courses: ${nonAccreditor.statement} (${nonAccreditor.source})`,
    };
  }
  const known = organisationsNamed(context, text.body);
  if (known.length === 0) {
    // The credit the claim names, whoever grants it ("AMA PRA Category 1 Credit™").
    const credit = [claim.creditType, text.scheme]
      .map((t) => (t === undefined ? undefined : reference.findCreditType(t)))
      .find((c) => c !== undefined);
    const lookalike =
      lookalikeOf(context, text) ??
      (credit === undefined
        ? nearAcronymCredit(context, text.body, claim.creditType)
        : creditOwnerLookalike(context, text.body, credit));
    if (lookalike) return { status: 'lookalike', lookalike, evidence: lookalike.evidence };
    const grown = listedWithWordAdded(context, text.body);
    if (grown) {
      return {
        status: 'unrecognised',
        evidence: `"${claim.body}" is ${grown.name}, listed as unrecognised by ${grown.listings[0]?.by ?? 'a published list'}, with a word added`,
      };
    }
  }
  // The credit type it names, whoever grants it ("Group 3 CPD"): that credit's own rule says
  // what an amount of it stands for, whoever claims it (blind round 48: 24 Group 3 credits of
  // Australian pharmacy for eight hours are three an hour, as the scheme gives).
  const { credit } = creditFor(reference, claim, undefined, text.scheme, text.body);
  return {
    status: 'unknown',
    ...(credit === undefined ? {} : { credit }),
    ...(known[0] === undefined ? {} : { organisation: known[0] }),
    evidence:
      known.length > 0
        ? `"${claim.body}" is ${known[0]?.name}, which the reference data does not list as an accrediting body`
        : `"${claim.body}" is not a body in the reference data`,
  };
}
