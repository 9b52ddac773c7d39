import type { Plugin } from 'esbuild';

/** Inlines data/*.json without the maintainers' provenance (notes, checked dates, uncited sources). */
export declare const referenceDataPlugin: Plugin;

/** A data file as the builds inline it: without provenance, and without derivable ids. */
export declare function compactReferenceFile(fileName: string, file: unknown): unknown;
