/**
 * The real-world credibility corpus (test/fixtures/realworld/): legitimate offerings from real
 * organisations with a tier, constructed mills in publicly reported patterns, and variants of
 * real names. Loaded and evaluated here, measured by metrics.ts.
 */
import { readFileSync } from 'node:fs';
import { evaluateCatalog } from '../../../src/credibility/evaluate.js';
import { validateCourses } from '../../../src/model/catalog-reader.js';
import type { Course } from '../../../src/model/course.js';
import type { CredibilityReport } from '../../../src/model/report.js';

const FIXTURES = new URL('../../fixtures/realworld/', import.meta.url);

/** A legitimate offering of the corpus. */
export interface LegitimateEntry {
  readonly course: unknown;
  readonly tier: 1 | 2 | 3;
  readonly good: boolean;
  readonly shape: 'full' | 'sparse' | 'scraped-mooc';
  readonly organisation: string;
  readonly source: string;
  readonly why: string;
}

/** A constructed mill offering. */
export interface MillEntry {
  readonly course: unknown;
  readonly pattern: string;
  readonly source: string;
  readonly why: string;
}

/** A way a real organisation's name is written. */
export interface NameVariant {
  readonly text: string;
  readonly role: 'accreditor' | 'provider' | 'university' | 'regulator';
  readonly organisation: string;
  readonly domain?: string;
  /** Other real bodies with similar names, where the author noted them. */
  readonly resembles?: string;
  /**
   * How the text departs from the body's name, where it is not the name as the body or others
   * write it: a typing slip ("RGCP"), a wrong expansion of the acronym, a name that fits several
   * bodies ("the Royal College of Surgeons" on an Irish page), words reordered, or no name at all.
   * Such a text is not expected to resolve; it must still not be called a look-alike.
   */
  readonly reading?: 'typo' | 'wrong-expansion' | 'ambiguous' | 'reordered' | 'no-name';
}

function read<T>(name: string, key: string): T[] {
  return (
    (JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Record<string, T[]>)[key] ?? []
  );
}

export const legitimate = read<LegitimateEntry>('legitimate.json', 'offerings');
export const mills = read<MillEntry>('mills.json', 'offerings');
export const variants = read<NameVariant>('name-variants.json', 'variants');

/** Validates entries' courses (the corpus must be valid input). */
export function coursesOf(entries: readonly { course: unknown }[]): Course[] {
  const { courses, issues } = validateCourses(entries.map((e) => e.course));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(`corpus is invalid: ${errors[0]?.message}`);
  return [...courses];
}

/** The date the corpus is evaluated at. */
export const AS_OF = '2026-12-06';

/** Every offering of the corpus evaluated, with its label. */
export interface Evaluated {
  readonly report: CredibilityReport;
  readonly course: Course;
  /** 1–3 for legitimate tiers, 4 for mills. */
  readonly tier: number;
  readonly good: boolean;
  readonly mill: boolean;
}

export function evaluateCorpus(): Evaluated[] {
  const legit = coursesOf(legitimate);
  const fake = coursesOf(mills);
  const reports = evaluateCatalog([...legit, ...fake], { asOf: AS_OF });
  return reports.map((report, i) => {
    const isMill = i >= legit.length;
    const entry = isMill ? undefined : legitimate[i];
    return {
      report,
      course: isMill ? (fake[i - legit.length] as Course) : (legit[i] as Course),
      tier: entry?.tier ?? 4,
      good: entry?.good ?? false,
      mill: isMill,
    };
  });
}
