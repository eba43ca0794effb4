export { readDate } from './dates.js';
export { MAX_DOCUMENT_BYTES } from './limits.js';
export { kindOf, readCandidateName, slugify } from './names.js';
export { readNumber } from './numbers.js';
export { type ParseOptions, type ParseResult, parseContest, parseContestAsync } from './parse-contest.js';
export { nativeSha256, sha256Hex, sha256HexAsync } from './sha256.js';
export { findState, STATE_NAMES, STATES } from './states.js';
export { readTitle } from './title.js';
