import type { CandidateAggregate, ContestTally, CrossTally, DelegateModel, ResultRow } from '@tally/core';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { candidateColours } from '../colours.js';
import { candidateShareChart, shareRows } from './candidate-share-chart.js';
import { cumulativeDelegatesChart, cumulativeRows } from './cumulative-delegates-chart.js';
import { AWARDED, delegateBars, delegatesChart, MODELLED } from './delegates-chart.js';
import { niceTop } from './render-plot.js';
import { shareBars, voteShareChart } from './vote-share-chart.js';

const colours = new Map([
  ['ann-lee', '#00539f'],
  ['bo-ray', '#e50100'],
]);

function parse(markup: string) {
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
}

const ranked = (
  rank: number,
  candidate: string,
  votes: number | null,
  share: number | null,
  percent: number | null,
) => ({
  rank,
  candidate,
  candidateId: candidate.toLowerCase().replaceAll(' ', '-'),
  kind: 'candidate' as const,
  withdrawn: false,
  votes,
  share,
  percent,
  delegates: null,
  line: 10 + rank,
});

const tally: ContestTally = {
  contestId: '2004-xx-democratic-caucus',
  unit: 'votes',
  ranking: [ranked(1, 'Ann Lee', 600, 0.6, 60), ranked(2, 'Bo Ray', 400, 0.4, 40)],
  outcome: 'decided',
  undetermined: null,
  winner: { candidate: 'Ann Lee', candidateId: 'ann-lee' },
  runnerUp: { candidate: 'Bo Ray', candidateId: 'bo-ray' },
  margin: { votes: 200, points: 20 },
  totals: { votes: 1000, delegates: null, statedVotes: 1000, statedDelegates: null },
};

describe('voteShareChart', () => {
  it('draws one bar per candidate in its colour, labelled with its share, on an axis fitted to the highest', () => {
    const document = parse(voteShareChart(tally, '2004 X caucuses', colours));
    const svg = document.querySelector('svg');
    expect(svg?.getAttribute('aria-label')).toBe('Vote share in the 2004 X caucuses');
    const bars = [...document.querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars.map((bar) => bar.getAttribute('fill'))).toEqual(['#00539f', '#e50100']);
    expect(
      [...document.querySelectorAll('g[aria-label="text"] text')].map((node) => node.textContent),
    ).toEqual(['60.0%', '40.0%']);
    const ticks = [...document.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(
      (node) => node.textContent,
    );
    expect(ticks.at(-1)).toBe('80');
  });

  it('falls back to the stated percent where no votes are given', () => {
    const sharesOnly = { ...tally, ranking: [ranked(1, 'Ann Lee', null, null, 55.5)] };
    expect(shareBars(sharesOnly)).toEqual([{ candidate: 'Ann Lee', candidateId: 'ann-lee', share: 0.555 }]);
  });

  it('writes its labels at a readable size', () => {
    const svg = parse(voteShareChart(tally, 'X', colours)).querySelector('svg');
    expect(svg?.getAttribute('style') ?? '').toContain('font-size:13px');
  });
});

describe('niceTop', () => {
  it('fits an axis to the data with room for a label, at a round step', () => {
    expect([niceTop(48.4), niceTop(60), niceTop(177), niceTop(9), niceTop(0)]).toEqual([60, 70, 200, 12, 1]);
  });
});

const row = (candidate: string, delegates: number | null): ResultRow => ({
  candidate,
  candidateId: candidate.toLowerCase().replaceAll(' ', '-'),
  withdrawn: false,
  kind: 'candidate',
  votes: 1,
  percent: null,
  delegates,
  raw: { votes: '1', percent: null, delegates: delegates === null ? null : String(delegates) },
  line: 1,
});

const model: DelegateModel = {
  model: true,
  label: 'Statewide model',
  method: 'largest-remainder',
  threshold: 0.15,
  delegates: 10,
  awards: [
    {
      candidateId: 'ann-lee',
      candidate: 'Ann Lee',
      share: 0.6,
      qualified: true,
      modelDelegates: 6,
      actualDelegates: 7,
    },
    {
      candidateId: 'bo-ray',
      candidate: 'Bo Ray',
      share: 0.4,
      qualified: true,
      modelDelegates: 4,
      actualDelegates: 3,
    },
  ],
};

describe('delegatesChart', () => {
  it('puts the awarded and the modelled delegates of each candidate side by side, in the candidate’s colour', () => {
    expect(delegateBars([row('Ann Lee', 7), row('Bo Ray', 3)], model)).toEqual([
      { candidate: 'Ann Lee', candidateId: 'ann-lee', series: AWARDED, delegates: 7 },
      { candidate: 'Ann Lee', candidateId: 'ann-lee', series: MODELLED, delegates: 6 },
      { candidate: 'Bo Ray', candidateId: 'bo-ray', series: AWARDED, delegates: 3 },
      { candidate: 'Bo Ray', candidateId: 'bo-ray', series: MODELLED, delegates: 4 },
    ]);
    const document = parse(delegatesChart([row('Ann Lee', 7), row('Bo Ray', 3)], model, 'X', colours) ?? '');
    const bars = [...document.querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars).toHaveLength(4);
    expect(new Set(bars.map((bar) => bar.getAttribute('fill')))).toEqual(new Set(['#00539f', '#e50100']));
    expect(document.body.textContent).toContain(MODELLED);
  });

  it('leaves out a candidate with no delegates either way', () => {
    const none = {
      ...model,
      awards: [
        ...model.awards,
        { ...model.awards[1], candidateId: 'cy', candidate: 'Cy', modelDelegates: 0, actualDelegates: 0 },
      ],
    } as DelegateModel;
    expect(delegateBars([row('Ann Lee', 7), row('Cy', 0)], none).map((bar) => bar.candidate)).toEqual([
      'Ann Lee',
      'Ann Lee',
    ]);
  });

  it('draws nothing when neither the document nor the model gives delegates', () => {
    expect(delegatesChart([row('Ann Lee', null)], null, 'X', colours)).toBeNull();
  });
});

const aggregate: CandidateAggregate = {
  candidateId: 'ann-lee',
  candidate: 'Ann Lee',
  kind: 'candidate',
  votes: 900,
  delegates: 9,
  contestsEntered: 3,
  contestsWon: 2,
  contests: [
    {
      contestId: 'b',
      date: '2004-02-07',
      stateCode: 'WA',
      votes: 300,
      share: 0.5,
      percent: 50,
      delegates: 3,
      rank: 1,
      won: true,
      withdrawn: false,
    },
    {
      contestId: 'a',
      date: '2004-02-03',
      stateCode: 'ND',
      votes: 600,
      share: 0.6,
      percent: 60,
      delegates: 6,
      rank: 1,
      won: true,
      withdrawn: false,
    },
    {
      contestId: 'c',
      date: null,
      stateCode: 'MI',
      votes: 0,
      share: 0,
      percent: 0,
      delegates: 0,
      rank: 3,
      won: false,
      withdrawn: false,
    },
  ],
};

describe('candidateShareChart', () => {
  it('draws one bar per contest in date order, labelled with its state and date, and no line between them', () => {
    expect(shareRows(aggregate).map((point) => [point.label, point.share])).toEqual([
      ['ND, Feb 3', 0.6],
      ['WA, Feb 7', 0.5],
      ['MI, date unknown', 0],
    ]);
    const document = parse(candidateShareChart(aggregate, colours) ?? '');
    const bars = [...document.querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars).toHaveLength(3);
    expect(new Set(bars.map((bar) => bar.getAttribute('fill')))).toEqual(new Set(['#00539f']));
    expect(document.querySelectorAll('g[aria-label="line"]')).toHaveLength(0);
    expect(
      [...document.querySelectorAll('g[aria-label="text"] text')].map((node) => node.textContent),
    ).toEqual(['60.0% · won', '50.0% · won', '0.0% · #3']);
  });

  it('draws nothing for a candidate without a share', () => {
    expect(candidateShareChart({ ...aggregate, contests: [] }, colours)).toBeNull();
  });
});

describe('candidateColours', () => {
  it("takes the infobox's colour of a candidate, the same in every contest, and a palette colour otherwise", () => {
    const contest = (id: string, date: string, colour: string) =>
      ({
        id,
        date,
        results: [
          { candidateId: 'ann-lee', kind: 'candidate' },
          { candidateId: 'bo-ray', kind: 'candidate' },
          { candidateId: 'uncommitted', kind: 'uncommitted' },
        ],
        infobox: {
          candidates: [{ index: 1, candidateId: 'ann-lee' }],
          fields: [
            { key: 'Candidate1', value: 'Ann Lee', line: 3 },
            { key: 'Color1', value: colour, line: 4 },
          ],
        },
      }) as never;
    const map = candidateColours([
      contest('a', '2004-02-03', '00539f'),
      contest('b', '2004-02-07', '#00539F'),
      contest('c', '2004-03-01', 'e50100'),
    ]);
    expect(map.get('ann-lee')).toBe('#00539f');
    expect(map.get('bo-ray')).toMatch(/^#[0-9a-f]{6}$/);
    expect(map.get('bo-ray')).not.toBe('#00539f');
    expect(map.get('uncommitted')).toBe('#8c8c8c');
  });

  it('gives every candidate a colour of their own, however many more than the palette has', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `candidate-${i}`);
    const contest = {
      id: 'a',
      date: '2004-02-03',
      results: ids.map((candidateId) => ({ candidateId, kind: 'candidate' })),
      infobox: { candidates: [], fields: [] },
    } as never;
    const colours = ids.map((id) => candidateColours([contest]).get(id));
    expect(new Set(colours).size).toBe(ids.length);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('cumulativeDelegatesChart', () => {
  const cross: CrossTally = {
    filter: {},
    contests: 2,
    candidates: [aggregate, { ...aggregate, candidateId: 'nobody', candidate: 'Nobody', delegates: 0 }],
    series: [
      {
        date: '2004-02-03',
        contestIds: ['a'],
        candidates: [{ candidateId: 'ann-lee', votes: 600, delegates: 6, wins: 1 }],
      },
      {
        date: '2004-02-07',
        contestIds: ['b'],
        candidates: [
          { candidateId: 'ann-lee', votes: 900, delegates: 9, wins: 2 },
          { candidateId: 'nobody', votes: 5, delegates: 0, wins: 0 },
        ],
      },
    ],
  };

  it('follows the running delegates of candidates who won any', () => {
    expect(cumulativeRows(cross).map((entry) => [entry.candidate, entry.delegates])).toEqual([
      ['Ann Lee', 6],
      ['Ann Lee', 9],
    ]);
    const document = parse(cumulativeDelegatesChart(cross, colours) ?? '');
    expect(document.querySelectorAll('g[aria-label="line"] path')).toHaveLength(1);
  });

  it('carries a total forward past the points that leave it out, as a step line to the last date', () => {
    const bo = { ...aggregate, candidateId: 'bo-ray', candidate: 'Bo Ray', delegates: 5 };
    const gappy: CrossTally = {
      ...cross,
      candidates: [aggregate, bo],
      series: [
        {
          date: '2004-02-03',
          contestIds: ['a'],
          candidates: [
            { candidateId: 'ann-lee', votes: 600, delegates: 6, wins: 1 },
            { candidateId: 'bo-ray', votes: 200, delegates: 2, wins: 0 },
          ],
        },
        // Bo gains nothing on February 7, and Ann nothing on February 14: each point leaves the other out.
        {
          date: '2004-02-07',
          contestIds: ['b'],
          candidates: [{ candidateId: 'ann-lee', votes: 900, delegates: 9, wins: 2 }],
        },
        {
          date: '2004-02-14',
          contestIds: ['c'],
          candidates: [{ candidateId: 'bo-ray', votes: 500, delegates: 5, wins: 1 }],
        },
      ],
    };
    expect(
      cumulativeRows(gappy).map((row) => [row.date.toISOString().slice(0, 10), row.candidate, row.delegates]),
    ).toEqual([
      ['2004-02-03', 'Ann Lee', 6],
      ['2004-02-03', 'Bo Ray', 2],
      ['2004-02-07', 'Ann Lee', 9],
      ['2004-02-14', 'Bo Ray', 5],
      ['2004-02-14', 'Ann Lee', 9],
    ]);
    const paths = [
      ...parse(cumulativeDelegatesChart(gappy, colours) ?? '').querySelectorAll('g[aria-label="line"] path'),
    ];
    // A step after each of Ann's three points: across, then up, so four segments where a straight line has two.
    expect(paths.map((path) => path.getAttribute('d')?.split('L').length)).toEqual([5, 3]);
  });
});
