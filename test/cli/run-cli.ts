// Runs the command line in a child process (for standard input): node --import tsx test/cli/run-cli.ts …
import { runCli } from '../../src/cli/main.js';

process.exitCode = runCli(process.argv.slice(2));
