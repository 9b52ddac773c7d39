/**
 * The accreditor an offering's own words name, where no claim of the catalogue resolves (to a
 * recognised body, or to one shown unrecognised or a look-alike): a listed accreditation mill
 * ("Fully accredited by Accrediting Commission International (ACI)", "Level 7 Diploma (BOUA
 * Accredited)": blind mills round 102, sparse rows), or a name imitating a known body ("…
 * accredited by the Accreditation Council for Continuing Medical Educators": blind mills round
 * 103). The words name the body as a claim
 * would, so the listing, or the look-alike rules' evidence in the name (`lookalike.ts`), is the
 * same evidence as in a claim (`named-body.ts`).
 * @module
 */
import type { Flag } from '../model/report.js';
import { namedBodies } from './accreditation-text.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import { nameEvidence } from './identity-verdict.js';

/**
 * Words saying a body accredits, approves or awards the offering ("Awarded by Glamshire
 * University, Karachi": blind mills round 104).
 */
const NAMING_WORDS = /\b(?:accredit\w*|certified|approved|endorsed|awarded|validated)\b/i;

/** Longest description read. */
const TEXT_LIMIT = 5_000;

/** The flag for a listed mill or a look-alike that the offering's title or description names. */
export function accreditorInWordsFlags(
  { course, claims }: Offering,
  context: EvaluationContext,
): Flag[] {
  // A claim that resolved, to a recognised body or to one it shows false, already says who
  // accredits the offering.
  if (claims.some((c) => ['recognised', 'unrecognised', 'lookalike'].includes(c.status))) {
    return [];
  }
  const text = `${course.title}\n${(course.description ?? '').slice(0, TEXT_LIMIT)}`;
  // Most offerings' words never speak of accreditation: one scan spares them the sentences.
  if (!NAMING_WORDS.test(text)) return [];
  for (const sentence of text.split(/[.!?;\n]+/)) {
    if (!NAMING_WORDS.test(sentence)) continue;
    for (const name of namedBodies(sentence)) {
      const imitation = nameEvidence(context, name);
      if (imitation) {
        return [
          flag(
            'lookalike-accreditor',
            imitation.strong ? 'critical' : 'warning',
            `Its own words name "${name}" as its accreditor: ${imitation.evidence}.`,
          ),
        ];
      }
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
