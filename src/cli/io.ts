/**
 * File access for the command line: the only place credence touches the file system. Paths are
 * used exactly as given; nothing is executed. `-` is standard input (for one file per command).
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CatalogFormat, type ParsedCatalog, parseCatalog } from '../ingest/index.js';
import type { ColumnMap } from '../ingest/parse-catalog.js';
import { CredenceInputError } from '../model/errors.js';
import { LIMITS } from '../model/limits.js';
import { isPlainObject } from '../model/sanitize.js';
import { UsageError } from './args.js';

/** The package root (the folder holding credence's package.json), found from this file. */
export function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, 'utf8')).name === 'credence') return dir;
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  return resolve(__dirname, '..');
}

/** The sample catalogue shipped in `data/samples/`. */
export function sampleCataloguePath(): string {
  return join(packageRoot(), 'data', 'samples', 'catalogue.json');
}

let stdinUsed = false;

/** Reads standard input once, as bytes (for `-`). */
function readStdin(): Uint8Array {
  if (stdinUsed) throw new UsageError('only one file can be read from standard input ("-")');
  stdinUsed = true;
  if (process.stdin.isTTY) {
    throw new UsageError('"-" reads standard input, but it is a terminal: pipe a file in');
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(0);
  } catch (error) {
    throw new CredenceInputError(
      `cannot read standard input (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (bytes.byteLength > LIMITS.maxInputBytes) {
    throw new CredenceInputError(
      `standard input is ${(bytes.byteLength / 1_048_576).toFixed(1)} MB; the limit is ${LIMITS.maxInputBytes / 1_048_576} MB`,
    );
  }
  return bytes;
}

/** Lets a new command read standard input again (tests run many commands in one process). */
export function resetStdin(): void {
  stdinUsed = false;
}

/** Reads a file as bytes (`-` is standard input), with clear errors for missing files, folders and oversize files. */
export function readInputFile(path: string): Uint8Array {
  if (path === '-') return readStdin();
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new CredenceInputError(`${path} is a folder, not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof CredenceInputError) throw error;
    throw new CredenceInputError(`cannot read ${path}: no such file`);
  }
  if (size > LIMITS.maxInputBytes) {
    throw new CredenceInputError(
      `${path} is ${(size / 1_048_576).toFixed(1)} MB; the limit is ${LIMITS.maxInputBytes / 1_048_576} MB`,
    );
  }
  return readFileSync(path);
}

/** A catalogue as the CLI read it: where from, and how messages name it. */
export type LoadedCatalogue = ParsedCatalog & { readonly path: string; readonly label: string };

/** How the CLI names a file in messages. */
export const fileLabel = (path: string): string => (path === '-' ? 'standard input' : path);

/**
 * Reads and parses a catalogue file (any supported format, detected by content the same way for
 * every command), or the sample when none is given.
 */
export function loadCatalogue(
  path: string | undefined,
  options: { format?: 'auto' | CatalogFormat; asOf?: string; columns?: ColumnMap } = {},
): LoadedCatalogue {
  const file = path ?? sampleCataloguePath();
  // The sample's path is this machine's; say what it is instead.
  const label = path === undefined ? 'the bundled sample catalogue' : fileLabel(file);
  const bytes = readInputFile(file);
  const base = {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
  };
  const format = options.format ?? 'auto';
  try {
    return { ...parseCatalog(bytes, { ...base, format }), path: file, label };
  } catch (error) {
    // Content that is neither JSON nor CSV, in a file named .csv: read it as CSV, which says
    // what its header lacks.
    if (
      format === 'auto' &&
      file.toLowerCase().endsWith('.csv') &&
      error instanceof CredenceInputError &&
      /neither JSON nor CSV/.test(error.message)
    ) {
      return { ...parseCatalog(bytes, { ...base, format: 'csv' }), path: file, label };
    }
    throw error;
  }
}

/** Reads a JSON file (profile, policy, column map) as data. */
export function readJsonFile(path: string, what: string): unknown {
  const text = new TextDecoder('utf-8').decode(readInputFile(path)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CredenceInputError(
      `the ${what} file ${fileLabel(path)} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * Reads `--map FILE`: a JSON object from headers as written to contract fields (or `null` to
 * ignore a column).
 *
 * @example
 * ```ts
 * readColumnMap('map.json'); // { "Course Name": "title", "Org": "provider.name" }
 * ```
 */
export function readColumnMap(path: string): ColumnMap {
  const data = readJsonFile(path, 'column map');
  if (!isPlainObject(data)) {
    throw new CredenceInputError(
      `the column map ${fileLabel(path)} must be a JSON object such as { "Course Name": "title", "Org": "provider.name" }`,
    );
  }
  for (const [header, target] of Object.entries(data)) {
    if (target !== null && typeof target !== 'string') {
      throw new CredenceInputError(
        `the column map ${fileLabel(path)}: "${header}" must map to a field name or null, got ${JSON.stringify(target)}`,
      );
    }
  }
  return data as ColumnMap;
}
