export * from './adapter.js';
export * from './decode.js';
export * from './detect.js';
export * from './parse-catalog.js';
