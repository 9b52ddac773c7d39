/**
 * Measures credence's recommendations against blind graded judgments of a real scraped catalogue
 * (891 Coursera products, 2020) and against plain BM25 full-text search (minisearch defaults).
 *
 * Run: `npx tsx scripts/eval-relevance.ts` (add `--json` for the raw numbers). Needs
 * `../shared/conformance/catalogues/coursera-2020.csv` next to the project; the judgments are
 * `test/fixtures/relevance/coursera-judgments.json` (see the README there). The same evaluation
 * runs as a test in `test/relevance/real-text.test.ts`.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import Papa from 'papaparse';
import {
  type ClinicianProfileInput,
  type Course,
  createRecommender,
  parseCatalog,
} from '../src/index.js';
import {
  catalogueTeaches,
  type Grades,
  gradeOf,
  mean,
  ndcgAtK,
  precisionAtK,
  profileGrades,
} from '../test/relevance/ndcg.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The scraped catalogue; never copied into the project (GPL-3.0, kept in ../shared). */
export const CATALOGUE = path.resolve(ROOT, '../shared/conformance/catalogues/coursera-2020.csv');
/** The judgments. */
export const JUDGMENTS = path.join(ROOT, 'test/fixtures/relevance/coursera-judgments.json');
/** The cut-off of every metric: a results page shows about five offerings. */
export const K = 5;
/** The date credence's credibility rules use, fixed so runs are reproducible. */
export const AS_OF = '2026-12-06';

/** A gap as the clinician typed it. */
export type JudgedGap = {
  skill: string;
  priority: 'high' | 'medium' | 'low';
};

/** The judged profiles' fields: a subset of the public ClinicianProfile. */
export type JudgedClinician = {
  profession: string;
  specialty?: string;
  country?: string;
  language?: string;
  gaps: JudgedGap[];
};

/** One judged clinician: a public ClinicianProfile and, per gap as typed, the graded courses. */
export interface JudgedProfile {
  readonly id: string;
  readonly profile: JudgedClinician;
  /** Gap as typed → course row index → grade 1–3 (unlisted: 0). */
  readonly gaps: Readonly<Record<string, Grades>>;
  /** Courses that teach the gap in a language other than the profile's: graded 0, kept for notes. */
  readonly otherLanguage?: Readonly<Record<string, Grades>>;
  readonly gapNotes?: Readonly<Record<string, string>>;
  readonly note: string;
}

/** The judgments file. */
export interface Judgments {
  readonly catalogue: string;
  readonly key: string;
  readonly profiles: readonly JudgedProfile[];
}

/** Reads the judgments and checks that every profile's gaps are judged, and only those. */
export function loadJudgments(file: string = JUDGMENTS): Judgments {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Judgments;
  for (const p of data.profiles) {
    const typed = p.profile.gaps.map((g) => g.skill).sort();
    const judged = Object.keys(p.gaps).sort();
    if (typed.join('\n') !== judged.join('\n')) {
      throw new Error(
        `judgments: ${p.id}: judged gaps ${judged} differ from the profile's ${typed}`,
      );
    }
  }
  return data;
}

/** Whether the catalogue is present (it lives outside the repository). */
export function haveCatalogue(): boolean {
  return existsSync(CATALOGUE);
}

/**
 * The scraped CSV as credence courses: `id` = the unnamed row-index column, `title`,
 * `provider.name` = the organisation, and nothing else (no URL or description: the scrape has
 * none). The records go through credence's own `parseCatalog` as a JSON array (its CSV reader has
 * no column mapping for this file's headers), so they are validated like any catalogue.
 */
export function courseraCourses(csvText: string): Course[] {
  const parsed = Papa.parse<Record<string, string>>(csvText, {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    throw new Error(`coursera CSV: ${parsed.errors.map((e) => e.message).join('; ')}`);
  }
  const records = parsed.data.map((row) => ({
    id: row[''] as string,
    title: row.course_title as string,
    provider: { name: row.course_organization as string },
  }));
  const { courses, issues } = parseCatalog(records);
  if (issues.length > 0 || courses.length !== records.length) {
    throw new Error(`coursera CSV: ${issues.map((i) => i.message).join('; ')}`);
  }
  return [...courses];
}

/**
 * The baseline: minisearch with its default options (BM25 scoring, OR of terms, no prefix or
 * fuzzy matching) over title and organisation.
 */
export function bm25Search(courses: readonly Course[]): (query: string, k: number) => string[] {
  const index = new MiniSearch<{ id: string; title: string; organisation: string }>({
    fields: ['title', 'organisation'],
  });
  index.addAll(courses.map((c) => ({ id: c.id, title: c.title, organisation: c.provider.name })));
  return (query, k) =>
    index
      .search(query)
      .slice(0, k)
      .map((r) => String(r.id));
}

/** nDCG@K and P@K of one ranking. */
export interface Scores {
  readonly ids: readonly string[];
  readonly ndcg: number | null;
  readonly precision: number;
}

/** One gap of one profile. */
export interface GapResult {
  readonly gap: string;
  /** Some course is graded ≥ 2 for it. */
  readonly teaches: boolean;
  /** credence listed it in `uncoveredGaps` (for the whole profile). */
  readonly calledUncovered: boolean;
  /** The gap searched alone (a one-gap profile for credence). */
  readonly credence: Scores;
  readonly bm25: Scores;
}

/** A recommendation's claim that it covers a gap the course is graded 0 for. */
export interface FalseClaim {
  readonly profile: string;
  readonly id: string;
  readonly gap: string;
  /** The gap text credence returned matches none of the profile's gaps. */
  readonly unmatched: boolean;
  /** The course teaches the gap in another language than the profile's (grade 0 here). */
  readonly otherLanguageGrade: number;
}

/** One profile's result. */
export interface ProfileResult {
  readonly id: string;
  readonly credence: Scores;
  readonly bm25: Scores;
  readonly gaps: readonly GapResult[];
  readonly falseClaims: readonly FalseClaim[];
}

/** The whole evaluation. */
export interface Evaluation {
  readonly k: number;
  readonly profiles: readonly ProfileResult[];
  readonly means: {
    readonly credenceNdcg: number | null;
    readonly credencePrecision: number | null;
    readonly bm25Ndcg: number | null;
    readonly bm25Precision: number | null;
    /** Per gap searched alone. */
    readonly credenceGapNdcg: number | null;
    readonly bm25GapNdcg: number | null;
  };
  /** Gaps credence called uncovered although some course is graded ≥ 2. */
  readonly uncoveredButTaught: readonly { readonly profile: string; readonly gap: string }[];
  /** Gaps with no course graded ≥ 2 that credence did not call uncovered. */
  readonly untaughtNotCalledUncovered: readonly {
    readonly profile: string;
    readonly gap: string;
  }[];
  /** Recommendations whose covered-gaps list names a gap the course is graded 0 for. */
  readonly falseClaims: readonly FalseClaim[];
}

const scores = (ids: readonly string[], grades: Grades): Scores => ({
  ids,
  ndcg: ndcgAtK(ids, grades, K),
  precision: precisionAtK(ids, grades, K),
});

/** Runs credence and the BM25 baseline for every judged profile. */
export function evaluate(courses: readonly Course[], judgments: Judgments): Evaluation {
  const recommender = createRecommender(courses, { asOf: AS_OF });
  const bm25 = bm25Search(courses);
  const profiles: ProfileResult[] = [];
  for (const judged of judgments.profiles) {
    const grades = profileGrades(judged.gaps);
    const gapTexts = judged.profile.gaps.map((g) => g.skill);
    // The public call under test, with the profile exactly as judged.
    const profile: ClinicianProfileInput = judged.profile;
    const result = recommender.recommend(profile, { limit: K });
    const uncovered = new Set(result.uncoveredGaps);
    const falseClaims: FalseClaim[] = [];
    for (const r of result.recommendations) {
      for (const gap of r.gaps) {
        const gapGrades = judged.gaps[gap];
        if (gapGrades !== undefined && gradeOf(gapGrades, r.id) > 0) continue;
        falseClaims.push({
          profile: judged.id,
          id: r.id,
          gap,
          unmatched: gapGrades === undefined,
          otherLanguageGrade: gradeOf(judged.otherLanguage?.[gap] ?? {}, r.id),
        });
      }
    }
    const gaps = judged.profile.gaps.map((g): GapResult => {
      const gapGrades = judged.gaps[g.skill] ?? {};
      const alone = recommender.recommend({ ...profile, gaps: [g] }, { limit: K });
      return {
        gap: g.skill,
        teaches: catalogueTeaches(gapGrades),
        calledUncovered: uncovered.has(g.skill),
        credence: scores(
          alone.recommendations.map((r) => r.id),
          gapGrades,
        ),
        bm25: scores(bm25(g.skill, K), gapGrades),
      };
    });
    profiles.push({
      id: judged.id,
      credence: scores(
        result.recommendations.map((r) => r.id),
        grades,
      ),
      bm25: scores(bm25(gapTexts.join(' '), K), grades),
      gaps,
      falseClaims,
    });
  }
  const allGaps = profiles.flatMap((p) => p.gaps.map((g) => ({ profile: p.id, ...g })));
  return {
    k: K,
    profiles,
    means: {
      credenceNdcg: mean(profiles.map((p) => p.credence.ndcg)),
      credencePrecision: mean(profiles.map((p) => p.credence.precision)),
      bm25Ndcg: mean(profiles.map((p) => p.bm25.ndcg)),
      bm25Precision: mean(profiles.map((p) => p.bm25.precision)),
      credenceGapNdcg: mean(allGaps.map((g) => g.credence.ndcg)),
      bm25GapNdcg: mean(allGaps.map((g) => g.bm25.ndcg)),
    },
    uncoveredButTaught: allGaps
      .filter((g) => g.calledUncovered && g.teaches)
      .map(({ profile, gap }) => ({ profile, gap })),
    untaughtNotCalledUncovered: allGaps
      .filter((g) => !g.calledUncovered && !g.teaches)
      .map(({ profile, gap }) => ({ profile, gap })),
    falseClaims: profiles.flatMap((p) => p.falseClaims),
  };
}

/** Loads the catalogue and judgments and evaluates; `undefined` when the catalogue is absent. */
export function evaluateCoursera(): Evaluation | undefined {
  if (!haveCatalogue()) return undefined;
  return evaluate(courseraCourses(readFileSync(CATALOGUE, 'utf8')), loadJudgments());
}

const num = (x: number | null, width = 6): string =>
  (x === null ? '—' : x.toFixed(2)).padStart(width);

/** The evaluation as a readable report (titles looked up in `courses`). */
export function formatReport(
  e: Evaluation,
  courses: readonly Course[],
  judgments: Judgments,
): string {
  const title = new Map(courses.map((c) => [c.id, `${c.title} (${c.provider.name})`]));
  const named = (id: string) => `${id} ${title.get(id) ?? '?'}`;
  const lines: string[] = [];
  const head = `${'profile'.padEnd(34)} credence nDCG@${e.k}   P@${e.k} │ BM25 nDCG@${e.k}   P@${e.k}`;
  lines.push(head, '─'.repeat(head.length));
  for (const p of e.profiles) {
    lines.push(
      `${p.id.padEnd(34)} ${num(p.credence.ndcg, 15)} ${num(p.credence.precision)} │ ${num(p.bm25.ndcg, 11)} ${num(p.bm25.precision)}`,
    );
    for (const g of p.gaps) {
      const said = g.calledUncovered ? 'said uncovered' : 'said covered  ';
      const taught = g.teaches ? 'taught    ' : 'not taught';
      lines.push(
        `    ${JSON.stringify(g.gap).padEnd(32)} ${taught} ${said}  alone: credence ${num(g.credence.ndcg, 4)}  BM25 ${num(g.bm25.ndcg, 4)}`,
      );
    }
  }
  lines.push('─'.repeat(head.length));
  const m = e.means;
  lines.push(
    `${'mean over profiles'.padEnd(34)} ${num(m.credenceNdcg, 15)} ${num(m.credencePrecision)} │ ${num(m.bm25Ndcg, 11)} ${num(m.bm25Precision)}`,
    `${'mean over gaps searched alone'.padEnd(34)} ${num(m.credenceGapNdcg, 15)} ${''.padStart(6)} │ ${num(m.bm25GapNdcg, 11)}`,
    '',
    `Gaps called uncovered although a course graded ≥ 2 exists (${e.uncoveredButTaught.length}):`,
  );
  const judged = new Map(judgments.profiles.map((p) => [p.id, p]));
  for (const { profile, gap } of e.uncoveredButTaught) {
    const grades = judged.get(profile)?.gaps[gap] ?? {};
    const best = Object.entries(grades)
      .filter(([, g]) => g >= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id, g]) => `${g}: ${named(id)}`);
    lines.push(`  ${profile} "${gap}" — e.g. ${best.join('; ')}`);
  }
  lines.push(
    '',
    `Gaps no course teaches (none graded ≥ 2) that were not called uncovered (${e.untaughtNotCalledUncovered.length}):`,
  );
  for (const { profile, gap } of e.untaughtNotCalledUncovered) lines.push(`  ${profile} "${gap}"`);
  lines.push(
    '',
    `Recommendations claiming to cover a gap the course is graded 0 for (${e.falseClaims.length}):`,
  );
  for (const c of e.falseClaims) {
    const why = c.unmatched
      ? ' [gap text not in the profile]'
      : c.otherLanguageGrade > 0
        ? ` [teaches it in another language: grade ${c.otherLanguageGrade} there]`
        : '';
    lines.push(`  ${c.profile} "${c.gap}" ← ${named(c.id)}${why}`);
  }
  return lines.join('\n');
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (!haveCatalogue()) {
    console.error(`eval-relevance: ${CATALOGUE} is absent; nothing to measure.`);
    process.exit(2);
  }
  const courses = courseraCourses(readFileSync(CATALOGUE, 'utf8'));
  const judgments = loadJudgments();
  const evaluation = evaluate(courses, judgments);
  console.log(
    process.argv.includes('--json')
      ? JSON.stringify(evaluation, null, 2)
      : formatReport(evaluation, courses, judgments),
  );
}
