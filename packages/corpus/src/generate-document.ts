import { contestKey } from './contest-key.ts';
import { renderDocument } from './document.ts';
import { mixSeed, Prng } from './prng.ts';

/** The seed the bench's corpora and the edge API's D1 tests are generated from. */
export const DEFAULT_SEED = 2004;

export type GeneratedDocument = { index: number; file: string; id: string; text: string };

/** Document `index` of the corpus for `seed`: depends on nothing else, so corpus(N) is a prefix of corpus(M). */
export function generateDocument(seed: number, index: number): GeneratedDocument {
  const key = contestKey(seed, index);
  const text = renderDocument(key, new Prng(mixSeed(seed, index)));
  return { index, file: `${String(index).padStart(6, '0')}-${key.id}.txt`, id: key.id, text };
}
