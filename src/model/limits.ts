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
  /** Largest input text a parser accepts (bytes, UTF-16 code units for strings). */
  maxInputBytes: 256 * 1024 * 1024,
} as const;

/** The shape of {@link LIMITS}. */
export type Limits = typeof LIMITS;
