/**
 * File access for the command line: the only place credence touches the file system.
 * Paths are used exactly as given; nothing is executed.
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CatalogFormat, type ParsedCatalog, parseCatalog } from '../ingest/index.js';
import { CredenceInputError } from '../model/errors.js';
import { LIMITS } from '../model/limits.js';

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

/** Reads a file as bytes, with clear errors for missing files, folders and oversize files. */
export function readInputFile(path: string): Uint8Array {
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

/** Reads and parses a catalogue file (any supported format), or the sample when none is given. */
export function loadCatalogue(
  path: string | undefined,
  options: { format?: 'auto' | CatalogFormat; asOf?: string } = {},
): ParsedCatalog & { path: string } {
  const file = path ?? sampleCataloguePath();
  const bytes = readInputFile(file);
  const format = options.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'auto');
  return {
    ...parseCatalog(bytes, { format, ...(options.asOf ? { asOf: options.asOf } : {}) }),
    path: file,
  };
}

/** Reads a JSON file (profile, policy) as data. */
export function readJsonFile(path: string, what: string): unknown {
  const text = new TextDecoder('utf-8').decode(readInputFile(path)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CredenceInputError(
      `the ${what} file ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
