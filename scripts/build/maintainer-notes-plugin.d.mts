import type { Plugin } from 'esbuild';

/** Leaves the maintainers' `notes` out of the data/*.json files a build inlines. */
export declare const maintainerNotesPlugin: Plugin;
