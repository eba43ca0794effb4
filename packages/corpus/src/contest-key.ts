import { CONTEST_TYPES, type GeneratedType, PARTIES, PLACES, YEARS } from './places.ts';
import { mixSeed, Prng } from './prng.ts';

/** What makes a contest unique: its id is derived from these four. */
export type ContestKey = {
  year: number;
  state: string;
  stateCode: string;
  party: string;
  type: GeneratedType;
  /** The id the parser should give: `{year}-{usps}-{party}-{type}`. */
  id: string;
};

type Base = { year: number; place: number; party: number; type: number };

export const BASE_COMBINATIONS = YEARS.length * PLACES.length * PARTIES.length * CONTEST_TYPES.length;

const orders = new Map<number, Base[]>();

/**
 * Every (year, place, party, type) once, in a seeded order weighted so that the major parties
 * come first more often (Efraimidis-Spirakis keys), so a small corpus looks like the real calendar.
 */
function baseOrder(seed: number): Base[] {
  const cached = orders.get(seed);
  if (cached) return cached;
  const rng = new Prng(mixSeed(seed, -1));
  const keyed: { key: number; base: Base }[] = [];
  for (let year = 0; year < YEARS.length; year++)
    for (let place = 0; place < PLACES.length; place++)
      for (let party = 0; party < PARTIES.length; party++)
        for (let type = 0; type < CONTEST_TYPES.length; type++) {
          const weight = PARTIES[party]?.weight ?? 1;
          keyed.push({ key: rng.next() ** (1 / weight), base: { year, place, party, type } });
        }
  keyed.sort((a, b) => b.key - a.key);
  const order = keyed.map((k) => k.base);
  orders.set(seed, order);
  return order;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The contest of document `index`. Past the distinct base combinations, the party becomes
 * `Party N` with N unique per (cycle, party), so every id stays distinct.
 */
export function contestKey(seed: number, index: number): ContestKey {
  const order = baseOrder(seed);
  const cycle = Math.floor(index / order.length);
  const base = order[index % order.length];
  if (!base) throw new Error(`no combination at ${index}`);
  const place = PLACES[base.place];
  const year = YEARS[base.year];
  const type = CONTEST_TYPES[base.type];
  const baseParty = PARTIES[base.party];
  if (!place || year === undefined || !type || !baseParty) throw new Error(`bad combination at ${index}`);
  const party = cycle === 0 ? baseParty.name : `Party ${(cycle - 1) * PARTIES.length + base.party + 1}`;
  return {
    year,
    state: place.name,
    stateCode: place.code,
    party,
    type,
    id: `${year}-${place.code.toLowerCase()}-${slug(party)}-${type}`,
  };
}
