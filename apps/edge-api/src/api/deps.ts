import type { RepresentationCache } from '../http/representations.js';
import type { DataStore } from '../store/data-store.js';
import type { Attribution } from './provenance.js';

/** What every route reads: the store, the cache of serialised bodies and the credit line. */
export type Deps = {
  store: DataStore;
  cache: RepresentationCache;
  attribution: Attribution;
};
