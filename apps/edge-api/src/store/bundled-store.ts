import { candidates, contests, manifest, races, summaries, unitsOf } from '@tally/data';
import { createMemoryStore } from './memory-store.js';

/**
 * The embedded default: the data package bundled into the Worker, indexed once at start-up. A contest's units
 * (the coarsest: counties, parishes, towns, wards) are its own module of the bundle, evaluated on the first
 * request for them (README.md, "Which store serves the units").
 */
export const bundledStore = createMemoryStore({ contests, summaries, races, candidates, manifest, unitsOf });
