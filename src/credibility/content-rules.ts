/**
 * Red flags read from what an offering says about itself: a qualification word on a short course
 * (NZQA bars qualification words on micro-credentials), "certified" with no assessment,
 * accreditation asserted in free text without naming a body, credit promised in every state with
 * no accreditor behind it (`blanket-acceptance.ts`), a listed mill or a look-alike named as its
 * accreditor (`accreditor-in-words.ts`), industry provision without independent accreditation
 * (ACCME and ANCC bar makers and sellers of health products), and what its partners turn out to
 * be (`partner-rules.ts`).
 * @module
 */
import type { Flag } from '../model/report.js';
import { namesNoBody, unnamedAccreditation } from './accreditation-text.js';
import { accreditorInWordsFlags } from './accreditor-in-words.js';
import { shortAestheticQualification } from './aesthetic-qualification.js';
import { blanketAcceptanceFlags } from './blanket-acceptance.js';
import type { EvaluationContext } from './context.js';
import { checkCredit } from './credit-hours.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import { answersForItsWords, partnerIdentity } from './identity.js';
import { independentlyAccredited, industryFlags } from './industry-rules.js';
import { namedImitationFlags } from './named-imitation.js';
import { partnerFlags } from './partner-rules.js';
import { leadsToRegulatedStatus } from './regulated-status.js';
import { statedCreditFlags } from './stated-credit.js';
import { lengthAtMost } from './stated-days.js';
import { textAddressFlags } from './text-addresses.js';

/**
 * Words naming a qualification. A graduate certificate ("Postgraduate Certificate", "PgCert") is
 * one: half a year to a year of full-time study, 600 to 1,200 hours in Australia's qualifications
 * framework (ASQA, https://asqa.gov.au/node/6287; blind mills round 91's "Graduate Certificate …
 * 4 Weeks"). Whole words in any script: "ma" in "maîtres" is no Master of Arts (blind round 167).
 */
const QUALIFICATION_WORDS =
  /(?<![\p{L}\p{N}_])(diploma|degree|bachelor'?s?|master'?s?(?!\s+class)|master certificate|mba|msc|ma|phd|doctorate|board[- ]certified|board certification|diplomate|fellowship|(?:post[\s-]?)?graduate\s+certificate|pg\s?cert)(?![\p{L}\p{N}_])/iu;
/**
 * A certification's title in a course's own title ("Certified Trauma Specialist", "EMDR Certified
 * Therapist"): a professional certification assesses competence independently of any one course
 * or course provider, and a course awards a certificate of what it taught, with no letters after
 * the name (Institute for Credentialing Excellence, "Certificate vs. Certification",
 * https://www.credentialingexcellence.org/Accreditation/New-to-Accreditation/Certificate-vs-Certification).
 * Held to the qualification words' length (blind mills rounds 2 to 83: 20 such titles among the
 * corpus's mills, none among its legitimate offerings under 40 hours).
 */
const CERTIFICATION_TITLE =
  /\b(certified\s+(?:[\p{L}-]+\s+){0,3}?(?:specialist|therapist|practitioner|consultant|expert|counsell?or|coach|educator))\b/iu;
/**
 * Words right after a qualification word (and its acronym in brackets, if any) that say the title
 * prepares for it, names its level or invites applicants to it, rather than awarding it
 * ("Fellowship Exam Preparation", "RCEM Fellowship (FRCEM) Revision Course", "Board Certification
 * Review", "Master's level module", "PG Diploma Open Evening").
 */
const NOT_THE_AWARD =
  /^\s+(?:\([^()]{1,20}\)\s+)?(?:exams?|examination|review|revision|prep|preparation|refresher|level|open|information|info|taster)\b/i;
/**
 * Certification words in a title; not a board's programme an activity counts toward ("Maintenance
 * of Certification", the ABMS boards'; the ABPN's "Continuing Certification": blind round 156).
 */
const CERTIFIED =
  /\b(certified|certificate|(?<!\b(?:maintenance of|continu(?:ing|ous)) )certification)\b/i;
/** Longest description examined for an accreditation claim. */
const DESCRIPTION_LIMIT = 5_000;

/** …for credit its hours could earn (15 ACCME credits for an hour is no accreditation). */
function creditedByAccreditor(offering: Offering, context: EvaluationContext): boolean {
  const { course, claims } = offering;
  const plausible = claims.filter(
    (c) =>
      checkCredit(course, c.hours, c.claim, c.credit, context.policy, c.leastHours)?.inflated !==
      true,
  );
  return independentlyAccredited(plausible);
}

/**
 * "Nationally accredited" from an Australian provider (its country, or its or the course's web
 * address under .au): in Australia the words name the national VET register, where the
 * Australian Skills Quality Authority lists each course it accredited with a national code, and
 * implying that training is accredited when it is not is an offence
 * (https://www.asqa.gov.au/course-accreditation/accreditation-asqa). A claim that can be checked,
 * not one that names no one (the Continence Foundation of Australia's graduate certificate, blind
 * round 115).
 */
function australianNationalAccreditation(offering: Offering, context: EvaluationContext): boolean {
  const { course } = offering;
  const words = `${course.title}\n${(course.description ?? '').slice(0, DESCRIPTION_LIMIT)}`;
  if (!/\bnationally\s+accredited\b/i.test(words)) return false;
  const australian = (url: string | undefined): boolean => {
    const suffix = url === undefined ? undefined : context.reference.webAddress(url)?.suffix;
    return suffix === 'au' || (suffix?.endsWith('.au') ?? false);
  };
  return (
    course.provider.country === 'AU' || australian(course.provider.url) || australian(course.url)
  );
}

/** The flags an offering's own text earns. */
export function contentFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, provider, claims } = offering;
  const flags: Flag[] = [];
  const qualification = QUALIFICATION_WORDS.exec(course.title);
  const found = qualification ?? CERTIFICATION_TITLE.exec(course.title);
  const word = found?.[1];
  // The catalogue's duration, else the most the title says it lasts ("… in 2 Days"), read only
  // for a title holding a qualification word.
  const stated =
    found && course.durationHours === undefined ? lengthAtMost(course.title) : undefined;
  const hours = course.durationHours ?? stated;
  const shortQualification =
    found !== null &&
    word !== undefined &&
    !NOT_THE_AWARD.test(course.title.slice(found.index + found[0].length)) &&
    hours !== undefined &&
    hours < context.policy.thresholds.qualificationWordMinHours &&
    !course.academicCredit;
  if (shortQualification) {
    flags.push(
      flag(
        'qualification-word-on-short-course',
        'warning',
        qualification
          ? `The title uses "${word}" for ${stated === undefined ? `${hours} hours` : `at most ${hours} hours, as the title states its length,`} of learning; qualifications such as diplomas and degrees take far longer (NZQA bars such words on micro-credentials).`
          : `The title awards "${word}" for ${stated === undefined ? `${hours} hours` : `at most ${hours} hours, as the title states its length,`} of learning; a professional certification assesses competence independently of any one course, which awards a certificate of what it taught.`,
      ),
    );
  }
  // A course in cosmetic injections sold as a qualification (`aesthetic-qualification.ts`), when
  // its title's qualification word has not already said so.
  const aesthetic = shortQualification
    ? undefined
    : shortAestheticQualification(
        course.title,
        (course.description ?? '').slice(0, DESCRIPTION_LIMIT),
        course.durationHours,
        context.policy,
      );
  if (aesthetic) {
    flags.push(
      flag(
        'qualification-word-on-short-course',
        'warning',
        `It sells a course in cosmetic injections as ${aesthetic}, which the Advertising Standards Authority has ruled misleading.`,
      ),
    );
  }
  // A certificate from an independently accredited activity records the credit its accreditor
  // grants for taking part, not a certified competence: live CME and CPD events award credit for
  // attendance (blind round 52: six accredited conferences with a certificate and no assessment).
  // So does a certificate from a provider that answers for it — a university its web address
  // confirms, a public body, a listed professional body: a programme's certificate of
  // participation ("Completing five modules earns a Level 1 Faculty Development Certificate",
  // McGill's Faculty of Medicine, blind round 82), noted, not warned.
  // So does a jointly provided activity's certificate, where its credit-awarding partner is such a
  // body (Rush University Medical Center's joint providership of a conference, blind round 131).
  // Who answers for the offering's words, as a note names it, or no one.
  const answering = (): 'its provider' | 'its credit-awarding partner' | undefined =>
    answersForItsWords(provider)
      ? 'its provider'
      : (course.partners ?? []).some(
            (p) => p.role === 'credit-awarding' && answersForItsWords(partnerIdentity(context, p)),
          )
        ? 'its credit-awarding partner'
        : undefined;
  const certificate = (): boolean =>
    course.credential?.type === 'certificate' && !creditedByAccreditor(offering, context);
  // So does a professional body's live event: a congress's certificate records attendance, as an
  // accredited conference's does (blind rounds 139, 149, 164 and 175: the German ophthalmologists'
  // and the Colombian anaesthetists' congresses, ISHLT's and ISTH's annual meetings). None of the
  // corpus's mills this warning alone catches is one; their societies sell self-paced packs.
  const liveMeeting = (): boolean =>
    provider.type === 'professional-body' &&
    (course.format === 'in-person' || course.format === 'live-online');
  // Certification its title or a micro-credential claims, read once.
  const unassessed = course.assessment?.type === 'none';
  const byTitle =
    unassessed && (CERTIFIED.test(course.title) || course.credential?.type === 'micro-credential');
  if (unassessed && (byTitle || certificate())) {
    const answered = !byTitle && answering() !== undefined;
    const attended = !byTitle && !answered && liveMeeting();
    flags.push(
      flag(
        'certified-without-assessment',
        answered || attended ? 'info' : 'warning',
        answered
          ? 'It awards a certificate, but nothing is assessed; its provider or credit-awarding partner is a verified organisation, so the certificate records participation.'
          : attended
            ? "It awards a certificate, but nothing is assessed; it is a professional body's live event, so the certificate records attendance."
            : 'It awards a certificate or certification, but nothing is assessed.',
      ),
    );
  }
  flags.push(...statedCreditFlags(offering, context));
  flags.push(...industryFlags(offering, context));
  // A provider that is itself a recognised CPD approver ("APA Accredited Course" from the
  // Australian Physiotherapy Association) names the accrediting body: itself. A claim whose body
  // is only the claim ("CPD accredited" in the accreditation column) is read as its own words.
  const ownApproval = provider.status !== 'claimed' && provider.selfApprover !== undefined;
  const nameless = claims.filter((c) => c.status === 'unknown' && namesNoBody(c.claim.body));
  if (
    nameless.length === claims.length &&
    !ownApproval &&
    unnamedAccreditation(
      course.title,
      [
        (course.description ?? '').slice(0, DESCRIPTION_LIMIT),
        ...nameless.map((c) => c.claim.body),
      ].join('\n'),
    ) !== undefined
  ) {
    // From a university its web address confirms, a public body or a listed professional body,
    // the vague claim is how such bodies' pages often say a national scheme accredits their CPD
    // ("A CPD accredited short course" from a South African university's faculty: blind round
    // 64): unchecked, not suspect. So is "nationally accredited" from an Australian provider.
    const national = australianNationalAccreditation(offering, context);
    const answers = answering();
    flags.push(
      flag(
        'unsubstantiated-accreditation-claim',
        answers !== undefined || national ? 'info' : 'warning',
        national
          ? 'It describes itself as nationally accredited, which in Australia names a course the Australian Skills Quality Authority accredited: check its national code on training.gov.au.'
          : answers !== undefined
            ? `It describes itself as accredited or certified but names no accrediting body, so the claim cannot be checked; ${answers} is a verified organisation: ask which scheme accredits it.`
            : 'It describes itself as accredited or certified but names no accrediting body, so the claim cannot be checked.',
      ),
    );
  }
  if (!flags.some((f) => f.code === 'unsubstantiated-accreditation-claim')) {
    flags.push(...blanketAcceptanceFlags(offering, context));
  }
  flags.push(...accreditorInWordsFlags(offering, context));
  flags.push(...namedImitationFlags(offering, context));
  flags.push(...millIndicatorFlags(offering, context));
  flags.push(...regulatorApprovalFlags(offering, context));
  flags.push(...partnerFlags(offering, context));
  // An address its words give, unless the provider's, the page's or a partner's address already
  // showed the imitation.
  const addressShown = [...provider.flags, ...flags].some(
    (f) => f.code === 'lookalike-domain' && f.severity === 'critical',
  );
  if (!addressShown) {
    flags.push(...textAddressFlags(offering, context));
  }
  return flags;
}

/**
 * A regulator that states it approves no CPD courses, said in the offering's own title or
 * description to have approved it (blind mills round 22). Such regulators approve education
 * programmes, curricula, training posts and trainers ("GMC-approved curriculum", "an HCPC approved
 * programme"), so the offering's words are an accusation (critical) only where what they say was
 * approved is CPD: CPD itself ("Safeguarding Adults Level 3 – NMC Accredited CPD"), or, from a
 * provider that does not present itself as a university (whose modules may sit in a programme the
 * regulator approved), a course for the regulator's own CPD scheme ("This NMC-approved course
 * meets all your revalidation requirements", blind mills rounds 22 and 24). Otherwise a note
 * (check what was approved). The claims' exceptions hold: a listed university or a public body,
 * or an offering that leads to what regulators grant, speaks of an education programme the
 * regulator approved. A claim already read as the regulator's speaks for itself.
 */
function regulatorApprovalFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, provider, claims } = offering;
  if (claims.some((c) => c.status === 'regulator')) return [];
  const university = provider.status !== 'claimed' && provider.organisation?.role === 'university';
  if (university || provider.publicBody) return [];
  const words = `${course.title}\n${(course.description ?? '').slice(0, DESCRIPTION_LIMIT)}`;
  const found = context.reference.findRegulatorApproval(words);
  if (found === undefined || leadsToRegulatedStatus(words)) return [];
  const { name } = found.regulator;
  // A claim counting the offering's CPD units toward this regulator's requirement makes what the
  // words say it approved CPD ("GMC Approved Safe Prescribing Course" with "GMC: 10 CPD points").
  const counted = claims.some(
    (c) => c.status === 'requirement-mention' && c.regulator?.id === found.regulator.id,
  );
  // So does a title that says the regulator approved the offering itself ("Periodontal Update for
  // Hygienists – Accredited by the General Dental Council", blind mills round 78), from a provider
  // that does not present itself as a university.
  const notUniversity = provider.type !== 'university';
  const ofCpd =
    found.ofCpd ||
    counted ||
    (notUniversity &&
      (found.forScheme || context.reference.findRegulatorApproval(course.title) !== undefined));
  return [
    ofCpd
      ? flag(
          'regulator-as-approver',
          'critical',
          `The offering says ${name} approved it as CPD, but ${name} is a regulator that approves no CPD courses: regulators set the requirement and approve education programmes.`,
        )
      : flag(
          'regulator-as-approver',
          'info',
          `The offering says ${name} approved something; it approves education programmes, not CPD courses: check what.`,
        ),
  ];
}

/** Claim statuses whose text may show an accreditation-mill indicator (not recognised bodies'). */
const UNCHECKED_CLAIMS = new Set(['unknown', 'unrecognised', 'lookalike']);

/**
 * Accreditation- and degree-mill indicators read from the offering's own words (CHEA's
 * indicators, `unrecognised-accreditors.json`): "permanent accreditation", "no exam required",
 * "recognised by CHEA" said of a body nobody recognises. The text of a claim whose body is not
 * recognised is the offering's own words too ("Government-approved CPD Accreditation Authority",
 * blind mills round 27); a recognised body's name is not read for them.
 */
function millIndicatorFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, claims } = offering;
  const description = (course.description ?? '').slice(0, DESCRIPTION_LIMIT);
  // A claim's text is its body and its credit type ("permanently accredited CPD credits").
  const claimText = claims
    .filter((c) => UNCHECKED_CLAIMS.has(c.status))
    .map((c) => `${c.claim.body}\n${c.claim.creditType ?? ''}`)
    .join('\n');
  const { findIndicators } = context.reference;
  const found = [
    ...findIndicators(course.title),
    ...findIndicators(description),
    ...(claimText === '' ? [] : findIndicators(claimText)),
  ];
  const seen = new Set<string>();
  const flags: Flag[] = [];
  for (const { indicator, phrase } of found) {
    if (seen.has(indicator.id)) continue;
    seen.add(indicator.id);
    flags.push(
      flag(
        'mill-indicator',
        'warning',
        `It says "${phrase}": a sign of a degree or accreditation mill (${indicator.text.replace(/\.$/, '')}).`,
      ),
    );
  }
  return flags;
}
