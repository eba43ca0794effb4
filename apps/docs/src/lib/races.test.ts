import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Contest,
  candidateRecords,
  parseContest,
  summarizeContest,
  tallyRaces,
  withAudit,
} from '@tally/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareRows } from './charts/candidate-share-chart.js';
import { cumulativeDelegatesChart, cumulativeRows } from './charts/cumulative-delegates-chart.js';
import { outcomeShort, outcomeText } from './outcome.js';
import { dataPackageRoot } from './package-roots.js';
import { dataSidebar } from './sidebar.js';
import { candidateViews, raceViews, type SiteData } from './site-data.js';

// The race pages, the candidate pages, their charts and the sidebar over a temporary copy of the sources with
// a contest of another year and party added: nothing they show may mix the two races.
let dir: string;
let data: SiteData;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-docs-races-'));
  const sources = join(dataPackageRoot(), 'sources');
  // The seed articles (sources/ also holds the OpenElections files, in their own folder).
  for (const name of (await readdir(sources)).filter((n) => n.endsWith('.txt'))) {
    await copyFile(join(sources, name), join(dir, name));
  }
  const nd = await readFile(join(dir, '2004-north-dakota-democratic-caucuses.txt'), 'utf8');
  await writeFile(
    join(dir, '2008-north-dakota-republican-caucuses.txt'),
    // The same article, as if of the 2008 Republican caucus: its year and party changed wherever it states them.
    nd.replaceAll('2004', '2008').replaceAll('Democratic', 'Republican'),
  );
  const contests: Contest[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const parsed = parseContest(await readFile(join(dir, name)), { file: `sources/${name}` });
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code}`);
    contests.push(withAudit(parsed.contest));
  }
  const races = tallyRaces(contests);
  data = { contests, summaries: contests.map(summarizeContest), races, candidates: candidateRecords(races) };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the race pages over two races', () => {
  it('give each race its own contests, standings and running totals', () => {
    const views = raceViews(data);
    // Newest race first; the added 2008 Republican race beside the races the sources already give.
    expect(views.map((view) => view.race.id)).toEqual(
      [...new Set(data.summaries.map((summary) => summary.raceId))].sort(
        (a, b) => Number(b.slice(0, 4)) - Number(a.slice(0, 4)) || (a < b ? -1 : 1),
      ),
    );
    expect(views.map((view) => view.race.id)).toEqual(
      expect.arrayContaining(['2008-republican', '2004-democratic']),
    );
    const raceOf = new Map(data.summaries.map((summary) => [summary.id, summary.raceId]));
    for (const { race, contests } of views) {
      expect(contests.every((summary) => summary.raceId === race.id)).toBe(true);
      for (const candidate of race.candidates) {
        expect(candidate.contests.every((entry) => raceOf.get(entry.contestId) === race.id)).toBe(true);
      }
      const dates = new Set(contests.map((summary) => summary.date));
      expect(cumulativeRows(race).every((row) => dates.has(row.date.toISOString().slice(0, 10)))).toBe(true);
    }
    const republican = views.find((view) => view.race.id === '2008-republican');
    const kerry2008 = republican?.race.candidates.find((c) => c.candidateId === 'john-kerry');
    expect([kerry2008?.votes, kerry2008?.delegates]).toEqual([5366, 9]);
  });

  it('chart one race over its own dates only', () => {
    const republican = raceViews(data).find((view) => view.race.id === '2008-republican');
    const svg = cumulativeDelegatesChart(republican?.race ?? { candidates: [], series: [] }, new Map()) ?? '';
    expect(svg).toContain('<svg');
    expect(svg).not.toMatch(/\b2004\b/);
  });
});

describe('the candidate pages over two races', () => {
  it('list each race a candidate ran in, with that race’s figures and contests only', () => {
    const kerry = candidateViews(data).find((view) => view.record.candidateId === 'john-kerry');
    expect(kerry?.races.map(({ race, entry }) => [race.id, entry.votes, entry.delegates])).toEqual([
      ['2004-democratic', 106425, 177],
      ['2008-republican', 5366, 9],
    ]);
    for (const { race, entry } of kerry?.races ?? []) {
      expect(entry.contests.every((result) => race.contestIds.includes(result.contestId))).toBe(true);
      const charted = shareRows(entry).map((row) => row.contestId);
      expect(charted.every((id) => race.contestIds.includes(id))).toBe(true);
      const years = new Set(
        entry.contests.flatMap((result) => (result.date === null ? [] : [result.date.slice(0, 4)])),
      );
      expect([...years]).toEqual([String(race.year)]);
    }
  });
});

describe('the sidebar over two races', () => {
  it('links both races', () => {
    const group = dataSidebar(
      data.summaries,
      data.candidates,
      raceViews(data).map((view) => view.race),
    ) as { items: { label: string; items?: { link: string }[] }[] };
    expect(group.items.find((item) => item.label === 'Races')?.items?.map((item) => item.link)).toEqual(
      raceViews(data).map((view) => `/data/races/${view.race.id}/`),
    );
    expect(group.items.find((item) => item.label === 'Races')?.items?.map((item) => item.link)).toEqual(
      expect.arrayContaining(['/data/races/2008-republican/', '/data/races/2004-democratic/']),
    );
  });
});

describe('outcomeText', () => {
  it('names the winner, or says why there is none: never the next candidate', () => {
    const winner = { candidate: 'Ann Lee', candidateId: 'ann-lee' };
    expect(outcomeText({ outcome: 'decided', winner, undetermined: null })).toBe('Ann Lee');
    expect(
      outcomeText({
        outcome: 'undetermined',
        winner: null,
        undetermined: { reason: 'Bo Ray’s row has no figure.', lines: [9] },
      }),
    ).toBe('undetermined: Bo Ray’s row has no figure.');
    expect(outcomeText({ outcome: 'tied', winner: null, undetermined: null })).toBe('tied: no single winner');
    expect(outcomeShort({ outcome: 'undetermined', winner: null })).toBe('winner undetermined');
    expect(outcomeShort({ outcome: 'decided', winner })).toBe('won by Ann Lee');
  });
});
