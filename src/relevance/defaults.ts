/**
 * Relevance defaults, each with its reason. Documented in `docs/recommendations.md`.
 * @module
 */

/**
 * How much a course's evidence for a concept counts for a gap's concept, by their relation in
 * the taxonomy. A course *covers* a gap from {@link COVERS_FROM}: exact, narrower and one step
 * broader (below a domain) reach it with a strong match; related topics and whole domains never
 * do — they can only order courses that cover something.
 */
export const RELATION_WEIGHTS = {
  /** The course teaches exactly the concept the gap names. */
  exact: 1,
  /**
   * The course teaches a narrower concept: part of the gap ("CPAP" for a "NIV" gap). From a gap
   * that names a whole domain, times `domain` as well: a part of a field is not the field.
   */
  narrower: 0.75,
  /**
   * The course teaches the topic one step up ("addiction treatment" for an "OUD" gap): a course
   * on a topic teaches its parts.
   */
  broader: 0.6,
  /** The course teaches a whole domain the gap is in ("infectious diseases" for "sepsis"). */
  domain: 0.35,
  /** The course teaches a related concept: useful context, not the gap itself. */
  related: 0.3,
} as const;

/** Each extra step down the hierarchy multiplies the weight (grandchild 0.75 × 0.8). */
export const HIERARCHY_STEP_DECAY = 0.8;
/** Steps walked down the hierarchy from a gap concept (up: one step, see RELATION_WEIGHTS). */
export const HIERARCHY_DEPTH = 2;

/**
 * Evidence weight of each course field: what one mention in a field of average length is worth
 * (BM25's length normalisation and saturation on top, capped at the field's weight, so keyword
 * stuffing never beats a declared skill or a title).
 */
export const FIELD_WEIGHTS = {
  /** `skills`: the provider's own statement of what is taught. */
  skills: 1,
  /** `title`: what the offering says it is about; in scraped catalogues the only text there is. */
  title: 1,
  /** `learningOutcomes`: what a learner will be able to do. */
  learningOutcomes: 0.85,
  /** `description`: a mention may be context rather than content. */
  description: 0.55,
} as const;

/** One of the course fields evidence is read from. */
export type CourseField = keyof typeof FIELD_WEIGHTS;

/** Fields in the order they are stored; `FIELDS[i]` is field code `i`. */
export const FIELDS: readonly CourseField[] = [
  'skills',
  'title',
  'learningOutcomes',
  'description',
];

/** BM25 parameters (the usual defaults, as in minisearch and Lucene). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/**
 * BM25's length normalisation per field (BM25F's per-field `b`): a title or a declared skill is
 * a short statement of subject, so one mention is full evidence whatever its length; outcomes
 * and descriptions are running text, where a mention in a long text says less.
 */
export const FIELD_LENGTH_NORMALISATION = {
  skills: 0,
  title: 0,
  learningOutcomes: BM25.b,
  description: BM25.b,
} as const;

/**
 * A course covers a gap when its coverage of that gap reaches this — decided per gap, before
 * any priority weighting.
 */
export const COVERS_FROM = 0.5;

/**
 * A word of the gap (or what it stands for) counts as present in a course from this match on:
 * one mention in the title, skills or outcomes, or in a description of about average length.
 * Full-text coverage needs every word of the gap present; otherwise it stays below
 * {@link COVERS_FROM} and can only order courses.
 */
export const WORD_PRESENT_FROM = 0.5;

/**
 * Words for an activity done to a topic ("recognition", "interpretation", "counselling";
 * Spanish "manejo", "atención", "curación"), which a course about the topic often teaches
 * without naming: when a gap's other words are specific (see {@link SPECIFIC_WORD_SHARE}), a
 * course may lack such a word and still cover the gap ("ECG interpretation" by an ECG course,
 * "outbreak investigation" by a course on outbreaks). Never the gap's only word. Deliberately
 * short: "care", "management", "support" and "control" are left out, because the words before
 * them are too often generic ("critical care", "time management", "life support").
 */
export const ACTIVITY_WORDS: ReadonlySet<string> = new Set(
  (
    'recognition recognising recognizing interpretation interpreting investigation assessment ' +
    'awareness counselling counseling screening monitoring prevention treatment skills ' +
    'manejo tratamiento atencion cuidado cuidados curacion prevencion diagnostico deteccion'
  ).split(' '),
);

/**
 * A gap's word is specific when at most this share of the catalogue (and at least 5 courses'
 * worth) uses it; only then may the gap's activity words be missing from a covering course.
 */
export const SPECIFIC_WORD_SHARE = 0.05;

/** Weight an absent activity word keeps in a course's full-text coverage (of its full weight). */
export const ABSENT_ACTIVITY_WEIGHT = 0.25;

/** Weight of a gap by its priority: priority orders the list, it never excludes. */
export const PRIORITY_WEIGHTS = { high: 1, medium: 0.6, low: 0.3 } as const;

/**
 * Words a clinician adds to say what kind of offering they want, not what it is about ("PALS
 * course", "sepsis update"): dropped from the gap's words when other words remain.
 */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(
  (
    'course courses module modules training trainings class classes programme programmes ' +
    'program programs workshop workshops webinar webinars session sessions lesson lessons ' +
    'tutorial tutorials refresher refreshers update updates basics fundamentals foundations ' +
    'essentials introduction intro overview certificate certification cpd cme ceu ceus'
  ).split(' '),
);

/**
 * Typo correction of a gap's word against the catalogue's own words: only words the catalogue
 * never uses, of at least this many letters, within one edit (two from 10 letters).
 */
export const TYPO_MIN_LETTERS = 5;

/**
 * Audience fit multiplies relevance by `AUDIENCE_FLOOR + (1 − AUDIENCE_FLOOR) × fit`, so a
 * course for another profession still counts, at 70 %.
 */
export const AUDIENCE_FLOOR = 0.7;

/** Audience fit by what the course says about the clinician's profession. */
export const AUDIENCE_FIT = {
  /** The profession (or a synonym) is listed, or "any". */
  listed: 1,
  /** The course does not say who it is for. */
  unstated: 0.8,
  /** The course lists other professions only. */
  other: 0.4,
} as const;

/** Synonyms of professions as catalogues write them. */
export const PROFESSION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  nurse: ['rn', 'registered nurse', 'nurses', 'nursing'],
  physician: ['doctor', 'doctors', 'md', 'do', 'physicians', 'medical practitioner', 'gp'],
  'physician-assistant': ['pa', 'pa-c', 'physician associate', 'physician assistant'],
  'nurse-practitioner': ['np', 'aprn', 'nurse practitioner'],
  pharmacist: ['pharmacists', 'rph'],
  paramedic: ['paramedics', 'emt', 'ambulance clinician'],
  midwife: ['midwives', 'rm'],
  physiotherapist: ['physical therapist', 'physio', 'pt', 'physiotherapists'],
};

/** Audience lists that mean everyone. */
export const ANY_AUDIENCE: ReadonlySet<string> = new Set(['any', 'all', 'everyone', 'all-staff']);
