import { expect, test } from 'vitest';
import { mixCounts, soakMix } from './mix.ts';

const targets = {
  contestIds: ['2004-nd-democratic-caucus', '2004-mi-democratic-caucus'],
  candidateIds: ['john-kerry'],
  tagged: [{ target: '/v1/tally', etag: '"a-b"' }],
};

test('mixes lookups, lists, tallies, searches and conditional GETs, all GET', () => {
  const mix = soakMix(targets);
  expect(mixCounts(mix)).toEqual({ lookup: 5, list: 3, tally: 3, search: 6, conditional: 1 });
  expect(mix.every((r) => r.method === 'GET' && r.path.startsWith('/v1/'))).toBe(true);
});

test('sends the ETag it was given with each conditional GET and asks for CSV where it should', () => {
  const mix = soakMix(targets);
  expect(mix.find((r) => r.kind === 'conditional')).toEqual({
    kind: 'conditional',
    method: 'GET',
    path: '/v1/tally',
    headers: { 'if-none-match': '"a-b"' },
  });
  expect(mix.find((r) => r.path.endsWith('/results'))?.headers).toEqual({ accept: 'text/csv' });
});
