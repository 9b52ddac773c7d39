/**
 * A listed accreditation mill's name with one word added ("International Accreditation Agency for
 * Online Health Universities", blind mills round 131): a look-alike of a listed mill is read as
 * that mill, as a claim naming it is (`named-body.ts`).
 * @module
 */
import type { UnrecognisedBody } from '../reference/schemas.js';
import type { EvaluationContext } from './context.js';

/**
 * A listed mill whose name is the body's with one word taken out: "International Accreditation
 * Agency for Online Health Universities" (blind mills round 131) is the listed "International
 * Accreditation Agency for Online Universities" with "Health" added. Only listed names of
 * `policy.lookalike.listedNameWithWordAddedMinWords` words or more are read so: a shorter one
 * with a word added ("American Board of Diabetes" with "Educators") may be a real body's, which
 * the look-alike rules judge.
 *
 * @example
 * ```ts
 * listedWithWordAdded(context, 'International Accreditation Agency for Online Health Universities')?.name;
 * // 'International Accreditation Agency for Online Universities'
 * listedWithWordAdded(context, 'Accrediting Commission International Nursing'); // undefined
 * ```
 */
export function listedWithWordAdded(
  context: EvaluationContext,
  body: string,
): UnrecognisedBody | undefined {
  const words = body.split(' ');
  if (words.length <= context.policy.lookalike.listedNameWithWordAddedMinWords) return undefined;
  for (let i = 0; i < words.length; i++) {
    const found = context.reference.findUnrecognised(words.filter((_, j) => j !== i).join(' '));
    if (found) return found.entry;
  }
  return undefined;
}
