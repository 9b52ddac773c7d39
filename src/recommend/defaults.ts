/**
 * Recommendation and planning defaults, each with its reason (ranking weights themselves live
 * in the policy: `DEFAULT_POLICY.ranking`). Documented in `docs/recommendations.md`.
 * @module
 */

/** Soft-fit components, each 0–1; fit is their mean over the components that apply. */
export const FIT = {
  /** Free courses fit any budget perfectly. Paid: 1 − COST_SLOPE × cost ÷ budget. */
  costSlope: 0.5,
  /** Cost in another currency with no rates given: neither rewarded nor punished. */
  costNotComparable: 0.5,
  /** Hours: 1 − HOURS_SLOPE × duration ÷ hours available. */
  hoursSlope: 0.5,
  /** Duration or format not stated: a mild penalty (the clinician cannot plan around it). */
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

/** A gap counts as covered by a course from this coverage (0–1) on. */
export const GAP_COVERED_MIN = 0.25;

/** MMR considers this many of the best-scored candidates (at least `limit × MMR_POOL_FACTOR`). */
export const MMR_POOL = 40;
/** See {@link MMR_POOL}. */
export const MMR_POOL_FACTOR = 4;

/** Default number of recommendations. */
export const DEFAULT_LIMIT = 10;

/** Planner value of meeting the CPD requirement in full, against 1 for a fully covered high gap. */
export const REQUIREMENT_VALUE = 1;
/** Share of {@link REQUIREMENT_VALUE} given to category minimums (e.g. NMC participatory hours). */
export const CATEGORY_SHARE = 0.4;
/** Courses that only add requirement hours (no gap) kept for the planner, best value first. */
export const PLAN_FILLER_POOL = 400;
/** Cost-effectiveness denominator floor, so free short courses do not divide by zero. */
export const PLAN_COST_EPSILON = 0.01;

/** Countries where an accreditation recognised in 'EU' counts. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** The planner chooses among this many best-scored relevant courses (plus requirement fillers). */
export const PLAN_POOL = 150;
