export * from './audit/index.js';
export * from './openelections/index.js';
export * from './parse/index.js';
export * from './results/index.js';
export * from './schema/index.js';
export * from './search/index.js';
export * from './sources/index.js';
export * from './tally/index.js';
