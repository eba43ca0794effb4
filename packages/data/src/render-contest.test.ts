import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Contest,
  modelDelegates,
  raceOf,
  readOpenElections,
  resultRecords,
  resultsCsv,
  resultsCsvHeader,
  summarizeContest,
  tallyContest,
  tallyRaces,
  unitRecords,
  withAudit,
} from '@tally/core';
import { describe, expect, it } from 'vitest';
import { ContestRecord } from './contest-record.ts';
import { handMadeContest } from './fixtures/contest.ts';
import { toJson } from './json.ts';
import { jsonArray } from './json-chunks.ts';
import { renderContest } from './render-contest.ts';

const contest = Contest.parse({
  ...handMadeContest({}),
  findings: [
    { code: 'votes-total-mismatch', severity: 'error', message: 'off by 100', line: 8, lines: [6, 8] },
    { code: 'percent-rounding', severity: 'info', message: 'rounded', line: 6, lines: [6] },
  ],
});
const rendered = renderContest(contest);

describe('renderContest', () => {
  it('writes contests/<id>.json as the ContestRecord schema gives it: the contest, its tally, its model', () => {
    expect(rendered.record.path).toBe('contests/2004-nd-democratic-caucus.json');
    expect(rendered.record.content).toBe(
      toJson(
        ContestRecord.parse({
          ...contest,
          tally: tallyContest(contest),
          delegateModel: modelDelegates(contest),
        }),
      ),
    );
    expect(Object.keys(JSON.parse(rendered.record.content)).slice(-3)).toEqual([
      'source',
      'tally',
      'delegateModel',
    ]);
  });

  it('gives its element of contests.json and of index.json, and its records of results.csv', () => {
    expect([...jsonArray([rendered.contestElement])].join('')).toBe(toJson([contest]));
    expect([...jsonArray([rendered.summaryElement])].join('')).toBe(toJson([summarizeContest(contest)]));
    expect(resultsCsvHeader() + rendered.csvRecords).toBe(resultsCsv(resultRecords(contest)));
  });

  it("keeps what its race's tally needs, which gives the race of the contest itself", () => {
    expect(raceOf('2004-democratic', [rendered.tallied])).toEqual(tallyRaces([contest])[0]);
  });

  it('counts its result rows and its findings by severity, and names its source for the credit', () => {
    expect([rendered.results, rendered.units, rendered.findings]).toEqual([
      2,
      0,
      { error: 1, warning: 0, info: 1, acknowledged: 0 },
    ]);
    expect(rendered.attribution).toEqual({
      id: '2004-nd-democratic-caucus',
      title: '2004 North Dakota Democratic presidential caucuses',
      source: { file: 'sources/2004-nd-democratic-caucus.txt' },
      sources: [],
    });
  });

  it('ships the coarsest units in its own JSON, none in contests.json, every unit in the CSV rows and D1', async () => {
    const file = 'openelections/ms/20040309__ms__democrat__primary__alcorn.csv';
    const read = readOpenElections(
      new Uint8Array(await readFile(join(import.meta.dirname, '..', 'sources', file))),
      { file: `sources/${file}` },
    );
    if (!read.ok) throw new Error(read.error.message);
    const alcorn = withAudit(read.contests[0] as Contest);
    const pieces = renderContest(alcorn);
    const units = alcorn.units ?? [];
    const coarse = units.filter((unit) => unit.parent === null);
    expect(units.some((unit) => unit.parent !== null)).toBe(true);
    expect(JSON.parse(pieces.record.content).units).toEqual(coarse);
    expect(pieces.unitsFile?.path).toBe(`units/${alcorn.id}.json`);
    expect(JSON.parse(pieces.unitsFile?.content ?? '')).toEqual(coarse);
    expect(pieces.unitsFile?.content.endsWith('\n')).toBe(true);
    expect(JSON.parse(`[${pieces.contestElement}]`)[0].units).toBeUndefined();
    expect(JSON.parse(pieces.unitsJson)).toEqual(units);
    expect(pieces.units).toBe(units.length);
    expect(resultsCsvHeader() + pieces.csvRecords).toBe(
      resultsCsv([...resultRecords(alcorn), ...unitRecords(alcorn)]),
    );
    expect(rendered.unitsFile).toBeNull();
  });

  it('writes a null delegate model for a contest without votes', () => {
    const noVotes = renderContest(handMadeContest({ rows: [['Ann Able', null, 55.5, null]] }));
    expect(JSON.parse(noVotes.record.content).delegateModel).toBeNull();
    expect(noVotes.record.content.endsWith('\n  "delegateModel": null\n}\n')).toBe(true);
  });
});
