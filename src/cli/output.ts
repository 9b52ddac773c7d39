/**
 * Where command output goes: stdout for results, stderr for progress and errors.
 * Colour only on a TTY and never with NO_COLOR. Shared helpers for text wrapped to the
 * terminal's width (80 columns when piped), terminal-safe text, colour and CSV.
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

/** Writes results and diagnostics. */
export interface Output {
  line(text: string): void;
  json(value: unknown): void;
  error(text: string): void;
  /** A transient status line on stderr (only when stderr is a TTY); `''` clears it. */
  progress(text: string): void;
  /** Whether stdout may carry ANSI colour. */
  readonly color: boolean;
  /** Columns text is wrapped to: the terminal's width, or {@link TABLE_WIDTH} when piped. */
  readonly width?: number;
}

/** The width text is wrapped to when stdout is not a terminal: a standard terminal's. */
export const TABLE_WIDTH = 80;

/** The width to wrap to on a terminal of `columns` (narrow terminals still get 60). */
export function terminalWidth(isTTY: boolean | undefined, columns: number | undefined): number {
  if (isTTY !== true || columns === undefined || !Number.isFinite(columns)) return TABLE_WIDTH;
  return Math.max(60, Math.min(200, Math.floor(columns)));
}

/** The width an output wraps to. */
export const widthOf = (out: Pick<Output, 'width'>): number => out.width ?? TABLE_WIDTH;

/** Whether colour is allowed: a TTY, no NO_COLOR (any value, https://no-color.org), not TERM=dumb. */
export function colorAllowed(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

/** An {@link Output} over the process's streams. */
export function processOutput(): Output {
  const color = colorAllowed(process.stdout.isTTY, process.env);
  // A closed pipe (`credence … | head`) is the reader saying it has enough: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let shown = false;
  return {
    color,
    width: terminalWidth(process.stdout.isTTY, process.stdout.columns),
    line: (text) => process.stdout.write(`${text}\n`),
    json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    error: (text) => {
      if (shown) process.stderr.write('\r\u001b[K');
      shown = false;
      process.stderr.write(`${text}\n`);
    },
    progress: (text) => {
      if (!process.stderr.isTTY) return;
      if (text === '' && !shown) return;
      process.stderr.write(`\r${text}\u001b[K`);
      shown = text !== '';
    },
  };
}

// C0 and C1 controls (ESC among them), DEL, and bidirectional overrides that could reorder text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Catalogue text made safe for a terminal: control characters and escapes become spaces. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, ' ');
}

/** Fits text into exactly `width` characters: cut with "…", or padded. Terminal-safe. */
export function fitText(text: string, width: number): string {
  const safe = terminalText(text);
  return safe.length > width ? `${safe.slice(0, width - 1)}…` : safe.padEnd(width);
}

/**
 * Wraps text into lines of at most `width` characters: the first prefixed with `indent`, the
 * others with `hang` (a hanging indent; by default the same).
 */
export function wrapText(text: string, width: number, indent = '', hang = indent): string[] {
  const room = Math.max(10, width - Math.max(indent.length, hang.length));
  const lines: string[] = [];
  let current = '';
  for (const word of terminalText(text).split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > room) {
      if (current) lines.push(current);
      current = '';
      lines.push(w.slice(0, room));
      w = w.slice(room);
    }
    if (current === '') current = w;
    else if (current.length + 1 + w.length <= room) current += ` ${w}`;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current) lines.push(current);
  return lines.map((l, i) => `${i === 0 ? indent : hang}${l}`);
}

const SGR = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

/** A colour or weight for {@link paint}. */
export type Style = keyof typeof SGR;

/** Wraps `text` in an ANSI style when `out.color` allows it; otherwise returns it unchanged. */
export function paint(out: Pick<Output, 'color'>, style: Style, text: string): string {
  if (!out.color) return text;
  const [on, off] = SGR[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** The colour of a grade letter: A/B green, C yellow, D/E red, U (unrated) dim: not a verdict. */
export function gradeStyle(grade: string): Style {
  if (grade === 'U') return 'dim';
  return grade === 'A' || grade === 'B' ? 'green' : grade === 'C' ? 'yellow' : 'red';
}

/** The colour and short mark of a flag severity. */
export function severityMark(severity: string): { mark: string; style: Style } {
  if (severity === 'critical') return { mark: '!!', style: 'red' };
  if (severity === 'warning') return { mark: '!', style: 'yellow' };
  return { mark: 'i', style: 'dim' };
}

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
