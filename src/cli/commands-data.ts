/**
 * The data commands: `validate`, `convert` and `schema`.
 * @module
 */
import type { CatalogFormat } from '../ingest/adapter.js';
import { CATALOG_FORMATS } from '../ingest/adapter.js';
import { jsonSchemaFor, SCHEMA_NAMES, type SchemaName } from '../model/json-schema.js';
import { type CliArgs, UsageError } from './args.js';
import { loadCatalogue } from './io.js';
import type { Output } from './output.js';

function formatOption(args: CliArgs): 'auto' | CatalogFormat {
  const from = args.values.from;
  if (from === undefined) return 'auto';
  if (typeof from === 'string' && (CATALOG_FORMATS as readonly string[]).includes(from)) {
    return from as CatalogFormat;
  }
  throw new UsageError(
    `--from must be one of ${CATALOG_FORMATS.join(', ')}, got "${String(from)}"`,
  );
}

function requireFile(args: CliArgs, command: string): string {
  const file = args.positionals[0];
  if (file === undefined)
    throw new UsageError(`${command} needs a file: credence ${command} <file>`);
  return file;
}

/** `credence validate <file>`: exit 0 all valid, 1 some invalid, 2 unusable (thrown). */
export function runValidate(args: CliArgs, out: Output): number {
  const file = requireFile(args, 'validate');
  const result = loadCatalogue(file, { format: formatOption(args) });
  const errors = result.issues.filter((i) => i.severity === 'error');
  const invalidRecords = new Set(errors.map((i) => `${i.index}:${i.source ?? ''}`)).size;
  if (args.values.json) {
    out.json({
      file,
      format: result.format,
      valid: result.courses.length,
      invalid: invalidRecords,
      issues: result.issues,
    });
  } else {
    for (const issue of result.issues) out.line(`${issue.severity}: ${issue.message}`);
    out.line(
      `${file} (${result.format}): ${result.courses.length} valid record${result.courses.length === 1 ? '' : 's'}, ${invalidRecords} invalid, ${result.issues.length - errors.length} warning${result.issues.length - errors.length === 1 ? '' : 's'}`,
    );
  }
  return errors.length > 0 ? 1 : 0;
}

/** `credence convert <file>`: prints `{ courses, issues }` as contract JSON. */
export function runConvert(args: CliArgs, out: Output): number {
  const file = requireFile(args, 'convert');
  const asOf = typeof args.values['as-of'] === 'string' ? args.values['as-of'] : undefined;
  const result = loadCatalogue(file, { format: formatOption(args), ...(asOf ? { asOf } : {}) });
  out.json({ courses: result.courses, issues: result.issues });
  return 0;
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
