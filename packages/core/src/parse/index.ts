export { readDate } from './dates.js';
export { MAX_DOCUMENT_BYTES } from './limits.js';
export { kindOf, readCandidateName, slugify } from './names.js';
export { readNumber } from './numbers.js';
export { type ParseOptions, type ParseResult, parseContest } from './parse-contest.js';
export { findState, STATE_NAMES, STATES } from './states.js';
export { readTitle } from './title.js';
