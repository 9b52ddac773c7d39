/**
 * The contract between a format adapter and `parseCatalog`: an adapter turns decoded input into
 * course-shaped candidate records (plain objects in the `Course` contract shape) plus issues for
 * anything it could not convert. Validation against the schema happens once, in `parseCatalog`.
 * @module
 */
import type { RecordIssue } from '../model/issues.js';

/** The formats `parseCatalog` reads. */
export const CATALOG_FORMATS = ['json', 'csv', 'openbadges', 'ctdl'] as const;
/** One of {@link CATALOG_FORMATS}. */
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

/** What an adapter returns. */
export interface AdapterOutput {
  /** Course-shaped candidates, validated afterwards by the `Course` schema. */
  readonly records: readonly unknown[];
  /** Where each record came from (`@graph[2]`, `achievement 3`), same order as records. */
  readonly sources: readonly (string | undefined)[];
  /** Each record's position in the source (the `index` of its issues); defaults to its order. */
  readonly positions?: readonly number[];
  /**
   * Items the adapter could not convert, or converted with a caveat. Their `index` is the item's
   * position in the source (graph node, achievement), and `source` says which.
   */
  readonly issues: readonly RecordIssue[];
}
