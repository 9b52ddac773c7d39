/**
 * Where command output goes: stdout for results, stderr for progress and errors. Colour only on
 * a TTY and never with NO_COLOR. Helpers for text wrapped to the terminal's width (80 columns
 * when piped), terminal-safe text and colour.
 * @module
 */

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
