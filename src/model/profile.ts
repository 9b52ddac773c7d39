/**
 * The `ClinicianProfile` schema: who is looking for CPD and which gaps they want to close.
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

/** One skill gap. A bare string is accepted as a gap of medium priority. */
export const GapSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { skill: value } : value),
  z.looseObject({
    /** Free text ("12 lead EKG") or a taxonomy id. */
    skill: identifier,
    priority: caseInsensitiveEnum(GAP_PRIORITIES).default('medium'),
  }),
);

/** A budget; amounts are only compared within the same currency. */
export const BudgetSchema = z.looseObject({
  amount: nonNegativeNumber,
  currency: currencyCode,
});

/** A credit the clinician must earn, e.g. AMA PRA Category 1 for a US physician. */
export const RequiredCreditSchema = z
  .looseObject({
    creditType: text.optional(),
    body: text.optional(),
    amount: nonNegativeNumber.optional(),
  })
  .refine((value) => value.creditType !== undefined || value.body !== undefined, {
    error: 'needs a creditType or a body',
  });

/** A clinician: profession, context, gaps and constraints. */
export const ClinicianProfileSchema = z.looseObject({
  profession: identifier,
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
