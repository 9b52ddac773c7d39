/**
 * Ranking metrics for the real-text relevance test set: graded nDCG@k, precision@k, a profile's
 * grades as the best grade over its gaps, and whether a catalogue teaches a gap. Written from the
 * textbook definitions (Järvelin & Kekäläinen's nDCG with exponential gain), independently of the
 * code under test.
 * @module
 */

/** Graded judgments of one gap or profile: course id → grade 1–3. Unlisted courses are grade 0. */
export type Grades = Readonly<Record<string, number>>;

/** The grade from which a course counts as relevant for precision: related, would partly help. */
export const RELEVANT_MIN = 1;
/** The grade from which a course teaches a gap (a large part of it, or exactly it). */
export const TEACHES_MIN = 2;

/** A course's grade, 0 when unjudged. */
export function gradeOf(grades: Grades, id: string): number {
  return Object.hasOwn(grades, id) ? (grades[id] as number) : 0;
}

/** The gain of a grade: 2^grade − 1 (0, 1, 3, 7), so a grade-3 course outweighs several grade-1s. */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** The discount of 0-based rank `i`: log2(i + 2), so rank 1 is undiscounted. */
export function discount(i: number): number {
  return Math.log2(i + 2);
}

/**
 * Discounted cumulative gain of the first `k` ids of a ranking. A repeated id gains nothing the
 * second time, so a ranking cannot score by listing the same course twice.
 */
export function dcgAtK(ranked: readonly string[], grades: Grades, k: number): number {
  const seen = new Set<string>();
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const id = ranked[i] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    dcg += gain(gradeOf(grades, id)) / discount(i);
  }
  return dcg;
}

/** The best possible DCG@k: all judged courses sorted by grade, best first. */
export function idealDcgAtK(grades: Grades, k: number): number {
  const best = Object.values(grades)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  return best.reduce((sum, g, i) => sum + gain(g) / discount(i), 0);
}

/**
 * Normalised DCG@k in [0, 1], or `null` when nothing is judged relevant (the ideal is 0 and the
 * ratio means nothing; such a profile is left out of means).
 */
export function ndcgAtK(ranked: readonly string[], grades: Grades, k: number): number | null {
  const ideal = idealDcgAtK(grades, k);
  return ideal === 0 ? null : dcgAtK(ranked, grades, k) / ideal;
}

/**
 * Precision@k: the share of the `k` slots holding a distinct course graded ≥ 1. The denominator is
 * always `k`, so returning fewer than `k` courses is not rewarded.
 */
export function precisionAtK(ranked: readonly string[], grades: Grades, k: number): number {
  const hits = new Set(ranked.slice(0, k).filter((id) => gradeOf(grades, id) >= RELEVANT_MIN));
  return hits.size / k;
}

/** A profile's grades: each course's best grade over the profile's gaps. */
export function profileGrades(gaps: Readonly<Record<string, Grades>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const grades of Object.values(gaps)) {
    for (const [id, grade] of Object.entries(grades)) {
      if (grade > (out[id] ?? 0)) out[id] = grade;
    }
  }
  return out;
}

/** Whether the catalogue teaches a gap: some course is graded ≥ 2 for it. */
export function catalogueTeaches(grades: Grades): boolean {
  return Object.values(grades).some((g) => g >= TEACHES_MIN);
}

/** The mean of the non-null values, or `null` when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}
