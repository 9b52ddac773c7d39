/**
 * The accreditor an offering's own words name, where no claim of the catalogue resolves (to a
 * recognised body, or to one shown unrecognised or a look-alike): a listed accreditation mill
 * ("Fully accredited by Accrediting Commission International (ACI)", "Level 7 Diploma (BOUA
 * Accredited)": blind mills round 102, sparse rows), or a name imitating a known body ("…
 * accredited by the Accreditation Council for Continuing Medical Educators": blind mills round
 * 103), or a recognised accreditor the provider's name or a web address the offering gives
 * imitates ("ACPE-accredited – confirm our provider listing on acpe-accredit.net" from a course
 * page on that address: blind mills round 110). The words name the body as a claim would, so the
 * listing, the look-alike rules' evidence in the name (`lookalike.ts`), or the imitation of the
 * body named, is the same evidence as in a claim (`named-body.ts`, `claims.ts`).
 * @module
 */
import type { Flag } from '../model/report.js';
import { namedBodies, sentencesOf } from './accreditation-text.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import type { Identity } from './identity.js';
import { nameEvidence } from './identity-verdict.js';
import { resolveBody } from './named-body.js';
import { imitated } from './provider-claims.js';

/**
 * Words saying a body accredits, approves or awards the offering ("Awarded by Glamshire
 * University, Karachi": blind mills round 104).
 */
const NAMING_WORDS = /\b(?:accredit\w*|certified|approved|endorsed|awarded|validated)\b/i;

/** Longest description read. */
const TEXT_LIMIT = 5_000;

/** The flag for a listed mill or a look-alike that the offering's title or description names. */
export function accreditorInWordsFlags(
  { course, claims, provider }: Offering,
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
  for (const sentence of sentencesOf(text)) {
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
      if (listed === undefined) {
        const impersonation = impersonatedBy(name, provider, context);
        if (impersonation) return [impersonation];
        continue;
      }
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

/**
 * A recognised accreditor the words name, which the provider's name or a web address the offering
 * gives imitates: the flag a claim naming it would earn (`claims.ts`), or none.
 */
function impersonatedBy(
  name: string,
  provider: Identity,
  context: EvaluationContext,
): Flag | undefined {
  const body = resolveBody(context, { body: name }, undefined);
  if (body.status !== 'recognised' || body.accreditor === undefined) return undefined;
  const imitation = imitated(provider, body.accreditor, body.credit);
  if (imitation === undefined || imitation.basis === 'page-only') return undefined;
  const evidence =
    imitation.basis === 'evidence'
      ? `the provider's name or a web address the offering gives imitates ${imitation.organisation.name}`
      : `its provider calls itself ${imitation.organisation.name} from a web address that is none of its known sites`;
  return flag(
    'impersonated-accreditor',
    imitation.basis === 'evidence' ? 'critical' : 'warning',
    `Its own words name ${body.accreditor.name} as its accreditor, but ${evidence}.`,
  );
}
