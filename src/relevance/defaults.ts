/**
 * Relevance defaults, each with its reason. Documented in `docs/recommendations.md`.
 * @module
 */

/** How much a course concept counts for a gap concept, by their relation in the taxonomy. */
export const RELATION_WEIGHTS = {
  /** The course teaches exactly the concept the gap names. */
  exact: 1,
  /** The course teaches a narrower concept: part of the gap ("CPAP" for a "NIV" gap). */
  narrower: 0.7,
  /** The course teaches a broader concept: the gap is in it, diluted ("respiratory care" for NIV). */
  broader: 0.5,
  /** The course teaches a related concept: useful context, not the gap itself. */
  related: 0.35,
} as const;

/** Each extra step up or down the hierarchy multiplies the weight by this (grandchild 0.7×0.8). */
export const HIERARCHY_STEP_DECAY = 0.8;
/** Steps walked up or down the hierarchy from a gap concept. */
export const HIERARCHY_DEPTH = 2;

/** Evidence weight of where a course mentions a concept: declared beats a passing mention. */
export const FIELD_WEIGHTS = {
  /** `skills`: the provider's own statement of what is taught. */
  skills: 1,
  /** `learningOutcomes`: what a learner will be able to do. */
  learningOutcomes: 0.9,
  /** `title`: strong but short and sometimes marketing. */
  title: 0.8,
  /** `description`: mentions may be context, not content. */
  description: 0.45,
} as const;

/** One of the course fields concepts are read from. */
export type CourseField = keyof typeof FIELD_WEIGHTS;

/**
 * Term-frequency saturation `tf / (tf + K)`: one mention 0.67, two 0.8, three 0.86, 500 ≈ 1 —
 * so keyword stuffing gains nothing (the idea of BM25's k1).
 */
export const TF_SATURATION_K = 0.5;

/** Weight of a gap by its priority. */
export const PRIORITY_WEIGHTS = { high: 1, medium: 0.6, low: 0.3 } as const;

/** BM25 parameters of the full-text fallback (the usual defaults, as in minisearch and Lucene). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/**
 * Highest relevance the full-text fallback can give: words in common are weaker evidence than
 * a resolved concept.
 */
export const FALLBACK_MAX_RELEVANCE = 0.6;

/** A gap resolved to concepts weaker than this also uses the full-text fallback. */
export const FALLBACK_BELOW_STRENGTH = 0.5;

/**
 * Audience fit multiplies coverage by `AUDIENCE_FLOOR + (1 − AUDIENCE_FLOOR) × fit`, so a
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
