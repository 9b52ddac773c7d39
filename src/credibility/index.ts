export * from './claims.js';
export * from './defaults.js';
export * from './evaluate.js';
export * from './flags.js';
export * from './policy.js';
