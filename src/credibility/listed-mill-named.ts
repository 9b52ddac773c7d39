/**
 * A listed accreditation mill that an offering's own words name as its accreditor, with no claim
 * of the catalogue naming it: "Fully accredited by Accrediting Commission International (ACI)",
 * "Level 7 Diploma (BOUA Accredited)" (blind mills round 102, sparse rows). The words name the
 * body as a claim would, so the listing is the same evidence (`named-body.ts`).
 * @module
 */
import type { Flag } from '../model/report.js';
import { ACCREDITATION_WORDS, namedBodies } from './accreditation-text.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';

/** Longest description read. */
const TEXT_LIMIT = 5_000;

/** The flag for a listed mill the offering's title or description names as its accreditor. */
export function listedMillNamedFlags(
  { course, claims }: Offering,
  context: EvaluationContext,
): Flag[] {
  if (claims.some((c) => c.status === 'unrecognised')) return [];
  const text = `${course.title}\n${(course.description ?? '').slice(0, TEXT_LIMIT)}`;
  for (const sentence of text.split(/[.!?;\n]+/)) {
    if (!ACCREDITATION_WORDS.test(sentence)) continue;
    for (const name of namedBodies(sentence)) {
      const listed = context.reference.findUnrecognised(name)?.entry;
      if (listed === undefined) continue;
      return [
        flag(
          'unrecognised-accreditor',
          'critical',
          `Its own words name ${listed.name} as its accreditor, listed as unrecognised by ${listed.listings[0]?.by ?? 'a published list'}.`,
        ),
      ];
    }
  }
  return [];
}
