import { expect, test } from 'vitest';
import { ContestSummary } from '../schema/data-package.js';
import { buildContest } from './fixtures/contest-builder.js';
import { sourceKindsOf, summarizeContest } from './summarize.js';

test('a summary carries the winner, the stated totals and the findings by severity', () => {
  const contest = buildContest({
    totalVotes: 11,
    totalDelegates: 3,
    rows: [
      ['A', 6, null, 1],
      ['B', 4, null, 1],
    ],
    findings: [
      { code: 'votes-total-mismatch', severity: 'warning', message: 'm', line: 10, lines: [10, 12] },
      { code: 'x', severity: 'info', message: 'm', line: 2, lines: [2] },
      { code: 'y', severity: 'info', message: 'm', line: 3, lines: [3] },
    ],
  });
  const summary = summarizeContest(contest);
  expect(summary).toEqual({
    id: '2004-nd-democratic-caucus',
    title: '2004 North Dakota Democratic presidential caucus',
    year: 2004,
    state: 'North Dakota',
    stateCode: 'ND',
    party: 'Democratic',
    raceId: '2004-democratic',
    type: 'caucus',
    date: '2004-02-03',
    unit: 'votes',
    totalVotes: 11,
    totalDelegates: 3,
    outcome: 'decided',
    winner: { candidate: 'A', candidateId: 'a' },
    undetermined: null,
    findings: { error: 0, warning: 1, info: 2, acknowledged: 0 },
    findingsBrief: [
      { severity: 'warning', code: 'votes-total-mismatch', line: 10, acknowledgement: null },
      { severity: 'info', code: 'x', line: 2, acknowledgement: null },
      { severity: 'info', code: 'y', line: 3, acknowledgement: null },
    ],
    source: { file: 'fixture.txt', sha256: '0'.repeat(64) },
    sources: ['wikipedia'],
    coverage: 'statewide',
  });
  expect(() => ContestSummary.parse(summary)).not.toThrow();
});

test('a summary names the kinds of the sources and what part of the state the figures cover', () => {
  const article = buildContest({ rows: [['A', 6, null, 1]] });
  const coverage = {
    scope: 'partial' as const,
    counties: ['28003'],
    missing: ['28005'],
    note: 'Alcorn only',
  };
  const file = { ...article, format: 'openelections-csv' as const, coverage };
  expect([summarizeContest(file).sources, summarizeContest(file).coverage]).toEqual([
    ['openelections'],
    'partial',
  ]);
  expect(sourceKindsOf({ ...article, coverage })).toEqual(['wikipedia']);
  const credit = (kind: 'wikipedia' | 'openelections') => ({
    kind,
    name: kind,
    title: 't',
    url: 'https://example.org/',
    license: null,
    licenseUrl: null,
    repository: null,
    path: null,
    commit: null,
    text: 't',
  });
  const record = (kind: 'wikipedia' | 'openelections') => ({
    file: kind,
    format: kind === 'wikipedia' ? ('article' as const) : ('openelections-csv' as const),
    sha256: '0'.repeat(64),
    bytes: 1,
    lines: 1,
    coverage: null,
    uses: ['results' as const],
    credit: credit(kind),
  });
  const both = {
    ...article,
    sources: [record('wikipedia'), record('openelections'), record('openelections')],
  };
  expect(summarizeContest(both).sources).toEqual(['wikipedia', 'openelections']);
  // An article with a file's units is still the article's statewide figures.
  expect(summarizeContest({ ...both, coverage }).coverage).toBe('statewide');
});

test('totals fall back to the rows when the Total row gives none', () => {
  const summary = summarizeContest(
    buildContest({
      totalVotes: null,
      totalDelegates: null,
      rows: [
        ['A', 6, null, 1],
        ['B', 4, null, 2],
      ],
    }),
  );
  expect([summary.totalVotes, summary.totalDelegates]).toEqual([10, 3]);
});

test('no votes and no delegates anywhere, no totals and no winner', () => {
  const summary = summarizeContest(buildContest({ rows: [['A', null, 100, null]] }));
  expect([summary.totalVotes, summary.totalDelegates, summary.winner]).toEqual([null, null, null]);
  expect(summary.findings).toEqual({ error: 0, warning: 0, info: 0, acknowledged: 0 });
});

test('an acknowledged error is counted as one, and its brief carries the reason', () => {
  const acknowledgement = {
    reason: 'The article is off by 100; the rows match the party.',
    reviewedBy: null,
  };
  const summary = summarizeContest(
    buildContest({
      rows: [['A', 6, null, 1]],
      findings: [
        { code: 'z', severity: 'info', message: 'm', line: 1, lines: [1] },
        {
          code: 'votes-total-mismatch',
          severity: 'error',
          message: 'm',
          line: 12,
          lines: [10, 12],
          acknowledgement,
        },
        { code: 'percent-mismatch', severity: 'error', message: 'm', line: 11, lines: [11, 12] },
      ],
    }),
  );
  expect(summary.findings).toEqual({ error: 2, warning: 0, info: 1, acknowledged: 1 });
  expect(summary.findingsBrief).toEqual([
    { severity: 'error', code: 'percent-mismatch', line: 11, acknowledgement: null },
    { severity: 'error', code: 'votes-total-mismatch', line: 12, acknowledgement },
    { severity: 'info', code: 'z', line: 1, acknowledgement: null },
  ]);
  expect(() => ContestSummary.parse(summary)).not.toThrow();
});
