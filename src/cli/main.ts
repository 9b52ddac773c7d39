/**
 * The `credence` command line: dispatch, errors as one readable line, exit codes 0/1/2.
 * @module
 */
import { CredenceError } from '../model/errors.js';
import { type CliArgs, parseCliArgs, UsageError } from './args.js';
import { runConvert, runSchema, runValidate } from './commands-data.js';
import { runEvaluate } from './commands-evaluate.js';
import { runCompare, runPlan, runRecommend } from './commands-recommend.js';
import { COMMAND_HELP, mainHelp } from './help.js';
import { resetStdin } from './io.js';
import { type Output, processOutput } from './output.js';

declare const __CREDENCE_VERSION__: string | undefined;
const VERSION = typeof __CREDENCE_VERSION__ === 'string' ? __CREDENCE_VERSION__ : '0.1.0';

type Command = (args: CliArgs, out: Output) => number;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: runValidate,
  convert: runConvert,
  schema: runSchema,
  evaluate: runEvaluate,
  recommend: runRecommend,
  plan: runPlan,
  compare: runCompare,
};

/** Runs the command line with the given arguments and returns the exit code. */
export function runCli(argv: readonly string[], out: Output = processOutput()): number {
  let debug = argv.includes('--debug');
  resetStdin();
  try {
    const args = parseCliArgs(argv);
    debug = args.values.debug === true;
    if (args.values.version) {
      out.line(VERSION);
      return 0;
    }
    if (args.command === undefined || args.command === 'help') {
      out.line(mainHelp(VERSION));
      return args.command === undefined && !args.values.help ? 2 : 0;
    }
    const command = COMMANDS[args.command];
    if (command === undefined) {
      throw new UsageError(
        `unknown command "${args.command}"; commands: ${Object.keys(COMMANDS).join(', ')}`,
      );
    }
    if (args.values.help) {
      out.line(COMMAND_HELP[args.command] ?? mainHelp(VERSION));
      return 0;
    }
    return command(args, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`credence: ${error.message} (see credence --help)`);
    } else if (error instanceof CredenceError) {
      out.error(error.message);
    } else {
      out.error(
        `credence: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (debug && error instanceof Error && error.stack) out.error(error.stack);
    return 2;
  }
}

// Run when this file is the program (the built CommonJS bin); importing it runs nothing.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  process.exitCode = runCli(process.argv.slice(2));
}
