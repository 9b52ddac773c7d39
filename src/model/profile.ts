/**
 * The `ClinicianProfile` schema: who is looking for CPD and which gaps they want to close.
 * Strict, because a typo here changes the answer: an unknown key (`budjet`) is refused with a
 * suggestion rather than silently ignored, and so is a near-miss of a known profession (`nurze`).
 * @module
 */
import * as z from 'zod';
import { FORMATS, GAP_PRIORITIES } from './enums.js';
import { LIMITS } from './limits.js';
import {
  caseInsensitiveEnum,
  countryCode,
  currencyCode,
  identifier,
  languageTag,
  nonNegativeNumber,
  text,
} from './primitives.js';
import { canonicalProfessionId, nearestProfession } from './professions.js';

/** One skill gap. A bare string is accepted as a gap of medium priority. */
export const GapSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { skill: value } : value),
  z.strictObject({
    /** Free text ("12 lead EKG") or a taxonomy id. */
    skill: identifier,
    priority: caseInsensitiveEnum(GAP_PRIORITIES).default('medium'),
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
    creditType: text.optional(),
    body: text.optional(),
    amount: nonNegativeNumber.optional(),
  })
  .refine((value) => value.creditType !== undefined || value.body !== undefined, {
    error: 'needs a creditType or a body',
  });

/**
 * A profession as written: a known word becomes its canonical id (`RN` → `nurse`); a near-miss
 * of a known word is refused with a suggestion; anything else is kept as written.
 */
export const ProfessionSchema = identifier
  .transform((value) => canonicalProfessionId(value) ?? value)
  .superRefine((value, ctx) => {
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
  });

/** A clinician: profession, context, gaps and constraints. Unknown keys are refused. */
export const ClinicianProfileSchema = z.strictObject({
  /** A JSON Schema reference, allowed so that editors can validate profile files. */
  $schema: z.string().optional(),
  profession: ProfessionSchema,
  specialty: text.optional(),
  country: countryCode.optional(),
  /** Id or abbreviation of a regulator in the reference data (e.g. `NMC`). */
  regulator: text.optional(),
  gaps: z.array(GapSchema).max(LIMITS.maxGaps, {
    error: `must have at most ${LIMITS.maxGaps} gaps`,
  }),
  budget: BudgetSchema.optional(),
  hoursAvailable: nonNegativeNumber.optional(),
  formats: z
    .array(caseInsensitiveEnum(FORMATS))
    .max(FORMATS.length * 4)
    .optional(),
  requiredCredit: RequiredCreditSchema.optional(),
  language: languageTag.optional(),
});

/** A validated, normalised clinician profile. */
export type ClinicianProfile = z.output<typeof ClinicianProfileSchema>;
/** A clinician profile before validation. */
export type ClinicianProfileInput = z.input<typeof ClinicianProfileSchema>;
/** A validated skill gap. */
export type Gap = z.output<typeof GapSchema>;
