import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readOpenElections } from '../openelections/read-openelections.js';
import { parseContest } from '../parse/parse-contest.js';
import { CombinedContest } from '../schema/combined.js';
import type { Contest } from '../schema/contest.js';
import { combineContests } from './combine-sources.js';

const ARTICLE = 'src/audit/fixtures/2008-dc-democratic-primary.txt';
const CSV = '20080212__dc__primary__president__ward.csv';

function sources(): [Contest, Contest] {
  const article = parseContest(
    readFileSync(new URL('./fixtures/2008-dc-democratic-primary.txt', import.meta.url)),
    {
      file: ARTICLE,
    },
  );
  const csv = readOpenElections(
    new Uint8Array(readFileSync(new URL(`../../../data/sources/openelections/dc/${CSV}`, import.meta.url))),
    { file: CSV },
  );
  if (!article.ok || !csv.ok) throw new Error('both sources should read');
  const dem = csv.contests.find((c) => c.id === article.contest.id);
  if (!dem) throw new Error('the file should hold the same contest');
  return [article.contest, dem];
}

describe('combineContests', () => {
  const [article, csv] = sources();
  const combined = combineContests(article, csv);

  test('puts both sources of one contest side by side, figure by figure, with the units of the file', () => {
    expect(() => CombinedContest.parse(combined)).not.toThrow();
    expect(combined?.sources.map((s) => [s.file, s.format])).toEqual([
      [ARTICLE, 'article'],
      [CSV, 'openelections-csv'],
    ]);
    expect(
      combined?.results
        .find((r) => r.candidateId === 'barack-obama')
        ?.figures.map((f) => [f.file, f.votes, f.lines]),
    ).toEqual([
      [ARTICLE, 93386, [12]],
      [CSV, 93383, [6, 20, 34, 48, 62, 76, 90, 104]],
    ]);
    expect(combined?.units).toHaveLength(8);
  });

  test('every disagreement is a finding naming both files and lines; none is settled', () => {
    expect(combined?.findings.map((f) => [f.code, f.sources])).toEqual([
      [
        'sources-votes-mismatch',
        [
          { file: ARTICLE, line: 12 },
          { file: CSV, line: 6 },
        ],
      ],
      [
        'sources-candidate-missing',
        [
          { file: ARTICLE, line: 11 },
          { file: CSV, line: 8 },
        ],
      ],
      [
        'sources-total-mismatch',
        [
          { file: ARTICLE, line: 18 },
          { file: CSV, line: 1 },
        ],
      ],
    ]);
    expect(combined?.findings[0]?.message).toBe(
      `Barack Obama: 93,386 votes in ${ARTICLE}, 93,383 in ${CSV} (off by -3).`,
    );
    expect(combined?.findings[1]?.message).toBe(`Write-ins (114 votes) is in ${CSV} but not in ${ARTICLE}.`);
  });

  test('two different contests do not combine', () => {
    expect(combineContests(article, { ...csv, id: '2008-dc-republican-primary' })).toBeNull();
  });

  test('sources that agree give no finding', () => {
    expect(combineContests(csv, csv)?.findings).toEqual([]);
  });
});
