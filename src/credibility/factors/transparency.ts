/**
 * Transparency factor: the share of EU micro-credential Annex I elements and clinician
 * essentials that the offering states (DOMAIN.md §1.1).
 * @module
 */
import type { Course } from '../../model/course.js';
import type { FactorResult } from './types.js';
import { round3 } from './types.js';

/** The elements checked, each with the question it answers. */
export const TRANSPARENCY_ELEMENTS: readonly {
  readonly id: string;
  readonly present: (c: Course) => boolean;
}[] = [
  { id: 'awarding body (provider)', present: (c) => c.provider.name.trim() !== '' },
  { id: 'issuer country', present: (c) => c.provider.country !== undefined },
  { id: 'learning outcomes', present: (c) => (c.learningOutcomes?.length ?? 0) > 0 },
  {
    id: 'notional workload',
    present: (c) => c.durationHours !== undefined || c.academicCredit !== undefined,
  },
  {
    id: 'level (EQF or audience level)',
    present: (c) => c.eqfLevel !== undefined || c.audience?.level !== undefined,
  },
  { id: 'type of assessment', present: (c) => c.assessment !== undefined },
  { id: 'form of participation', present: (c) => c.format !== undefined },
  { id: 'quality assurance', present: (c) => c.qualityAssurance !== undefined },
  { id: 'cost', present: (c) => c.cost !== undefined },
  // Text fields are trimmed by the Course schema.
  { id: 'description', present: (c) => (c.description?.length ?? 0) >= 20 },
  { id: 'web page', present: (c) => c.url !== undefined || c.provider.url !== undefined },
  { id: 'review date', present: (c) => c.lastReviewed !== undefined },
];

/** Scores how much the offering discloses. */
export function transparencyFactor(course: Course): FactorResult {
  const present = TRANSPARENCY_ELEMENTS.filter((e) => e.present(course)).map((e) => e.id);
  const missing = TRANSPARENCY_ELEMENTS.filter((e) => !e.present(course)).map((e) => e.id);
  const score = round3(present.length / TRANSPARENCY_ELEMENTS.length);
  const evidence = [
    `states ${present.length} of ${TRANSPARENCY_ELEMENTS.length} essentials: ${score}`,
  ];
  if (missing.length > 0) evidence.push(`missing: ${missing.join(', ')}`);
  return { id: 'transparency', score, known: true, evidence, flags: [] };
}
