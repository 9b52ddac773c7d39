/**
 * Credit said to be accepted in every state, with no recognised accreditor behind it. Each US
 * state's board decides which continuing education counts for its licences: California's Board of
 * Registered Nursing, for one, accepts only courses from providers it approves or from approvers
 * it recognises (https://www.rn.ca.gov/licensees/ce-renewal.shtml). Acceptance everywhere can
 * only rest on a national accreditation the boards accept, so where no claim of the offering
 * resolves to a recognised accreditor and its words name none, the promise is unsubstantiated.
 * Nine of the corpus's mills made it with an invented board or none (blind mills rounds 30 to
 * 99); no legitimate offering of the corpus makes it without a recognised accreditor, nor any of
 * 30 real US CE providers' offerings whose pages make the promise (blind round 137).
 * @module
 */
import type { Flag } from '../model/report.js';
import { namedBodies, sentencesOf } from './accreditation-text.js';
import type { EvaluationContext } from './context.js';
import type { Offering } from './factors/types.js';
import { flag } from './flags.js';
import { answersForItsWords } from './identity.js';
import { independentlyAccredited } from './industry-rules.js';
import { resolveBody } from './named-body.js';

/**
 * "accepted in all 50 states", "Board Approved in All 50 States", "Accepted by Every State Board
 * of Nursing", "meets your renewal requirement in all 50 states": a word of acceptance, then all
 * states or every state's board, within the clause.
 */
const EVERY_STATE =
  /\b(?:accepted|approved|valid|recogni[sz]ed|honou?red|meets?)\b[^.;!\n]{0,60}?\b(?:all|every)\s+(?:50\s+|fifty\s+)?(?:us\s+)?state(?:s|\s+boards?)\b/i;

/** All states or every state, the rarer half of {@link EVERY_STATE}, sought first. */
const ALL_STATES = /\b(?:all|every)\s+(?:50\s+|fifty\s+)?(?:us\s+)?state/i;

/** Longest text read (a description's first part says what it promises). */
const TEXT_LIMIT = 5_000;

/** The flag, where the offering promises acceptance in every state with no accreditor to back it. */
export function blanketAcceptanceFlags(offering: Offering, context: EvaluationContext): Flag[] {
  const { course, claims, provider } = offering;
  if (independentlyAccredited(claims)) return [];
  const words = [
    course.title,
    (course.description ?? '').slice(0, TEXT_LIMIT),
    ...claims.map((c) => `${c.claim.body} ${c.claim.creditType ?? ''}`),
  ];
  if (!words.some((w) => ALL_STATES.test(w))) return [];
  const text = words.join('\n');
  if (!EVERY_STATE.test(text)) return [];
  // A provider that answers for its words, or an accreditor its words name by acronym ("As an
  // ANCC-accredited provider, our contact hours are accepted by all State Boards") or in full
  // ("accredited … by the American Nurses Credentialing Center's Commission on Accreditation",
  // blind round 145), may be right.
  if (answersForItsWords(provider)) return [];
  const named = text.match(/\b[A-Z]{3,6}\b/g) ?? [];
  if (named.some((acronym) => context.reference.findAccreditor(acronym) !== undefined)) return [];
  const recognised = (name: string) =>
    resolveBody(context, { body: name }, undefined).status === 'recognised';
  if (sentencesOf(text).some((sentence) => namedBodies(sentence).some(recognised))) {
    return [];
  }
  return [
    flag(
      'unsubstantiated-accreditation-claim',
      'warning',
      'It says its credit is accepted in every state, but no recognised accreditor backs it: each state board decides what counts.',
    ),
  ];
}
