/**
 * Where command output goes: stdout for results, stderr for progress and errors.
 * Colour only on a TTY and never with NO_COLOR.
 * @module
 */

/** Writes results and diagnostics. */
export interface Output {
  line(text: string): void;
  json(value: unknown): void;
  error(text: string): void;
  progress(text: string): void;
  readonly color: boolean;
}

/** An {@link Output} over the process's streams. */
export function processOutput(): Output {
  const color =
    process.stdout.isTTY === true &&
    process.env.NO_COLOR === undefined &&
    process.env.TERM !== 'dumb';
  // A closed pipe (`credence … | head`) is the reader saying it has enough: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    color,
    line: (text) => process.stdout.write(`${text}\n`),
    json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    error: (text) => process.stderr.write(`${text}\n`),
    progress: (text) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${text}\u001b[K`);
    },
  };
}
