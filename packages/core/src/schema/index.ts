export * from './contest.js';
export * from './data-package.js';
export * from './delegate-model.js';
export * from './finding.js';
export * from './parse-error.js';
export * from './position.js';
export * from './tally.js';
export * from './unit.js';
