// Synthetic documents of the seed family, the same on every machine for a seed: the bench's corpora, the
// edge API's D1 tests and the scaling documents. Runs anywhere (no Node API); files: `./write-corpus.ts`.
export { type ContestKey, contestKey } from './contest-key.ts';
export { renderDocument } from './document.ts';
export { DEFAULT_SEED, type GeneratedDocument, generateDocument } from './generate-document.ts';
export { mixSeed, Prng } from './prng.ts';
export { SCALING_SIZES, SHAPES, type Shape, scalingDocument } from './scaling-documents.ts';
