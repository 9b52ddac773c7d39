/**
 * The sample clinician profiles shipped in data/samples/profiles/, by name (`uk-nurse`…), read
 * from the folder so that a new sample is tested, benchmarked and given a golden file at once.
 */
import { readdirSync } from 'node:fs';

const FOLDER = new URL('../../data/samples/profiles/', import.meta.url);

/** Every sample profile's name, in name order. */
export const SAMPLE_PROFILES: readonly string[] = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();
