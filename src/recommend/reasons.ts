/**
 * Human reasons for a scored course: which gap, via which concept and evidence, the
 * credibility grade and key flags, and fit notes.
 * @module
 */
import type { ClinicianProfile } from '../model/profile.js';
import type { CourseIndex } from '../relevance/course-index.js';
import { GAP_COVERED_MIN } from './defaults.js';
import type { Analysis, Candidate } from './engine.js';

const RELATION_TEXT = {
  exact: 'teaches',
  narrower: 'teaches part of it:',
  broader: 'teaches the broader topic',
  related: 'teaches the related topic',
  text: 'matches its words',
} as const;

/** Gap texts (as typed) this candidate covers. */
export function coveredGaps(profile: ClinicianProfile, candidate: Candidate): string[] {
  return profile.gaps
    .filter((_, g) => (candidate.coverage[g] ?? 0) >= GAP_COVERED_MIN)
    .map((g) => g.skill);
}

/**
 * Reasons a clinician can read.
 *
 * @example
 * ```ts
 * reasonsFor(index, profile, analysis, candidate)[0];
 * // "Covers 'sepsis recogntion' (high priority): teaches Sepsis recognition and management (declared skill "sepsis recognition")"
 * ```
 */
export function reasonsFor(
  index: CourseIndex,
  profile: ClinicianProfile,
  analysis: Analysis,
  candidate: Candidate,
): string[] {
  const reasons: string[] = [];
  profile.gaps.forEach((gap, g) => {
    const hit = candidate.hits[g];
    if (!hit || (candidate.coverage[g] ?? 0) < GAP_COVERED_MIN) return;
    const head = `Covers '${gap.skill}' (${gap.priority} priority, ${Math.round((candidate.coverage[g] ?? 0) * 100)}%)`;
    if (hit.relation === 'text' || hit.conceptId === undefined) {
      reasons.push(`${head}: its text matches the gap's words (full-text search)`);
      return;
    }
    const label = index.taxonomy.concepts.get(hit.conceptId)?.label ?? hit.conceptId;
    const evidence = index
      .conceptsOf(candidate.position)
      .find((c) => c.conceptId === hit.conceptId);
    const where =
      evidence === undefined
        ? ''
        : evidence.field === 'skills'
          ? ` (declared skill "${evidence.source}")`
          : ` (in its ${evidence.field === 'learningOutcomes' ? 'learning outcomes' : evidence.field})`;
    const gapLabel =
      hit.gapConceptId && hit.relation !== 'exact'
        ? ` ${index.taxonomy.concepts.get(hit.gapConceptId)?.label ?? ''} →`
        : '';
    const match = analysis.gaps[g]?.matches.find((m) => m.conceptId === hit.gapConceptId);
    const read = match && match.via !== 'label' && match.via !== 'id' ? `; ${match.evidence}` : '';
    reasons.push(`${head}:${gapLabel} ${RELATION_TEXT[hit.relation]} ${label}${where}${read}`);
  });
  const report = candidate.report;
  if (report) {
    const warnings = report.flags.filter((f) => f.severity !== 'info').slice(0, 2);
    reasons.push(
      `Credibility ${report.score}/100 (grade ${report.grade}, confidence ${Math.round(report.confidence * 100)}%)${
        warnings.length > 0 ? `; flags: ${warnings.map((f) => f.message).join('; ')}` : ''
      }`,
    );
  }
  reasons.push(`Audience: ${candidate.audienceNote}`);
  if (candidate.verdict.notes.length > 0)
    reasons.push(`Fit: ${candidate.verdict.notes.join('; ')}`);
  return reasons;
}
