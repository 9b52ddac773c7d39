/**
 * What the look-alike rules (`lookalike.ts`) find and read: the evidence that a name or web
 * address imitates a known organisation, and the reference data and policy the rules consult.
 * @module
 */
import type { Policy } from '../model/policy.js';
import type { KnownOrganisation } from '../reference/organisation-directory.js';
import type { Reference } from '../reference/reference.js';

/** Which look-alike rule found the evidence. */
export type LookalikeRule =
  | 'confusable-characters'
  | 'substituted-form-word'
  | 'misspelling'
  | 'borrowed-academic-brand'
  | 'confusable-host'
  | 'embedded-domain'
  | 'spelled-name'
  | 'borrowed-label'
  | 'borrowed-acronym'
  | 'typosquat'
  | 'near-acronym-credit'
  | 'near-name-credit'
  | 'own-short-name';

/** Evidence that a name or web address imitates a known organisation. */
export interface Lookalike {
  /** The organisation imitated. */
  readonly target: KnownOrganisation;
  readonly rule: LookalikeRule;
  /** Strong evidence (confusable characters, a substituted form word, an embedded domain). */
  readonly strong: boolean;
  /** What points at imitation, in a sentence a clinician can read. */
  readonly evidence: string;
}

/** What the rules read: the reference data and the policy's look-alike limits. */
export interface LookalikeContext {
  readonly reference: Reference;
  readonly policy: Policy;
}
