/**
 * Command-line argument parsing (Node's `util.parseArgs`) and usage errors, with a suggestion
 * for a misspelt option (`--profle` → "did you mean --profile?") instead of Node's raw text.
 * @module
 */
import { parseArgs } from 'node:util';
import { calendarDate } from '../ingest/values/dates.js';
import { didYouMean } from '../model/suggest.js';

/** A mistake in how the command was called: exit code 2, message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parsed options shared by every command. */
export interface CliArgs {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** Options every command accepts. */
const COMMON_OPTIONS = ['help', 'version', 'debug', 'json'] as const;

/**
 * The options each command reads, beyond {@link COMMON_OPTIONS}. An option a command would
 * silently ignore (say `plan --top 3`) is a usage error instead, so that nobody is misled.
 */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  evaluate: ['csv', 'as-of', 'policy', 'top', 'why', 'from', 'map'],
  recommend: [
    'csv',
    'as-of',
    'policy',
    'profile',
    'top',
    'why-not',
    'include-flagged',
    'min-grade',
    'rates',
    'region',
    'from',
    'map',
  ],
  plan: [
    'as-of',
    'policy',
    'profile',
    'include-flagged',
    'min-grade',
    'rates',
    'region',
    'from',
    'map',
  ],
  compare: ['csv', 'as-of', 'policy', 'profile', 'ids', 'from', 'map'],
  validate: ['from', 'as-of', 'map'],
  convert: ['from', 'as-of', 'map'],
  schema: [],
  help: [],
};

/** Every option, with its type. */
const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  'as-of': { type: 'string' },
  policy: { type: 'string' },
  profile: { type: 'string' },
  top: { type: 'string' },
  ids: { type: 'string' },
  from: { type: 'string' },
  map: { type: 'string' },
  why: { type: 'string' },
  'why-not': { type: 'string' },
  'include-flagged': { type: 'boolean' },
  'min-grade': { type: 'string' },
  rates: { type: 'string' },
  region: { type: 'string' },
} as const;

const NAMES = Object.keys(OPTIONS);

/** Throws a {@link UsageError} for an option the command does not read. */
function checkOptions(command: string | undefined, given: readonly string[]): void {
  const allowed = command === undefined ? undefined : COMMAND_OPTIONS[command];
  if (allowed === undefined) return; // no command or an unknown one: reported by the dispatcher
  const extra = given.filter(
    (name) => !(COMMON_OPTIONS as readonly string[]).includes(name) && !allowed.includes(name),
  );
  if (extra.length > 0) {
    const list = allowed.length > 0 ? allowed.map((o) => `--${o}`).join(', ') : 'none';
    throw new UsageError(
      `${command} does not take ${extra.map((o) => `--${o}`).join(', ')} (its options: ${list})`,
    );
  }
}

/** Node's parseArgs errors, said plainly. */
function usageOf(error: unknown, command: string | undefined): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const allowed =
      command === undefined ? NAMES : [...COMMON_OPTIONS, ...(COMMAND_OPTIONS[command] ?? NAMES)];
    const near = didYouMean(option.replace(/^-+/, ''), allowed);
    return new UsageError(`unknown option ${option}${near ? `; did you mean --${near}?` : ''}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return new UsageError(
      /argument missing/.test(message)
        ? `${option} needs a value`
        : `${option} takes no value (it is a switch)`,
    );
  }
  return new UsageError(message);
}

/** Parses argv (without `node` and the script). Unknown options are a {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const command = argv.find((a) => !a.startsWith('-'));
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
    const [first, ...rest] = positionals;
    checkOptions(
      first,
      Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined),
    );
    return { command: first, positionals: rest, values };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw usageOf(error, command);
  }
}

/**
 * `--as-of`, a real calendar date (`2026-02-30` is refused), or today (UTC).
 *
 * @example
 * ```ts
 * asOfOption({ command: 'evaluate', positionals: [], values: { 'as-of': '2026-11-28' } }); // '2026-11-28'
 * ```
 */
export function asOfOption(args: CliArgs): string {
  const value = args.values['as-of'];
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m || calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) {
    throw new UsageError(
      `--as-of must be a real date written YYYY-MM-DD, like 2026-11-28; got "${String(value)}"`,
    );
  }
  return value as string;
}
