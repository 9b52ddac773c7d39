import { CredenceInputError } from '../model/errors.js';
import type { AdapterOutput } from './adapter.js';

/** Reads a CSV catalogue. (Being built: see the ingest issue.) */
export function csvCatalogRecords(_text: string): AdapterOutput {
  throw new CredenceInputError('CSV catalogues are not supported yet');
}
