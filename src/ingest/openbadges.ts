import { CredenceInputError } from '../model/errors.js';
import type { AdapterOutput } from './adapter.js';

/** Reads Open Badges 2.0/3.0 and CLR 2.0 documents. (Being built: see the ingest issue.) */
export function openBadgesRecords(_data: unknown, _options: { asOf?: string } = {}): AdapterOutput {
  throw new CredenceInputError('Open Badges input is not supported yet');
}
