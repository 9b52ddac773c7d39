/**
 * Every credit type the reference data gives a time rule is believed at its own rate: a claim of
 * as many credits as its rule allows for the hours is never called implausible, whether the
 * claim names the body that grants it or another (an accredited provider, a designating office).
 * The check runs over the data as shipped, so a rule added with the wrong unit or rate fails here.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCatalog } from '../../src/credibility/evaluate.js';
import type { Course } from '../../src/model/course.js';
import { parseCourse } from '../../src/model/parse.js';
import { bundledData } from '../../src/reference/data.js';

describe('credit types at their own rate', () => {
  it('are never implausible, whoever the claim names', () => {
    const claims: { course: Course; label: string }[] = [];
    for (const accreditor of bundledData().accreditors) {
      for (const credit of accreditor.credits) {
        const minutes = credit.minutesPerUnit ?? credit.minMinutesPerUnit;
        if (!minutes) continue;
        // The most an hour earns by the rule; three hours of it.
        const credits = Math.round((60 / minutes) * (credit.multiplier ?? 1) * 3 * 100) / 100;
        for (const creditType of [credit.name, ...credit.aliases.slice(0, 2)]) {
          for (const body of [accreditor.name, 'Northfield Education Unit']) {
            claims.push({
              label: `${body}: ${credits} "${creditType}" for 3 hours`,
              course: parseCourse({
                id: `rate-${claims.length}`,
                title: 'Clinical update',
                provider: { name: 'Northfield Hospital' },
                durationHours: 3,
                format: 'self-paced-online',
                accreditations: [{ body, creditType, credits, unit: credit.unit }],
              }),
            });
          }
        }
      }
    }
    const reports = evaluateCatalog(
      claims.map((c) => c.course),
      { asOf: '2026-12-07' },
    );
    const implausible = reports.flatMap((report, i) =>
      report.flags
        .filter((f) => f.code === 'implausible-credit' || f.code === 'credit-over-daily-cap')
        .map((f) => `${claims[i]?.label}: ${f.code}`),
    );
    expect(claims.length).toBeGreaterThan(250);
    expect(implausible).toEqual([]);
  });
});
