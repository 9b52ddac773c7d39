/**
 * Transparency factor: the share of EU micro-credential Annex I elements and clinician
 * essentials that the offering states (EU Council Recommendation 2022/C 243/02, Annex I:
 * https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)).
 * @module
 */
import type { Course } from '../../model/course.js';
import { type FactorRule, round3 } from './types.js';

/** Words that only assert accreditation; a QA statement must say more than these. */
const CLAIM_ONLY = new Set(
  'fully internationally globally nationally officially accredited accreditation approved certified recognised recognized quality assured assurance and by the our is are this course programme program cpd ce cme'.split(
    ' ',
  ),
);

/**
 * Whether a quality-assurance statement says who assures quality or how: it names a body by its
 * abbreviation, or has at least three words beyond bare claims such as "Fully accredited.".
 */
function describesQualityAssurance(text: string | undefined): boolean {
  if (text === undefined) return false;
  const cut = text.slice(0, 2_000);
  // Naming a body by its abbreviation ("ACCME-accredited provider") says who assures quality.
  if (/\b[A-Z]{3,}\b/.test(cut)) return true;
  const words = cut.toLowerCase().split(/[^a-z0-9]+/);
  return words.filter((w) => w !== '' && !CLAIM_ONLY.has(w)).length >= 3;
}

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
  // A statement of who assures quality and how; a bare "Accredited." says neither.
  { id: 'quality assurance', present: (c) => describesQualityAssurance(c.qualityAssurance) },
  { id: 'cost', present: (c) => c.cost !== undefined },
  // Text fields are trimmed by the Course schema.
  { id: 'description', present: (c) => (c.description?.length ?? 0) >= 20 },
  { id: 'web page', present: (c) => c.url !== undefined || c.provider.url !== undefined },
  { id: 'review date', present: (c) => c.lastReviewed !== undefined },
];

/** Scores how much the offering discloses. */
export const transparencyFactor: FactorRule<readonly boolean[]> = {
  id: 'transparency',
  selfReported: true,
  read: ({ course }) => TRANSPARENCY_ELEMENTS.map((e) => e.present(course)),
  key: (present) => present.reduce((bits, p, i) => (p ? bits | (1 << i) : bits), 0),
  score(present) {
    const stated = TRANSPARENCY_ELEMENTS.filter((_, i) => present[i]).map((e) => e.id);
    const missing = TRANSPARENCY_ELEMENTS.filter((_, i) => !present[i]).map((e) => e.id);
    const score = round3(stated.length / TRANSPARENCY_ELEMENTS.length);
    const evidence = [
      `states ${stated.length} of ${TRANSPARENCY_ELEMENTS.length} essentials: ${score}`,
    ];
    if (missing.length > 0) evidence.push(`missing: ${missing.join(', ')}`);
    return { id: 'transparency', score, known: true, evidence, flags: [] };
  },
};
