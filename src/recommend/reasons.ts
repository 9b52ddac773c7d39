/**
 * What a clinician reads about one offering: for each gap it covers, how and the offering's
 * own words that say so (quoted), then its credibility, audience and fit.
 * @module
 */
import type { CoverageEvidence } from '../model/report.js';
import type { CourseIndex } from '../relevance/course-index.js';
import type { GapReading } from '../relevance/gap-reading.js';
import type { GapHit } from '../relevance/gap-relevance.js';
import { quoteTerms, termsOf } from '../relevance/quote.js';
import { covers } from '../relevance/relevance.js';
import { termEvidence } from '../relevance/text-index.js';
import type { Candidate, Prepared } from './engine.js';

/** Gap texts (as typed) a candidate covers. */
export function coveredGaps(prepared: Prepared, candidate: Candidate): string[] {
  return prepared.profile.gaps
    .filter((_, g) => covers(candidate.coverage[g] ?? 0))
    .map((g) => g.skill);
}

/** Stem ids of every surface of a concept: its label, alternative labels and abbreviations. */
function conceptTerms(index: CourseIndex, conceptId: string): Set<number> {
  const concept = index.taxonomy.concepts.get(conceptId);
  const out = new Set<number>();
  if (!concept) return out;
  for (const text of [
    concept.label,
    ...concept.altLabels,
    ...concept.abbreviations.map((a) => a.text),
  ]) {
    for (const t of termsOf(index, text)) out.add(t);
  }
  return out;
}

/** The readings of a gap's words this course uses best, as words ("patient safety"). */
function readAs(index: CourseIndex, reading: GapReading, position: number): string {
  return reading.words
    .map((w) => {
      let best = w.alternatives[0];
      let value = -1;
      for (const a of w.alternatives) {
        let v = 0;
        for (const t of a.terms) if (t >= 0) v += termEvidence(index.text, t, position);
        if (v > value) {
          value = v;
          best = a;
        }
      }
      return best?.words ?? w.text;
    })
    .join(' ');
}

const RELATION_WORDS = {
  exact: (label: string) => `teaches ${label}`,
  narrower: (label: string) => `teaches part of it: ${label}`,
  broader: (label: string) => `teaches ${label}, which includes it`,
  domain: (label: string) => `teaches the wider field ${label}`,
  related: (label: string) => `teaches the related topic ${label}`,
} as const;

/** The quoted evidence for one gap a candidate covers. */
function evidenceFor(
  index: CourseIndex,
  candidate: Candidate,
  gap: string,
  reading: GapReading,
  hit: GapHit,
): Omit<CoverageEvidence, 'coverage'> {
  const course = candidate.course;
  if (hit.route) {
    const { conceptId } = hit.route;
    const label = index.taxonomy.concepts.get(conceptId)?.label ?? conceptId;
    const found = index.conceptsOf(candidate.position).find((c) => c.conceptId === conceptId);
    const quote =
      found?.skill !== undefined
        ? { field: 'skills' as const, text: found.skill }
        : quoteTerms(index, course, conceptTerms(index, conceptId), found?.field);
    return {
      gap,
      how: RELATION_WORDS[hit.route.relation](label),
      field: quote?.field ?? 'title',
      quote: quote?.text ?? course.title,
    };
  }
  const terms = new Set<number>();
  for (const w of reading.words)
    for (const a of w.alternatives) for (const t of a.terms) if (t >= 0) terms.add(t);
  const quote = quoteTerms(index, course, terms);
  const words = readAs(index, reading, candidate.position);
  const typed = reading.words.map((w) => w.text).join(' ');
  return {
    gap,
    how:
      words.toLowerCase() === typed.toLowerCase()
        ? 'uses its words'
        : `uses its words, read as "${words}"`,
    field: quote?.field ?? 'title',
    quote: quote?.text ?? course.title,
  };
}

const FIELD_NAMES = {
  title: 'title',
  skills: 'declared skill',
  learningOutcomes: 'learning outcome',
  description: 'description',
} as const;

/**
 * The evidence and the readable reasons of one candidate.
 *
 * @example
 * ```ts
 * reasonsFor(index, prepared, candidate).reasons[0];
 * // "Covers 'sepsis recogntion' (high priority, 90%): teaches Sepsis recognition and management — title: “Sepsis: recognition and escalation”"
 * ```
 */
export function reasonsFor(
  index: CourseIndex,
  prepared: Prepared,
  candidate: Candidate,
): { evidence: CoverageEvidence[]; reasons: string[] } {
  const evidence: CoverageEvidence[] = [];
  const reasons: string[] = [];
  prepared.profile.gaps.forEach((gap, g) => {
    const hit = candidate.hits[g];
    const coverage = candidate.coverage[g] ?? 0;
    if (!hit || !covers(coverage)) return;
    const reading = prepared.readings[g] as GapReading;
    const e: CoverageEvidence = {
      ...evidenceFor(index, candidate, gap.skill, reading, hit),
      coverage,
    };
    evidence.push(e);
    const match = reading.matches.find((m) => m.conceptId === hit.route?.gapConceptId);
    const via = match && match.via !== 'label' && match.via !== 'id' ? ` (${match.evidence})` : '';
    reasons.push(
      `Covers '${gap.skill}' (${gap.priority} priority, ${Math.round(coverage * 100)}%): ${e.how}${via} — ${FIELD_NAMES[e.field]}: “${e.quote}”`,
    );
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
  if (candidate.fitNotes.length > 0) reasons.push(`Fit: ${candidate.fitNotes.join('; ')}`);
  return { evidence, reasons };
}
