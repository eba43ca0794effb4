import type { ScenarioName } from '../results.ts';
import type { DataFacts } from '../steps/data-facts.ts';

export type Scenario = {
  name: ScenarioName;
  /** The request to the Worker, and the one json-server answers from the same data. */
  worker: (facts: DataFacts) => string;
  jsonServer: (facts: DataFacts) => string;
  /** Sends If-None-Match with the ETag of a first response, expecting 304. */
  revalidate: boolean;
};

const q = encodeURIComponent;

/**
 * The four requests of the issue, on the edge API's routes (issue 4). json-server serves a db.json
 * holding the Worker's own contest bodies, its tally for the same filter (json-server cannot
 * compute one) and the data's summaries, which its full-text `q` searches.
 */
export const SCENARIOS: Scenario[] = [
  {
    name: 'lookup',
    worker: (f) => `/v1/contests/${f.lastId}`,
    jsonServer: (f) => `/contests/${f.lastId}`,
    revalidate: false,
  },
  {
    name: 'tally',
    worker: (f) => `/v1/tally?year=${f.lastYear}`,
    jsonServer: (f) => `/tallies/${f.lastYear}`,
    revalidate: false,
  },
  {
    name: 'search',
    worker: (f) => `/v1/search?q=${q(f.searchTerm)}`,
    jsonServer: (f) => `/summaries?q=${q(f.searchTerm)}`,
    revalidate: false,
  },
  {
    name: 'revalidate',
    worker: (f) => `/v1/contests/${f.lastId}`,
    jsonServer: (f) => `/contests/${f.lastId}`,
    revalidate: true,
  },
];

export const FLOOR_PATH = '/__floor';
/** The Worker's answer to `path`, sent by the bench entry as a constant (src/worker/bench-routes.ts). */
export const sizedFloorPath = (path: string) => `/__floor-sized?of=${encodeURIComponent(path)}`;
/** The bench entries' report of the Worker's replay cache (src/worker/bench-routes.ts). */
export const REPLAYS_PATH = '/__replays';
/** The D1 bench entry's one round trip to D1 (`SELECT 1`), then the floor's body. */
export const D1_FLOOR_PATH = '/__d1-floor';
export const lookupPath = (f: DataFacts) => `/v1/contests/${f.lastId}`;
export const firstLookupPath = (f: DataFacts) => `/v1/contests/${f.firstId}`;
