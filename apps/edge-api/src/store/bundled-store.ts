import { candidates, contests, manifest, races, summaries } from '@tally/data';
import { createMemoryStore } from './memory-store.js';

/** The embedded default: the data package bundled into the Worker, indexed once at start-up. */
export const bundledStore = createMemoryStore({ contests, summaries, races, candidates, manifest });
