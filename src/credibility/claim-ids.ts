/**
 * Small ids for accreditation claims by value within a batch, so offerings that make the same
 * claims share one resolution. Claims are found by body, then in a short list of variants
 * compared field by field: no key string is built per claim.
 * @module
 */
import type { AccreditationClaim } from '../model/course.js';
import { type EvaluationContext, memoTable, remember } from './context.js';

/** One distinct claim: every field claim resolution and the accreditation factor read. */
interface ClaimVariant {
  readonly creditType: string | undefined;
  readonly credits: number | undefined;
  readonly unit: string | undefined;
  readonly validUntil: string | undefined;
  readonly reference: string | undefined;
  readonly retroactive: boolean;
  readonly id: number;
}

/** Variants one body keeps (past it, a claim gets an id of its own: correct, just not shared). */
const VARIANTS_PER_BODY = 256;

/**
 * The batch id of a claim's value: equal ids, equal body, credit type, credits, unit, expiry,
 * reference and retroactive mark.
 *
 * @example
 * ```ts
 * claimId(context, { body: 'ACCME', credits: 2 }) === claimId(context, { body: 'ACCME', credits: 2 }); // true
 * ```
 */
export function claimId(context: EvaluationContext, claim: AccreditationClaim): number {
  const table = memoTable<string, ClaimVariant[]>(context, 'claim-variants');
  const variants = table.get(claim.body) ?? remember(table, claim.body, []);
  const retroactive = (claim as { retroactive?: unknown }).retroactive === true;
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i] as ClaimVariant;
    if (
      v.credits === claim.credits &&
      v.creditType === claim.creditType &&
      v.unit === claim.unit &&
      v.validUntil === claim.validUntil &&
      v.reference === claim.reference &&
      v.retroactive === retroactive
    ) {
      return v.id;
    }
  }
  const id = context.idCounter.next++;
  if (variants.length < VARIANTS_PER_BODY) {
    variants.push({
      creditType: claim.creditType,
      credits: claim.credits,
      unit: claim.unit,
      validUntil: claim.validUntil,
      reference: claim.reference,
      retroactive,
      id,
    });
  }
  return id;
}
