/**
 * Command-line argument parsing (Node's `util.parseArgs`) and usage errors.
 * @module
 */
import { parseArgs } from 'node:util';

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
  evaluate: ['csv', 'as-of', 'policy', 'top', 'why'],
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
  ],
  plan: ['as-of', 'policy', 'profile', 'include-flagged', 'min-grade', 'rates', 'region'],
  compare: ['csv', 'as-of', 'policy', 'profile', 'ids'],
  validate: ['from', 'as-of'],
  convert: ['from', 'as-of'],
  schema: [],
  help: [],
};

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

/** Parses argv (without `node` and the script). Unknown options are a {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
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
        why: { type: 'string' },
        'why-not': { type: 'string' },
        'include-flagged': { type: 'boolean' },
        'min-grade': { type: 'string' },
        rates: { type: 'string' },
        region: { type: 'string' },
      },
    });
    const [command, ...rest] = positionals;
    checkOptions(
      command,
      Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined),
    );
    return { command, positionals: rest, values };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
