/**
 * Resolving accreditation claims against the reference data. A claim names a recognised body
 * (exact id, canonical name, registered abbreviation, or a credit type the body defines), a
 * body published lists call unrecognised, a regulator (which approves no CPD courses), a
 * look-alike of a known body, or a body credence does not know (neutral). A recognised claim
 * loses its credit when the provider's own name or web address imitates the body it names.
 * Fuzzy matches only ever lead to "look-alike", never to recognition.
 * @module
 */
import type { AccreditationClaim, Course } from '../model/course.js';
import { namesWithin } from '../reference/names-within.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { Reference } from '../reference/reference.js';
import type { Accreditor, CreditType, NonAccreditor, Regulator } from '../reference/schemas.js';
import { acronymKey, readName } from '../text/canonical-name.js';
import { disguise } from '../text/disguise.js';
import { idOf, shared } from './batch.js';
import { readClaimText } from './claim-text.js';
import { createContext, dayNumber, type EvaluationContext } from './context.js';
import { claimHours, mostGenerousCredit } from './credit-hours.js';
import { ACADEMIC_WORDS, ORGANISATION_FORM_WORDS } from './defaults.js';
import { type Identity, type Imitation, organisationsNamed, providerIdentity } from './identity.js';
import { type Lookalike, nameLookalike } from './lookalike.js';

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

/** A claim and what the reference data says about it. */
export interface ResolvedClaim {
  readonly claim: AccreditationClaim;
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
  /** How the provider imitates the body it names (impersonated claims). */
  readonly imitation?: Imitation['basis'];
  /** How the body was identified, or why it was not, in a sentence. */
  readonly evidence: string;
  /** Credit claimed, in the claim's unit. */
  readonly amount?: number;
  /** Learning hours the claimed credit stands for (by the credit's rule or the unit's convention). */
  readonly hours?: number;
}

function findAccreditorIn(
  context: EvaluationContext,
  candidates: readonly string[],
): { accreditor: Accreditor; via: string } | undefined {
  const { reference } = context;
  for (const candidate of candidates) {
    const hit = reference.findAccreditor(candidate);
    if (hit && !hit.ambiguous) return { accreditor: hit.entry, via: `${hit.via} "${candidate}"` };
  }
  // A known organisation (provider, regulator, university) whose CPD approval runs under a
  // recognised accreditor on the same web domain ("Royal College of Nursing" → RCN Centre for
  // Professional Accreditation; "An Bord Altranais", NMBI's former name, → NMBI).
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
 * Words that make a claim text a sentence about accreditation rather than a body's name, in the
 * languages of the bodies listed (English, German, French, Spanish, Italian, Dutch).
 */
const CLAIM_VERB =
  /(?:^|[^\p{L}])(?:accredited|approved|designated|certified|endorsed|recogni[sz]ed|zertifiziert|anerkannt|akkreditiert|accrédité|agréé|acreditad[oa]|accreditat[oa]|geaccrediteerd)(?![\p{L}])/iu;

/**
 * Known organisations named inside a claim that is a whole sentence ("Approved provider … by the
 * X, an accredited approver by the American Nurses Credentialing Center's Commission on
 * Accreditation"). A text without a claim verb is a name, and a name that merely contains a
 * known one ("Royal College of Nursing Accreditation Institute") is for the look-alike rules.
 */
function sentenceNames(context: EvaluationContext, body: string) {
  return CLAIM_VERB.test(body) ? namesWithin(context.reference.directory, body) : [];
}

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

/** A statutory regulator (not a certifying programme listed for its requirement). */
type RegulatorOrganisation = Extract<KnownOrganisation, { role: 'regulator' }>;
const isStatutoryRegulator = (o: KnownOrganisation): o is RegulatorOrganisation =>
  o.role === 'regulator' && o.entry.statutory;

/**
 * The statutory regulator a claim names: the whole body name, or — when the text only mentions a
 * requirement ("counts towards NMC revalidation") — an abbreviation anywhere in it.
 */
function regulatorNamed(
  context: EvaluationContext,
  text: string,
  anywhere: boolean,
): RegulatorOrganisation | undefined {
  const named = organisationsNamed(context, text).find(isStatutoryRegulator);
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

/** What a claim's body and credit type resolve to: everything but its amount and dates. */
type BodyResolution = Omit<ResolvedClaim, 'claim' | 'amount' | 'hours'>;

/**
 * Resolves a claim's body and credit type, independent of who makes it except for
 * `designatedBy`: a credit type named beside an unknown body counts only when that body is the
 * provider itself (accredited providers designate credit such as AMA PRA Category 1 themselves).
 */
function resolveBody(
  context: EvaluationContext,
  claim: Pick<AccreditationClaim, 'body' | 'creditType' | 'unit'>,
  designatedBy: string | undefined,
): BodyResolution {
  const { reference } = context;
  const text = readClaimText(claim.body);
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
  // the look-alike rules judge it.
  if (disguise(claim.body) !== undefined) {
    const lookalike = nameLookalike(context, text.body);
    if (lookalike) return { status: 'lookalike', lookalike, evidence: lookalike.evidence };
  }
  // "AMA PRA Category 1 Credit™ pending": credit is designated in advance or not at all, and
  // until it is granted the activity is not accredited (whoever is named).
  if (text.pending) {
    return {
      status: 'pending',
      evidence: `"${claim.body}" says the accreditation is pending: it has not been granted`,
    };
  }
  const byStatement = reference.findAccreditorByStatement(claim.body);
  const accreditorWithin = within.find((n) => n.organisation.role === 'accreditor');
  const found = byStatement
    ? { accreditor: byStatement, via: `${byStatement.name}'s standard statement` }
    : (findAccreditorIn(context, text.candidates) ??
      (accreditorWithin?.organisation.role === 'accreditor'
        ? {
            accreditor: accreditorWithin.organisation.entry,
            via: `its name within the sentence ("${accreditorWithin.form}")`,
          }
        : undefined));
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
    const effective =
      creditAsBody && claim.creditType === undefined
        ? { ...claim, creditType: creditAsBody.credit.name }
        : claim;
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
  const regulator = regulatorNamed(
    context,
    text.requirementMention ? claim.body : text.body,
    text.requirementMention,
  );
  if (regulator?.entry.approvesCpd === true && !text.requirementMention) {
    return {
      status: 'unknown',
      evidence: `"${claim.body}" names ${regulator.name}, a regulator that approves CPD providers itself; that it approved this offering could not be checked`,
    };
  }
  if (regulator) {
    return {
      status: text.requirementMention ? 'requirement-mention' : 'regulator',
      regulator: regulator.entry,
      evidence: text.requirementMention
        ? `"${claim.body}" says the activity counts toward a requirement of ${regulator.name}, a regulator: a requirement, not an approval`
        : regulator.entry.approvesCpd === false
          ? `"${claim.body}" names ${regulator.name}, a regulator that approves no CPD courses: it sets the requirement and approves education programmes`
          : `"${claim.body}" names ${regulator.name}, a regulator; whether it approves CPD courses is not in the reference data`,
    };
  }
  const nonAccreditor = text.requirementMention
    ? undefined
    : reference.findNonAccreditor(claim.body);
  if (nonAccreditor) {
    return {
      status: 'non-accreditor',
      nonAccreditor,
      evidence: `"${claim.body}" names ${nonAccreditor.name}, which accredits no courses: ${nonAccreditor.statement} (${nonAccreditor.source})`,
    };
  }
  const known = organisationsNamed(context, text.body);
  if (known.length === 0) {
    const lookalike = nameLookalike(context, text.body);
    if (lookalike) return { status: 'lookalike', lookalike, evidence: lookalike.evidence };
  }
  return {
    status: 'unknown',
    evidence:
      known.length > 0
        ? `"${claim.body}" is ${known[0]?.name}, which the reference data does not list as an accrediting body`
        : `"${claim.body}" is not a body in the reference data`,
  };
}

/**
 * Resolves a claim: its body (shared by every claim with the same body, credit type, unit and
 * designating provider), then its amount, the hours it stands for, and its expiry.
 */
function resolveClaimFields(
  context: EvaluationContext,
  claim: AccreditationClaim,
  designatedBy: string | undefined,
): ResolvedClaim {
  const body = shared(
    context.batch,
    'claim-body',
    () =>
      `${claim.body}\u0000${claim.creditType ?? ''}\u0000${claim.unit ?? ''}\u0000${designatedBy ?? ''}`,
    () => resolveBody(context, claim, designatedBy),
  );
  const until = claim.validUntil === undefined ? undefined : dayNumber(claim.validUntil);
  const expired = body.status === 'recognised' && until !== undefined && until < context.asOfDay;
  // A recognised body's claim that does not say which of its credits is read by its most
  // generous one.
  const rule =
    body.credit ??
    (body.accreditor === undefined
      ? undefined
      : mostGenerousCredit(context.reference.creditsOf(body.accreditor.id), claim.unit));
  const hours = claimHours(claim, rule, body.accreditor !== undefined);
  return {
    ...body,
    claim,
    ...(expired ? { status: 'expired' as const } : {}),
    ...(claim.credits === undefined ? {} : { amount: claim.credits }),
    ...(hours === undefined ? {} : { hours }),
  };
}

/**
 * The known organisation the provider imitates that stands behind this claim: the accreditor
 * itself, an organisation on its web domain (a royal college and its approval scheme), or an
 * accreditor whose providers designate the claimed credit (ACCME for AMA PRA Category 1).
 */
function imitated(
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
const ACCREDITING = /\baccredit/i;

/**
 * The distinctive word an unknown accrediting body shares with the provider's own name
 * ("Quillmore Accreditation Council" for Quillmore International University), or none: a word
 * that is in no known organisation's name and no clinical vocabulary, not a word saying what
 * form of body it is, and of four letters or more. Axact ran invented universities and the
 * accreditors that "accredited" them under shared names (University World News, 2015).
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
      !ACADEMIC_WORDS.has(w),
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
  if (key === ownKey || key.startsWith(`${ownKey} `)) return true;
  // Its acronym as the provider writes it in brackets, then a committee word.
  const acronyms = [...providerName.matchAll(/\(([^()]{2,12})\)/g)].map((m) =>
    acronymKey(m[1] as string),
  );
  return acronyms.includes(bodyWords[0] as string) && COMMITTEE_WORDS.test(bodyWords[1] ?? '');
}

/**
 * How an unknown accrediting body relates to the provider's own name: the provider itself or
 * its own unit, a separate body named after it (the brand word they share), or neither. The
 * accrediting body's name is read, not the whole sentence: "St. Vincent Hospital is accredited by
 * the Indiana State Medical Association" names the provider as the one accredited.
 */
function selfNaming(
  context: EvaluationContext,
  body: string,
  providerName: string,
): { readonly brand: string; readonly own: boolean } | undefined {
  const bodyWords = readName(readClaimText(body).body).key.split(' ');
  const ownKey = readName(providerName).key;
  const brand = sharedBrand(context, bodyWords, ownKey.split(' '));
  return brand === undefined
    ? undefined
    : { brand, own: isOwnUnit(bodyWords, ownKey, providerName) };
}

/** A body's own unit, in the languages of the bodies listed ("Commissie Accreditatie"). */
const COMMITTEE_WORDS = /^(?:committee|commissie|comite|comision|comitato|kommission|ausschuss)$/;

/**
 * Resolves one claim within an evaluation context, given the provider's identity: a recognised
 * body the provider's name or web address imitates is "impersonated" and earns nothing.
 */
export function resolveClaim(
  context: EvaluationContext,
  claim: AccreditationClaim,
  provider: { readonly name: string },
  identity: Identity,
): ResolvedClaim {
  // The provider's name matters only for a credit type named beside an unknown body.
  const designator = claim.creditType === undefined ? '' : provider.name;
  // Every field the resolution and the accreditation factor read: claims with equal keys share
  // one resolved object (whose `claim` is the first of them, equal in every field read).
  const resolved = shared(
    context.batch,
    'claim',
    () =>
      `${claim.body}\u0000${claim.creditType ?? ''}\u0000${claim.credits ?? ''}\u0000${claim.unit ?? ''}\u0000${claim.validUntil ?? ''}\u0000${claim.reference ?? ''}\u0000${(claim as { retroactive?: unknown }).retroactive === true}\u0000${designator}`,
    () => resolveClaimFields(context, claim, designator === '' ? undefined : designator),
  );
  // A public body naming a public authority (an NHS trust naming the NHS, WHO naming itself) is
  // not a mill borrowing its name.
  if (resolved.status === 'non-accreditor' && identity.publicBody) {
    return {
      ...resolved,
      status: 'unknown',
      evidence: `"${claim.body}" names ${resolved.nonAccreditor?.name}, which accredits no courses, from a public body: not an accreditation`,
    };
  }
  // A regulator naming itself: its own continuing-education activity (the OIIQ's own activities
  // count as accredited hours), not a third party presented as its approver.
  if (
    resolved.status === 'regulator' &&
    identity.status !== 'claimed' &&
    identity.organisation?.id === resolved.regulator?.id
  ) {
    return {
      ...resolved,
      status: 'own-activity',
      evidence: `"${claim.body}" names the provider itself, ${resolved.regulator?.name}: its own activity, not another body's approval`,
    };
  }
  if (resolved.status === 'unknown' && ACCREDITING.test(claim.body)) {
    const naming = shared(
      context.batch,
      'self-named-accreditor',
      () => `${claim.body}\u0000${provider.name}`,
      () => selfNaming(context, claim.body, provider.name),
    );
    // The provider itself or its own committee ("NVvH Commissie Accreditatie", "Verenso
    // (accreditatie via GAIA)"): a professional body approving its own specialty's CPD, as
    // national systems let it, not a separate accreditor under its name.
    if (naming?.own) {
      return {
        ...resolved,
        status: 'own-activity',
        evidence: `"${claim.body}" names the provider itself: its own approval, not another body's`,
      };
    }
    if (naming !== undefined) {
      return {
        ...resolved,
        status: 'self-named',
        evidence: `"${claim.body}" is named after the provider itself ("${naming.brand}"): an accreditor that bears the provider's own name is not independent of it`,
      };
    }
  }
  if (resolved.status !== 'recognised' || resolved.accreditor === undefined) return resolved;
  const imitation = imitated(identity, resolved.accreditor, resolved.credit);
  if (imitation === undefined) return resolved;
  const accreditor = resolved.accreditor;
  return shared(
    context.batch,
    'impersonated-claim',
    (batch) => `${idOf(batch, resolved)}:${idOf(batch, identity)}`,
    () => ({
      ...resolved,
      status: 'impersonated' as const,
      imitation: imitation.basis,
      evidence:
        imitation.basis === 'evidence'
          ? `${accreditor.name} is named, but the provider's own name or web address imitates ${imitation.organisation.name}`
          : `${accreditor.name} is named by a provider calling itself ${imitation.organisation.name} from a web address that is none of its known sites`,
    }),
  );
}

/**
 * Resolves every accreditation claim of a course.
 *
 * @example
 * ```ts
 * const claims = resolveClaims(course, { asOf: '2026-11-28' });
 * claims[0]?.status; // 'recognised'
 * ```
 */
export function resolveClaims(
  course: Course,
  options: { asOf: string; reference?: Reference; context?: EvaluationContext },
): ResolvedClaim[] {
  const context = options.context ?? createContext(options);
  const identity = providerIdentity(context, course);
  return (course.accreditations ?? []).map((claim) =>
    resolveClaim(context, claim, course.provider, identity),
  );
}
