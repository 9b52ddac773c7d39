export * from './ingest/index.js';
export * from './model/index.js';
export * from './text/index.js';
