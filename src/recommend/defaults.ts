/**
 * Recommendation and planning defaults, each with its reason (ranking weights themselves live
 * in the policy: `DEFAULT_POLICY.ranking`). Documented in `docs/recommendations.md`.
 * @module
 */

/** Soft-fit components, each 0–1; fit is their mean over the components that apply. */
export const FIT = {
  /** Free courses fit any budget perfectly. Paid: 1 − COST_SLOPE × cost ÷ budget. */
  costSlope: 0.5,
  /** Cost in another currency with no rates given: unknown for the budget, neither rewarded nor punished. */
  costUnknown: 0.5,
  /** Hours: 1 − HOURS_SLOPE × duration ÷ hours available. */
  hoursSlope: 0.5,
  /** Duration, format or location not stated: a mild penalty (the clinician cannot plan around it). */
  unknown: 0.7,
  /** Course does not grant the credit the clinician must earn. */
  missingRequiredCredit: 0.3,
  /** Accreditation recognised where the clinician practises. */
  recognisedHere: 1,
  /** Accreditation recognised, but not in the clinician's country. */
  recognisedElsewhere: 0.55,
  /** No accreditation claimed. */
  noAccreditation: 0.6,
  /** Only unrecognised, look-alike, unknown or expired claims. */
  unrecognisedOnly: 0.2,
} as const;

/** Formats attended in a place: they fit only where the clinician can be. */
export const ATTENDED_FORMATS: ReadonlySet<string> = new Set(['in-person', 'blended', 'workplace']);

/**
 * The trust floor: below it an offering is held back from recommendations and plans (listed,
 * with the reason, so nothing disappears silently). Grade E is earned by evidence (mills,
 * implausible credit, look-alikes); unrated (U) is not held back — too little known is not bad.
 */
export const DEFAULT_MIN_GRADE = 'D' as const;

/** Grades from best to worst; U (unrated) stands apart. */
export const GRADE_ORDER = ['A', 'B', 'C', 'D', 'E'] as const;

/** Offerings named as the closest candidates of a gap nothing eligible covers. */
export const GAP_CANDIDATES = 3;
/**
 * Least coverage for an offering to be named as coming closest to a gap nothing covers (a course
 * on the whole domain, or one that shares some of the gap's words): below it, a partial match
 * says too little to be worth reading.
 */
export const CLOSEST_FROM = 0.25;
/** Offerings named as covering a gap in its answer. */
export const GAP_COVERED_BY = 5;

/** Default number of recommendations. */
export const DEFAULT_LIMIT = 10;

/** Courses the cached gap tables may list in all: about 32 MB of typed arrays at most. */
export const TABLE_CACHE_POSITIONS = 2_000_000;
/**
 * Bytes of the best-first search's starting sets a recommender keeps (the courses that cover a
 * request's gaps, with their coverage and bounds), for requests that ask the same gaps again.
 */
export const UNION_CACHE_BYTES = 48 * 1_048_576;
/** Gap readings a recommender keeps (clinicians ask about the same gaps again and again). */
export const GAP_CACHE_SIZE = 5_000;

/** Planner value of meeting the CPD requirement in full, against 1 for a fully covered high gap. */
export const REQUIREMENT_VALUE = 1;
/** Share of {@link REQUIREMENT_VALUE} given to category minimums (e.g. NMC participatory hours). */
export const CATEGORY_SHARE = 0.4;
/** Courses that only add requirement hours (no gap) kept for the planner, best value first. */
export const PLAN_FILLER_POOL = 400;
/** Search nodes the exact coverage search may visit before it keeps the best plan found. */
export const PLAN_SEARCH_NODES = 200_000;
/** Cost-effectiveness denominator floor, so free short courses do not divide by zero. */
export const PLAN_COST_EPSILON = 0.01;

/** Countries where an accreditation recognised in 'EU' counts. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
