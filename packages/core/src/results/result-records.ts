import type { Contest } from '../schema/contest.js';
import type { ResultRecord } from '../schema/result-record.js';
import type { Unit, UnitType } from '../schema/unit.js';
import { raceIdOf } from '../tally/race-id.js';

/** The title that credits a file's rows: its source's (an article's title, an OpenElections file's repository and path). */
function titleOf(contest: Contest, file: string): string {
  return contest.sources?.find((source) => source.file === file)?.credit.title ?? contest.title;
}

/**
 * A contest's statewide rows in the one results layout, in table order (the Total row is not a result), each
 * with unit type `state` and the state as its unit. `unitRecords` gives the rows of its reporting units.
 */
export function resultRecords(contest: Contest): ResultRecord[] {
  const raceId = raceIdOf(contest);
  return contest.results.map((row) => {
    const file = row.file ?? contest.source.file;
    return {
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
      source: { title: titleOf(contest, file), file, line: row.line },
    };
  });
}

/** Units a county column names: a county, parish or borough, an independent city, an election authority. */
const COUNTY_LIKE: ReadonlySet<UnitType> = new Set([
  'county',
  'parish',
  'borough',
  'city',
  'election-authority',
]);
const PRECINCT_LIKE: ReadonlySet<UnitType> = new Set(['precinct', 'election-district', 'ward']);

/**
 * The rows of a contest's reporting units in the one results layout, a unit's candidates in its order, units
 * in the contest's order (coarsest first), `units` (every unit of the contest unless given; `all` the units to
 * find the ones they lie in, when `units` are some of them) whole: a county and
 * the precincts inside it are both there, told apart by `unit_type`. OpenElections' columns as its files use
 * them: `county` the county a unit is or lies in, `precinct` a precinct's (or ward's) name, `district` the
 * district of a county's part in one; `unit_name` the unit's name after those of the units it lies in
 * (`Kent, Election District 01-28`, `Abington, Precinct 1`). Each row's source line is the first row of the
 * file its figure adds up (a county rolled up from precincts: its first precinct's row).
 */
export function unitRecords(
  contest: Contest,
  units: readonly Unit[] = contest.units ?? [],
  all: readonly Unit[] = contest.units ?? units,
): ResultRecord[] {
  const raceId = raceIdOf(contest);
  const byId = new Map(all.map((unit) => [unit.id, unit]));
  const records: ResultRecord[] = [];
  for (const unit of units) {
    const path: Unit[] = [unit];
    for (let up = unit.parent === null ? undefined : byId.get(unit.parent); up; ) {
      path.unshift(up);
      up = up.parent === null ? undefined : byId.get(up.parent);
    }
    const county = path.find((u) => COUNTY_LIKE.has(u.type))?.name ?? null;
    const precinct = PRECINCT_LIKE.has(unit.type) && unit.parent !== null ? unit.name : null;
    const district = unit.type === 'county-district' ? unit.name : null;
    const file = unit.file ?? contest.source.file;
    const title = titleOf(contest, file);
    const unitName = path.map((u) => u.name).join(', ');
    for (const result of unit.results) {
      records.push({
        raceId,
        contestId: contest.id,
        date: contest.date,
        state: contest.stateCode,
        county,
        precinct,
        office: 'President',
        district,
        party: contest.party,
        candidate: { id: result.candidateId, name: result.candidate, kind: result.kind },
        withdrawn: false,
        votes: result.votes,
        percent: null,
        delegates: null,
        voteUnit: contest.unit,
        unitType: unit.type,
        unitName,
        source: { title, file, line: result.lines[0] ?? unit.lines[0] ?? contest.lines.resultsTable },
      });
    }
  }
  return records;
}
