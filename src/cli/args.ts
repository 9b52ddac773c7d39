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
      },
    });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, values };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
