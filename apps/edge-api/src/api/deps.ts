import type { RepresentationCache } from '../http/representations.js';
import type { DataStore } from '../store/data-store.js';
import type { Meta } from './links.js';

/** What every route reads: the store, the cache of serialised bodies and the meta every answer carries. */
export type Deps = {
  store: DataStore;
  cache: RepresentationCache;
  meta: Meta;
};
