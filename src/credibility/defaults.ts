/**
 * Default policy values, each with its reason. Users override any part with a policy file
 * (`credence schema policy`); `resolvePolicy` merges it over these.
 * @module
 */
import type { Policy } from '../model/policy.js';

/** The default policy. */
export const DEFAULT_POLICY: Policy = {
  weights: {
    // Who stands behind the offering: the usual advice is to prefer organisations that specialise
    // in educating health professionals (professional bodies, royal colleges, universities, the
    // national bodies that write clinical guidance). In the open world this is also the fact a
    // scraped row most often carries, so it weighs as much as accreditation.
    provider: 0.3,
    // Independent accreditation by a recognised healthcare accreditor (ACCME, ANCC, RCN, …) is
    // the strongest single signal a clinician can check.
    accreditation: 0.3,
    // University backing / academic credit (EU Recommendation 2022/C 243/02: QA and credit).
    // An alternative to accreditation, not an addition: see `alternatives`.
    university: 0.1,
    // Assessment is required by Australia's National Microcredentials Framework and UNESCO's
    // definition of a micro-credential (UNESCO 2022).
    assessment: 0.1,
    // EU Annex I elements and the essentials a clinician needs before paying.
    transparency: 0.1,
    // Healthcare guidance moves: NICE and resuscitation guidelines are revised every few years.
    currency: 0.05,
    // Moore, Green & Gallis (2009) outcome levels: evidence of effect beyond attendance. Rarely
    // stated, so it weighs least.
    outcomes: 0.05,
  },
  // Grade bands on the 0–100 score: A needs strong backing and transparency together.
  gradeBands: { A: 80, B: 65, C: 50, D: 35 },
  // A critical red flag (mill accreditor, look-alike name) caps the grade at D whatever the rest.
  criticalGradeCap: 'D',
  thresholds: {
    // Reviewed within 2 years: current. NICE surveillance reviews guidelines on a rolling basis
    // and resuscitation guidelines (ERC/RCUK) are revised about every 5 years (2015, 2021, 2025).
    freshYears: 2,
    // Older than 5 years: at least one guideline cycle has passed without review.
    staleYears: 5,
    // Below half the evidence weight known, the score says more about the catalogue than the
    // course: the offering is graded U (unrated) unless red flags earn it D or E.
    minConfidence: 0.5,
    // D and E are earned by evidence. A nothing-assessed conference or a self-assessed module from
    // a society the data does not list, its other factors unknown, weighs 0.1 of the evidence
    // (blind round 42: six good offerings graded E so, on their bodies' own learning sites): a
    // fifth of the weight, as an assessment and a review date with outcomes, is the least that
    // grades.
    minEvidenceWeight: 0.2,
    // NZQA: micro-credential titles may not use qualification words; a diploma or degree is far
    // more than 40 hours of learning (NZQA 1 credit = 10 h; micro-credentials 5–40 credits).
    qualificationWordMinHours: 40,
    // Credits may exceed the hours they need by 25 % (rounding to ¼ credit, breaks counted).
    creditPerHourTolerance: 1.25,
    // More than twice the credit the hours allow is no rounding error.
    grosslyInflatedCredit: 2,
    // Academic credit is defined in notional hours, but catalogues often state guided or contact
    // hours (a "guided learning hours" column is read as the duration): a US credit hour's class
    // time is 15 of its 45 hours, Ofqual's Level 3 Award in Education and Training is 48 guided
    // of 120 total hours (0.4), and a university's online professional certificate may teach a
    // tenth of its notional hours (UCD's Professional Certificate in Clinical Dermatology, 10 ECTS
    // credits of at least 250 hours, has about 26 hours of teaching: blind round 132, called
    // critical at 0.3). Credit is checked against this share of its hours, so only credit no
    // reading of the duration allows is flagged.
    academicCreditContactShare: 0.1,
  },
  scores: {
    providerTypes: {
      // Universities and professional bodies (royal colleges, associations, societies) are the
      // organisations the usual advice names; verified, they score in full.
      university: { verified: 1, claimed: 0.45 },
      'professional-body': { verified: 1, claimed: 0.45 },
      // Health services and public health bodies: accountable public organisations.
      'healthcare-organisation': { verified: 0.9, claimed: 0.45 },
      'education-company': { verified: 0.6, claimed: 0.35 },
      // Makers and sellers of health products are ineligible to provide accredited CE (ACCME
      // Standards for Integrity and Independence; ANCC).
      industry: { verified: 0.25, claimed: 0.2 },
      individual: { verified: 0.3, claimed: 0.15 },
    },
    // An exact registry name without a web address to confirm it: 90 % of verified.
    registeredShare: 0.9,
    // A provider whose name or web address imitates a known organisation has shown it is not who
    // it says: its type earns nothing (the look-alike flag says why).
    imitatingProvider: 0,
    accreditorKinds: {
      'healthcare-accreditor': 1,
      regulator: 1,
      'professional-body-approval': 0.85,
      'higher-education-qa': 0.7,
      // Generic CPD services accredit any sector; no regulator recognises them specifically.
      'generic-cpd-accreditor': 0.4,
    },
    // A verified provider that is itself a recognised CPD approver (a royal college with an
    // approval scheme) assures its own offerings: worth less than an external review.
    selfApproverShare: 0.8,
    // A public body's own course (NHS e-learning, a health ministry's or a national guideline
    // body's training) is reviewed under public clinical governance but not independently
    // accredited for CPD: worth what a generic CPD accreditation is, below any healthcare
    // accreditor's or professional body's approval.
    publicBodyOwnCourse: 0.4,
    // Credit beyond what the hours allow halves what the claim is worth.
    implausibleCreditShare: 0.5,
    assessmentTypes: {
      none: 0,
      'self-assessment': 0.25,
      quiz: 0.5,
      exam: 0.8,
      practical: 0.85,
      portfolio: 0.85,
      'observed-practice': 0.85,
    },
    // EU Annex I optional elements: supervision and identity verification during assessment.
    supervisedAssessment: 0.1,
    identityVerified: 0.05,
    // Moore, Green & Gallis (2009) levels as evidence of effect.
    outcomeLevels: {
      participation: 0.1,
      satisfaction: 0.2,
      learning: 0.45,
      competence: 0.65,
      performance: 0.85,
      'patient-health': 1,
      'community-health': 1,
    },
    // A verified university providing, co-issuing or awarding credit backs the offering; one
    // that only endorses or hosts it, less.
    universityProvider: 0.7,
    universityPartner: 0.4,
    // Academic credit from a verified university counts toward an award (EU 2022/C 243/02).
    academicCredit: 0.3,
  },
  alternatives: {
    // Recognised healthcare accreditation (0.85: professional-body approval or better) needs no
    // university behind it: a royal college's accredited e-learning is credible on its own.
    accreditationStandsInFrom: 0.85,
    // A verified university awarding academic credit (0.7 + 0.3) needs no CPD accreditation on
    // top; a university's own course without credit is university-backed, not accredited.
    universityStandsInFrom: 0.9,
  },
  lookalike: {
    // A word of 5+ letters one edit from a known name's word ("Educaton") is a misspelling;
    // shorter words are too often other real words.
    misspellingMinLength: 5,
    misspellingMaxEdits: 1,
    // Long words (10+ letters) may be two edits off ("Acreditaton").
    longWordLength: 10,
    longWordMaxEdits: 2,
    // "American Registry of Radiologic Technology (ARRT)", for the Technologists' registry, is how
    // pages misremember a name (blind variants round 5): words sharing their first six letters
    // (technology, technologist; registry, registration) are forms of one word. Five would join
    // words that are not (medical, medicine; physicians, physiotherapy; psychiatry, psychology).
    sameRootMinLetters: 6,
    // "Counsellors" for "Counselors", "Paediatric" for "Pediatric": spellings one letter apart. At
    // six letters and more, a one-letter difference is a spelling, not another word ("nurses",
    // "nurse" aside, which a shorter limit would also join to "course").
    spellingVariantMinLength: 6,
    // The swapped form word keeps the initial, so the acronym is kept: "Nursing and Midwifery
    // Commission" for the NMC's Council keeps two other words (blind mills round 20), "American
    // Nurses Credentialing Council" three. One shared word ("Australian", "Nursing") is every
    // body of a country or profession. Two were first thought too few ("Australian Physiotherapy
    // Council" beside the Association), but that swap changes the initial, which this rule never
    // reads; at two, no legitimate offering, name variant or world university changed (session 13).
    substitutionMinSharedWords: 2,
    // Three shared words ("American Nurses Credentialing Council" for ANCC's Center) are an
    // imitation beyond doubt: critical. Two ("Nursing and Midwifery Commission") leave room for a
    // real body of that profession whose name the data does not hold: a warning.
    substitutionStrongMinSharedWords: 3,
    // A swap that changes the initial is how real sister bodies differ (the Society of Intensive
    // Care Medicine beside the Faculty, three shared words; the American Academy and College of
    // Allergy, Asthma and Immunology, four), so it is read only in an accreditor's name, with four:
    // "Accreditation Board for Continuing Medical Education" for ACCME's Council, "CPD
    // Certification Council" for the CPD Certification Service (CPD read as its three words; blind
    // mills round 87). No legitimate offering of the corpus, and no listed body judged as unlisted
    // (test/credibility/lookalike-unlisted.test.ts), changed.
    substitutionOtherInitialMinSharedWords: 4,
    // "College of Family Practitioners of Canada" certifying Mainpro+ credits keeps two words of
    // the College of Family Physicians of Canada's name ("Family", "Canada") and awards its
    // credit: a real body does not award another's credit, so fewer shared words suffice than for
    // a form word swapped without one. One shared word ("Royal") is every royal college's.
    creditOwnerMinSharedWords: 2,
    // Domain labels of 4+ letters (accme, ancc) are distinctive enough to be borrowed;
    // three letters (rcn, acp) are too often another body's acronym.
    distinctiveLabelMinLength: 4,
    // One typing slip from a label of 5+ letters (acccme.org for accme.org) is a typosquat.
    typosquatMinLength: 5,
    // A hyphenated part of a label, from 8 letters ("royalcolege-moc.com" for royalcollege.ca):
    // shorter parts one letter from a known label are often another body's acronym or a word
    // ("cacme-caemc.ca" is the Canadian CACME's site, one letter from accme.org; "acme-cpd").
    typosquatPartMinLength: 8,
    // An accrediting body's acronym of 5+ letters (eaccme, rcpsc, iacet) as a label of a host
    // that is not its own is borrowed, as a domain label is; four letters are too often another
    // body's acronym too (ACPE is also the Association for Clinical Pastoral Education). The same
    // length bounds look-alike rule 10 (a claimed acronym one letter from the accreditor whose
    // credit it awards: "AACME").
    borrowedAcronymMinLength: 5,
    // A listed mill's name of 5+ words with one word added ("International Accreditation Agency
    // for Online Health Universities", blind mills round 131) is that mill; a shorter listed name
    // with a word added ("American Board of Diabetes" with "Educators") may be a real body's.
    listedNameWithWordAddedMinWords: 5,
  },
  penalties: {
    // A critical flag (accreditation mill, look-alike accreditor, impersonated provider) means the
    // offering misrepresents itself: keep 60 % of its weighted score per flag.
    critical: 0.6,
    // Each deceptive warning (a "Diploma" of 3 hours, "certified" with nothing assessed, credit
    // beyond the hours) keeps 85 %.
    deceptiveWarning: 0.85,
    // Never below 25 %: the factors' evidence still says what is there.
    floor: 0.25,
    // An offering shown to make a false accreditation claim (a body that accredits nothing named
    // as its approver, a look-alike accreditor, credit its hours cannot hold) or caught on strong
    // evidence is not taken at its word on the rest of what it says about itself: its assessment,
    // transparency, review date and outcomes claims, and its accreditation claims, are not
    // credited. Otherwise a mill that fills in every field outranks an honest provider's row.
    selfReportedWhenDeceptive: 0,
  },
  ranking: {
    // Relevance first: a credible course on the wrong topic closes no gap.
    relevance: 0.6,
    credibility: 0.25,
    fit: 0.15,
    excludeCritical: true,
    minRelevance: 0.2,
    diversity: 0.3,
  },
};

/**
 * Words that say what form of body an organisation is (canonical: singular, American spelling),
 * and of a recognition scheme run as one ("ADA Continuing Education Recognition Program").
 * Swapping one for another while keeping the rest of a recognised body's name ("American Nurses
 * Credentialing Council" for "…Center") is the classic accreditation-mill imitation (CHEA:
 * mills choose names similar to recognised accreditors).
 */
export const ORGANISATION_FORM_WORDS: ReadonlySet<string> = new Set(
  (
    'council center commission committee board bureau association academy society college ' +
    'institute foundation federation agency authority organization network alliance consortium ' +
    'group union league trust service office department faculty school university registry ' +
    'register chamber assembly coalition partnership collaborative forum guild accreditor panel program'
  ).split(' '),
);

/**
 * Form words of sister bodies: a membership body and the certifying board or charitable
 * foundation that shares its name (the American Board of Preventive Medicine and the American
 * College of Preventive Medicine; the European Board and the European Society of a specialty; an
 * association and its foundation; a society and its school). Swapping one of these pairs is not
 * imitation.
 */
export const SISTER_FORM_WORDS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['board', new Set(['college', 'society', 'academy', 'association', 'federation'])],
  ['foundation', new Set(['association', 'society', 'college', 'academy'])],
  // A society's school is its education arm: the European School of Radiology (ESOR) is the
  // European Society of Radiology's (blind round 112).
  ['school', new Set(['society', 'college', 'academy', 'association'])],
];

/** Whether two form words are those of sister bodies ({@link SISTER_FORM_WORDS}). */
export function areSisterFormWords(a: string, b: string): boolean {
  return SISTER_FORM_WORDS.some(
    ([word, sisters]) => (a === word && sisters.has(b)) || (b === word && sisters.has(a)),
  );
}

/** Words that make a name academic: adding one to a university's brand claims to be part of it. */
export const ACADEMIC_WORDS: ReadonlySet<string> = new Set(
  'university college school academy institute faculty'.split(' '),
);

/**
 * Words of a name that say where a body works or what rank of place it serves, beside the
 * countries' and regions' own words (`text/place-words.ts`): bodies of different places keep one
 * acronym (the Connecticut and the Canadian Nurses Association are both CNA).
 */
export const PLACE_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'royal national international american british european australian canadian irish ' +
    'western eastern northern southern central north south east west pacific atlantic ' +
    'metropolitan city regional state states world global'
  ).split(' '),
);

/**
 * Words of a name that describe rather than identify (canonical form): a name made only of
 * these and joining words has no distinctive part to imitate. Compass and region words are here
 * because many unrelated institutions share them (Western University, Western Sydney University,
 * Western Governors University).
 */
export const DESCRIPTIVE_NAME_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_NAME_WORDS,
  ...(
    'queen queens king kings prince princess united kingdom new zealand general medical ' +
    'medicine health healthcare nursing nurse care clinical professional continuing education ' +
    'training learning development accreditation accredited credentialing certification science'
  ).split(' '),
]);

/**
 * Web-address words too common to identify anyone when borrowed: the words of CPD sites, and
 * every English dictionary word that is a known organisation's domain label (thoracic.org,
 * heart.org, mayo.edu): borrowing a dictionary word is not impersonation. Kept in step with the
 * bundled reference data by test/credibility/lookalike-words.test.ts, which checks the labels
 * against the `word-list` package; the skills taxonomy's words are excluded as well, at run time.
 */
export const GENERIC_LABEL_WORDS: ReadonlySet<string> = new Set(
  (
    'health nurse nurses nursing medical medicine care learning training education online ' +
    'academy college clinical heart cancer stroke pharmacy pharmacist pharmacists royal society ' +
    'council board institute school center centre network global world international national ' +
    'cme cpd ce ceu course courses hub portal events event conference learn elearning ' +
    'e-learning campus study studies school edu uk usa us nz au ca ie eu gov govt nhs org ' +
    'surgeons osteopathic acorn scot diabetes thoracic psychiatry physiotherapy paramedics ' +
    'mayo imperial manchester bristol duke yale england australian washington sydney adelaide ' +
    'auckland helsinki wounds heart-stroke anaesthetists midwives hull york virginia buffalo ' +
    'utas optical osteopathy texas alison canvas teachable podia credential figo sages estro ' +
    'rheum baps abos dentist psychology audiology sonographers optometry podiatry guild orthoptics ' +
    'aims dietitians'
  ).split(' '),
);
