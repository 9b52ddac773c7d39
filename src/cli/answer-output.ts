/**
 * The answers of recommend, plan and compare as the command line shows them: readable lines
 * wrapped to the terminal's width, and CSV whose cells a spreadsheet cannot run as formulas.
 * @module
 */
import type { ComparisonRow } from '../compare/compare.js';
import type {
  GapAnswer,
  HeldBack,
  LearningPlan,
  Money,
  RecommendationResult,
} from '../model/report.js';
import {
  fitText,
  gradeStyle,
  type Output,
  paint,
  TABLE_WIDTH,
  terminalText,
  wrapText,
} from './output.js';

/**
 * One CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, since catalogue text is
 * untrusted; numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV lines: a header and one line per row. */
export function csvLines(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined | null)[])[],
): string[] {
  return [header.join(','), ...rows.map((row) => row.map(csvCell).join(','))];
}

/** `recommend` results as CSV: one line per recommendation (lists joined with `;`). */
export function recommendationsCsv(result: RecommendationResult): string[] {
  return csvLines(
    [
      'rank',
      'id',
      'score',
      'relevance',
      'credibility',
      'grade',
      'fit',
      'gaps_covered',
      'order',
      'reasons',
    ],
    result.recommendations.map((r) => [
      r.rank,
      r.id,
      r.score,
      r.relevance,
      r.credibility,
      r.grade,
      r.fit,
      r.gaps.join(';'),
      r.order,
      r.reasons.join(' | '),
    ]),
  );
}

const quoted = (items: readonly string[]): string => items.map((g) => `'${g}'`).join(', ');

/** Each gap answered: covered by which offerings, or why not and what keeps each candidate out. */
export function gapAnswerLines(gaps: readonly GapAnswer[], width = TABLE_WIDTH): string[] {
  const lines: string[] = [];
  for (const g of gaps) {
    const head = `'${g.gap}' (${g.priority}): `;
    const text = g.covered
      ? `covered by ${g.coveredBy.join(', ')}`
      : `not covered — ${g.reason ?? 'nothing covers it'}`;
    lines.push(...wrapText(`${head}${text}`, width, '  ', '      '));
    for (const c of g.candidates) {
      lines.push(...wrapText(`${c.id}: ${c.excludedBy.join('; ')}`, width, '    - ', '      '));
    }
  }
  return lines;
}

/** Offerings the trust floor holds back although they cover a gap, with why. */
export function heldBackLines(held: readonly HeldBack[], width = TABLE_WIDTH): string[] {
  return held.flatMap((h) =>
    wrapText(
      `${h.id}: covers ${quoted(h.gaps)} — held back: ${h.reasons.join(', ')}`,
      width,
      '  ',
      '      ',
    ),
  );
}

/**
 * `recommend` results as text for a terminal: notes first (a lowered trust floor, currencies
 * without rates), a table with labelled columns, each offering's reasons, every gap answered,
 * and what the trust floor holds back.
 */
export function recommendationLines(
  result: RecommendationResult,
  out: Pick<Output, 'color'>,
  width = TABLE_WIDTH,
): string[] {
  const lines: string[] = [];
  for (const note of result.notes) lines.push(...wrapText(`Note: ${note}`, width, '', '      '));
  if (result.recommendations.length === 0) {
    lines.push('No offering that may be recommended covers a gap.');
  } else {
    lines.push(`${'#'.padEnd(4)}${fitText('offering', 34)} score  relevance  credibility   fit`);
    for (const r of result.recommendations) {
      const grade = paint(out, gradeStyle(r.grade), r.grade);
      const credibility = `${String(Math.round(r.credibility)).padStart(9)} ${grade}`;
      lines.push(
        `${String(r.rank).padEnd(4)}${fitText(r.id, 34)} ${r.score.toFixed(2).padStart(5)}  ${r.relevance.toFixed(2).padStart(9)}  ${credibility}  ${r.fit.toFixed(2).padStart(4)}`,
      );
      for (const reason of r.reasons) lines.push(...wrapText(reason, width, '    ', '      '));
    }
    lines.push(
      ...wrapText(
        'score: the ranking score, 0–1 (relevance, credibility and fit weighted); relevance: how well it covers the gaps, by priority, 0–1; credibility: 0–100 and grade; fit: budget, time, format, place and credit, 0–1.',
        width,
      ),
    );
  }
  if (result.gaps.length > 0) {
    lines.push('', 'Gaps');
    lines.push(...gapAnswerLines(result.gaps, width));
  }
  if (result.heldBack.length > 0) {
    lines.push('', 'Held back by the trust floor (lower it with --min-grade or --include-flagged)');
    lines.push(...heldBackLines(result.heldBack, width));
  }
  return lines;
}

const moneyText = (totals: readonly Money[]): string => {
  const spent = totals.filter((m) => m.amount > 0);
  return spent.length === 0 ? 'free' : spent.map((m) => `${m.amount} ${m.currency}`).join(' + ');
};

/** A learning plan as text: notes, the offerings and why (the requirement among the reasons), every gap answered. */
export function planLines(plan: LearningPlan, width = TABLE_WIDTH): string[] {
  const n = plan.courses.length;
  const lines: string[] = [];
  for (const note of plan.notes) lines.push(...wrapText(`Note: ${note}`, width, '', '      '));
  lines.push(
    `Plan: ${n} offering${n === 1 ? '' : 's'}, ${plan.totalHours} h, ${moneyText(plan.totalCost)}`,
  );
  for (const reason of plan.reasons) lines.push(...wrapText(reason, width, '  ', '    '));
  if (plan.gaps.length > 0) {
    lines.push('', 'Gaps');
    lines.push(...gapAnswerLines(plan.gaps, width));
  }
  return lines;
}

/** `compare` rows as CSV: one line per offering (lists joined with `;`). */
export function comparisonCsv(rows: readonly ComparisonRow[]): string[] {
  return csvLines(
    [
      'id',
      'title',
      'provider',
      'credibility',
      'grade',
      'accreditation',
      'university',
      'cost',
      'currency',
      'hours',
      'format',
      'assessment',
      'gaps_covered',
      'flags',
    ],
    rows.map((r) => [
      r.id,
      r.title,
      r.provider,
      r.credibility,
      r.grade,
      r.accreditation.join(';'),
      r.university,
      r.cost?.amount,
      r.cost?.currency,
      r.hours,
      r.format,
      r.assessment,
      r.gapsCovered?.join(';'),
      r.flags.map((f) => f.code).join(';'),
    ]),
  );
}

/** `compare` rows as text: each offering's grade and score, then its facts, wrapped, never cut. */
export function comparisonLines(
  rows: readonly ComparisonRow[],
  out: Pick<Output, 'color'>,
  width = TABLE_WIDTH,
): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const grade = paint(out, gradeStyle(row.grade), row.grade);
    lines.push(
      `${terminalText(row.id)}: credibility ${Math.round(row.credibility)}/100, grade ${grade}`,
    );
    const facts = [
      `${row.title} — ${row.provider}`,
      `${row.cost ? `${row.cost.amount} ${row.cost.currency}` : 'cost not stated'} · ${row.hours === undefined ? 'hours not stated' : `${row.hours} h`} · ${row.format ?? 'format not stated'} · assessment: ${row.assessment ?? 'not stated'}`,
      ...(row.accreditation.length > 0 ? [`accreditation: ${row.accreditation.join('; ')}`] : []),
      ...(row.university ? [`university (confirmed): ${row.university}`] : []),
      ...row.flags.filter((f) => f.severity !== 'info').map((f) => `${f.severity}: ${f.message}`),
      ...(row.gapsCovered ? [`gaps covered: ${row.gapsCovered.join(', ') || 'none'}`] : []),
    ];
    for (const fact of facts) lines.push(...wrapText(fact, width, '  ', '    '));
  }
  return lines;
}
