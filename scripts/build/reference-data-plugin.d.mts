import type { Plugin } from 'esbuild';

/** Inlines data/*.json without the maintainers' provenance (notes, checked dates, uncited sources). */
export declare const referenceDataPlugin: Plugin;
