export * from './canonical-name.js';
export * from './normalize.js';
export * from './similarity.js';
export * from './spelling.js';
export * from './tokenize.js';
