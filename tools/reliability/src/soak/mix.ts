import type { Request } from 'autocannon';

/** What the soak asks for: real ids and the current ETags, read from the Worker before the run. */
export type SoakTargets = {
  contestIds: readonly string[];
  candidateIds: readonly string[];
  tagged: readonly { target: string; etag: string }[];
};

export type MixedRequest = Request & {
  path: string;
  kind: 'lookup' | 'list' | 'tally' | 'search' | 'conditional';
};

/**
 * One cycle of the soak's requests, which every connection walks in turn: lookups (a contest, its results
 * as CSV, a candidate), lists, tallies with filters, searches, and conditional GETs that must answer 304.
 * All are requests a client makes in normal use; every answer should be 200 or 304.
 */
export function soakMix(targets: SoakTargets): MixedRequest[] {
  const mix: MixedRequest[] = [];
  for (const id of targets.contestIds) {
    mix.push({ kind: 'lookup', method: 'GET', path: `/v1/contests/${id}` });
    mix.push({
      kind: 'lookup',
      method: 'GET',
      path: `/v1/contests/${id}/results`,
      headers: { accept: 'text/csv' },
    });
  }
  for (const id of targets.candidateIds)
    mix.push({ kind: 'lookup', method: 'GET', path: `/v1/candidates/${id}` });
  for (const path of ['/v1/contests', '/v1/contests?limit=2', '/v1/candidates?type=primary']) {
    mix.push({ kind: 'list', method: 'GET', path });
  }
  for (const path of ['/v1/tally', '/v1/tally?type=caucus', '/v1/tally?party=democratic&from=2004-01-01']) {
    mix.push({ kind: 'tally', method: 'GET', path });
  }
  for (const q of ['kerry', 'n.+dakota', 'nd', 'north+car', 'dean', 'a']) {
    mix.push({ kind: 'search', method: 'GET', path: `/v1/search?q=${q}` });
  }
  for (const { target, etag } of targets.tagged) {
    mix.push({ kind: 'conditional', method: 'GET', path: target, headers: { 'if-none-match': etag } });
  }
  return mix;
}

/** How many of each kind one cycle holds. */
export function mixCounts(mix: readonly MixedRequest[]): Record<MixedRequest['kind'], number> {
  const counts = { lookup: 0, list: 0, tally: 0, search: 0, conditional: 0 };
  for (const request of mix) counts[request.kind]++;
  return counts;
}
