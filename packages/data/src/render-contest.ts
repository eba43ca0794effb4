import {
  Contest,
  ContestSummary,
  type FindingCounts,
  modelDelegates,
  type RaceContest,
  raceIdOf,
  resultRecords,
  resultsCsvRows,
  summarizeContest,
  tallyContest,
} from '@tally/core';
import { conform } from './conform.ts';
import { ContestRecord } from './contest-record.ts';
import { arrayElement, indented } from './json-chunks.ts';

/**
 * What one contest puts in the package: its own file, its pieces of the files that list every contest
 * (written later, in date order), and what the cross-contest tally and the manifest need of it. The
 * contest itself can then be let go, so a build holds one contest at a time.
 */
export type RenderedContest = {
  id: string;
  date: string | null;
  /** `contests/<id>.json`: the contest, its tally and its labelled delegate model. */
  record: { path: string; content: string };
  /** Its element of `contests.json`, as `arrayElement` writes it. */
  contestElement: string;
  /** Its element of `index.json`, as `arrayElement` writes it. */
  summaryElement: string;
  /** Its records of `results.csv`, in the one results layout (`resultsCsvRows`). */
  csvRecords: string;
  /** What its race's tally reads of it (`raceOf`). */
  tallied: RaceContest;
  attribution: { id: string; title: string; source: { file: string } };
  results: number;
  findings: FindingCounts;
};

/** Pure: the same contest gives the same pieces. Each value goes through its schema (see `conform`). */
export function renderContest(audited: Contest): RenderedContest {
  const contest = conform(Contest, audited, 'contests.json');
  const tally = tallyContest(contest);
  const path = `contests/${contest.id}.json`;
  const { tally: tallySchema, delegateModel: modelSchema } = ContestRecord.shape;
  const contestJson = JSON.stringify(contest, null, 2);
  // ContestRecord is Contest and two more keys, so the record's JSON is the contest's with them added:
  // stringified once, not twice (render-contest.test.ts checks it against ContestRecord itself).
  const field = (value: unknown) => indented(JSON.stringify(value, null, 2), '  ');
  const recordJson =
    `${contestJson.slice(0, -'\n}'.length)},\n  "tally": ${field(conform(tallySchema, tally, path))},\n` +
    `  "delegateModel": ${field(conform(modelSchema, modelDelegates(contest), path))}\n}\n`;
  const summary = conform(ContestSummary, summarizeContest(contest), `index.json (${contest.id})`);
  return {
    id: contest.id,
    date: contest.date,
    record: { path, content: recordJson },
    contestElement: indented(contestJson, '  '),
    summaryElement: arrayElement(summary),
    csvRecords: resultsCsvRows(resultRecords(contest)),
    tallied: {
      id: contest.id,
      raceId: raceIdOf(contest),
      year: contest.year,
      party: contest.party,
      date: contest.date,
      stateCode: contest.stateCode,
      tally: { ranking: tally.ranking, winner: tally.winner },
    },
    attribution: { id: contest.id, title: contest.title, source: { file: contest.source.file } },
    results: contest.results.length,
    findings: summary.findings,
  };
}
