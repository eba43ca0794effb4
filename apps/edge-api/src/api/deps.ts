import type { RepresentationCache } from '../http/representations.js';
import type { DataStore } from '../store/data-store.js';
import type { Meta, MetaFor } from './links.js';

/** What every route reads: the store, the cache of serialised bodies and the meta every answer carries. */
export type Deps = {
  store: DataStore;
  cache: RepresentationCache;
  /** The meta of an answer drawing on every kind of source the data package holds. */
  meta: Meta;
  /** The meta of an answer whose figures come from sources of the kinds given: the credit names those. */
  metaFor: MetaFor;
};
