import { CredenceInputError } from '../model/errors.js';
import type { AdapterOutput } from './adapter.js';

/** Reads Credential Engine CTDL JSON-LD. (Being built: see the ingest issue.) */
export function ctdlRecords(_data: unknown): AdapterOutput {
  throw new CredenceInputError('CTDL input is not supported yet');
}
