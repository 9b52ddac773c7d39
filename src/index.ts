export * from './compare/compare.js';
export * from './credibility/index.js';
export * from './ingest/index.js';
export * from './model/index.js';
export * from './recommend/recommender.js';
export * from './reference/index.js';
export * from './reference/taxonomy.js';
export * from './text/index.js';
