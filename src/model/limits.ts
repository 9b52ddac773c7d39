/**
 * Resource limits enforced on every input, so that hostile or broken data gets a clear error
 * instead of exhausting memory or time. Documented in `docs/limits.md`.
 */
export const LIMITS = {
  /** Longest string accepted in any field (characters). Long enough for a full syllabus. */
  maxStringLength: 100_000,
  /** Deepest nesting of objects/arrays accepted in one record. Contract records nest ≤ 4 levels. */
  maxDepth: 32,
  /** Most entries in any one array inside a record (outcomes, skills, accreditations…). */
  maxArrayLength: 2_000,
  /** Most keys in any one object inside a record. */
  maxObjectKeys: 1_000,
  /** Most records in one catalogue. */
  maxCatalogRecords: 1_000_000,
  /** Most gaps in one clinician profile. */
  maxGaps: 200,
  /**
   * Largest cost, duration, credit or budget accepted. No CPD figure comes near a billion, and
   * the cap keeps totals finite (a cost of 1.5e308 would make any sum Infinity).
   */
  maxAmount: 1_000_000_000,
  /** Largest input text a parser accepts (bytes, UTF-16 code units for strings). */
  maxInputBytes: 256 * 1024 * 1024,
} as const;

/**
 * Caps on the issues listed for one input (documented in docs/limits.md). Everything past a cap
 * is still counted (`stats.issues`), and a closing issue says how much was not listed.
 */
export const ISSUE_LIMITS = {
  /** Issues listed for one record: one row with 2,000 bad entries gets 20 lines and a count. */
  perRecord: 20,
  /** Issues listed of one kind (the same note on the same field); the rest are counted. */
  perKind: 5,
  /** Issues listed for one input in all: enough to fix a file by, small enough to print. */
  perFile: 5_000,
} as const;

/** The shape of {@link LIMITS}. */
export type Limits = typeof LIMITS;
