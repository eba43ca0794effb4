import { candidates, contests, manifest, summaries } from '@tally/data';
import { createMemoryStore } from './memory-store.js';

/** The embedded default: the data package bundled into the Worker, indexed once at start-up. */
export const bundledStore = createMemoryStore({ contests, summaries, candidates, manifest });
