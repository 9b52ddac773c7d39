/**
 * The data commands: `validate`, `convert` and `schema`.
 * @module
 */
import { jsonSchemaFor, SCHEMA_NAMES, type SchemaName } from '../model/json-schema.js';
import { type CliArgs, UsageError } from './args.js';
import { catalogueProblems, EXIT, readCatalogue, reportCatalogue } from './catalogue.js';
import type { Output } from './output.js';

function requireFile(args: CliArgs, command: string): void {
  if (args.positionals[0] === undefined) {
    throw new UsageError(
      `${command} needs a file (or - for standard input): credence ${command} <file>`,
    );
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `credence validate <file>`: exit 0 all read, 1 some records rejected, 2 unusable (thrown). */
export function runValidate(args: CliArgs, out: Output): number {
  requireFile(args, 'validate');
  // Without --as-of, Open Badges expiry is reported, not applied (as convert does).
  const catalogue = readCatalogue(args, typeof args.values['as-of'] === 'string' ? undefined : '');
  const problems = catalogueProblems(catalogue);
  if (args.values.json) {
    out.json({
      file: problems.file,
      format: problems.format,
      valid: problems.read,
      invalid: problems.rejected,
      skipped: problems.skipped,
      errors: problems.errors,
      warnings: problems.warnings,
      notListed: problems.notListed,
      issues: problems.issues,
    });
  } else {
    for (const issue of problems.issues) out.line(`${issue.severity}: ${issue.message}`);
    out.line(
      `${problems.file} (${problems.format}): ${plural(problems.read, 'valid record')}, ${problems.rejected} invalid, ${plural(problems.warnings, 'warning')}${problems.skipped > 0 ? `, ${problems.skipped} skipped` : ''}${problems.notListed > 0 ? ` (${problems.notListed} issues not listed)` : ''}`,
    );
  }
  return problems.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

/** `credence convert <file>`: prints `{ courses, issues }` as contract JSON; exit 1 if any record was rejected. */
export function runConvert(args: CliArgs, out: Output): number {
  requireFile(args, 'convert');
  const catalogue = readCatalogue(args, typeof args.values['as-of'] === 'string' ? undefined : '');
  const problems = catalogueProblems(catalogue);
  out.json({ courses: catalogue.courses, issues: catalogue.issues });
  reportCatalogue(out, problems);
  return problems.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

/** `credence schema course|profile|policy`. */
export function runSchema(args: CliArgs, out: Output): number {
  const name = args.positionals[0];
  if (name === undefined || !(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`schema needs one of ${SCHEMA_NAMES.join(', ')}`);
  }
  out.json(jsonSchemaFor(name as SchemaName));
  return 0;
}
