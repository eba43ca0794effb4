import {
  Contest,
  ContestSummary,
  type FindingCounts,
  modelDelegates,
  type RaceContest,
  raceIdOf,
  resultRecords,
  resultsCsvRows,
  type SourceRecord,
  summarizeContest,
  tallyContest,
  type Unit,
  unitRecords,
} from '@tally/core';
import { conform } from './conform.ts';
import { ContestRecord } from './contest-record.ts';
import { toJson } from './json.ts';
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
  /** Its element of `contests.json`, as `arrayElement` writes it: the contest without its units. */
  contestElement: string;
  /** `units/<id>.json`: its coarsest units, for a contest that has units; null for one without (an article). */
  unitsFile: { path: string; content: string } | null;
  /** Its element of `index.json`, as `arrayElement` writes it. */
  summaryElement: string;
  /** Its records of `results.csv`, in the one results layout (`resultsCsvRows`): statewide, then every unit's. */
  csvRecords: string;
  /** Every reporting unit, precincts too, as one line of JSON: the D1 database's `units` rows. */
  unitsJson: string;
  /** What its race's tally reads of it (`raceOf`). */
  tallied: RaceContest;
  attribution: { id: string; title: string; source: { file: string }; sources: SourceRecord[] };
  results: number;
  /** Its reporting units of every level. */
  units: number;
  findings: FindingCounts;
};

/** The units the JSON ships: the coarsest (counties, parishes; a file's towns or wards), precincts rolled up into them. */
export function shippedUnits(units: readonly Unit[]): Unit[] {
  return units.filter((unit) => unit.parent === null);
}

/**
 * Pure: the same contest gives the same pieces. Each value goes through its schema (see `conform`). The JSON
 * holds the contest's coarsest units only, in `contests/<id>.json` and `units/<id>.json`; `contests.json` holds
 * none (so the list every app loads stays small; `unitsOf` in the entry module loads a contest's); `results.csv`
 * and the D1 rows hold every unit, the precincts too.
 */
export function renderContest(audited: Contest): RenderedContest {
  const whole = conform(Contest, audited, 'contests.json');
  const units = whole.units ?? [];
  const { units: _units, ...listed } = whole;
  const contest = whole.units === undefined ? whole : { ...whole, units: shippedUnits(units) };
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
    contestElement: indented(JSON.stringify(listed, null, 2), '  '),
    unitsFile:
      whole.units === undefined
        ? null
        : { path: `units/${contest.id}.json`, content: toJson(shippedUnits(units)) },
    summaryElement: arrayElement(summary),
    csvRecords: resultsCsvRows([...resultRecords(whole), ...unitRecords(whole)]),
    unitsJson: JSON.stringify(units),
    tallied: {
      id: contest.id,
      raceId: raceIdOf(contest),
      year: contest.year,
      party: contest.party,
      date: contest.date,
      stateCode: contest.stateCode,
      tally: { ranking: tally.ranking, winner: tally.winner },
    },
    attribution: {
      id: contest.id,
      title: contest.title,
      source: { file: contest.source.file },
      sources: contest.sources ?? [],
    },
    results: contest.results.length,
    units: units.length,
    findings: summary.findings,
  };
}
