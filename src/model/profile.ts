/**
 * The `ClinicianProfile` schema: who is looking for CPD and which gaps they want to close.
 * Strict, because a typo here changes the answer: an unknown key (`budjet`) is refused with a
 * suggestion rather than silently ignored, and so is a near-miss of a known profession (`nurze`).
 * @module
 */
import * as z from 'zod/mini';
import { FORMATS, GAP_PRIORITIES } from './enums.js';
import { LIMITS } from './limits.js';
import {
  caseInsensitiveEnum,
  countryCode,
  currencyCode,
  identifier,
  languageTag,
  nonNegativeNumber,
  preprocess,
  text,
} from './primitives.js';
import { canonicalProfessionId, nearestProfession } from './professions.js';

/** One skill gap. A bare string is accepted as a gap of medium priority. */
export const GapSchema = preprocess(
  (value) => (typeof value === 'string' ? { skill: value } : value),
  z.strictObject({
    /** Free text ("12 lead EKG") or a taxonomy id. */
    skill: identifier,
    priority: z._default(caseInsensitiveEnum(GAP_PRIORITIES), 'medium'),
  }),
);

/** A budget; amounts are only compared within the same currency. */
export const BudgetSchema = z.strictObject({
  amount: nonNegativeNumber,
  currency: currencyCode,
});

/** A credit the clinician must earn, e.g. AMA PRA Category 1 for a US physician. */
export const RequiredCreditSchema = z
  .strictObject({
    creditType: z.optional(text),
    body: z.optional(text),
    amount: z.optional(nonNegativeNumber),
  })
  .check(
    z.refine((value) => value.creditType !== undefined || value.body !== undefined, {
      error: 'needs a creditType or a body',
    }),
  );

/**
 * A profession as written: a known word becomes its canonical id (`RN` → `nurse`); a near-miss
 * of a known word is refused with a suggestion; anything else is kept as written.
 */
export const ProfessionSchema = z
  .pipe(
    identifier,
    z.transform((value: string) => canonicalProfessionId(value) ?? value),
  )
  .check(
    z.superRefine((value: string, ctx) => {
      if (canonicalProfessionId(value) !== undefined) return;
      const near = nearestProfession(value);
      if (near !== undefined) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: 'is not a profession credence knows',
          params: { suggestion: near },
        });
      }
    }),
  );

/** A clinician: profession, context, gaps and constraints. Unknown keys are refused. */
export const ClinicianProfileSchema = z.strictObject({
  /** A JSON Schema reference, allowed so that editors can validate profile files. */
  $schema: z.optional(z.string()),
  profession: ProfessionSchema,
  specialty: z.optional(text),
  country: z.optional(countryCode),
  /** Id or abbreviation of a regulator in the reference data (e.g. `NMC`). */
  regulator: z.optional(text),
  gaps: z
    .array(GapSchema)
    .check(z.maxLength(LIMITS.maxGaps, { error: `must have at most ${LIMITS.maxGaps} gaps` })),
  budget: z.optional(BudgetSchema),
  hoursAvailable: z.optional(nonNegativeNumber),
  formats: z.optional(z.array(caseInsensitiveEnum(FORMATS)).check(z.maxLength(FORMATS.length * 4))),
  requiredCredit: z.optional(RequiredCreditSchema),
  language: z.optional(languageTag),
});

/** A validated, normalised clinician profile. */
export type ClinicianProfile = z.output<typeof ClinicianProfileSchema>;
/** A clinician profile before validation. */
export type ClinicianProfileInput = z.input<typeof ClinicianProfileSchema>;
/** A validated skill gap. */
export type Gap = z.output<typeof GapSchema>;
