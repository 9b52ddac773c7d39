export * from './data.js';
export * from './domains.js';
export * from './organisations.js';
export * from './reference.js';
export * from './schemas.js';
export * from './world-universities.js';
