import type { Contest } from '../schema/contest.js';
import type { ResultRecord } from '../schema/result-record.js';
import { raceIdOf } from '../tally/race-id.js';

/**
 * A contest's rows in the one results layout, in table order (the Total row is not a result): the
 * statewide rows today, each with unit type `state` and the state as its unit. A contest that carries
 * finer reporting units adds their rows after these, with their own unit type and name.
 */
export function resultRecords(contest: Contest): ResultRecord[] {
  const raceId = raceIdOf(contest);
  return contest.results.map((row) => ({
    raceId,
    contestId: contest.id,
    date: contest.date,
    state: contest.stateCode,
    county: null,
    precinct: null,
    office: 'President',
    district: null,
    party: contest.party,
    candidate: { id: row.candidateId, name: row.candidate, kind: row.kind },
    withdrawn: row.withdrawn,
    votes: row.votes,
    percent: row.percent,
    delegates: row.delegates,
    voteUnit: contest.unit,
    unitType: 'state',
    unitName: contest.state,
    source: { title: contest.title, file: contest.source.file, line: row.line },
  }));
}
