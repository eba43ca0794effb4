export { type Allocation, type AllocationEntry, allocateDelegates } from './allocate.js';
export { byDateThenId } from './by-date.js';
export { tallyContest } from './contest-tally.js';
export { combineTallies, type TalliedContest, tallyAcrossRaces } from './cross-tally.js';
export { cumulativeSeries } from './cumulative.js';
export { modelDelegates } from './delegate-model.js';
export { type Filterable, filterContests } from './filter.js';
export { raceIdOf, raceName, raceYear } from './race-id.js';
export {
  candidateRecords,
  groupByRace,
  type RaceContest,
  raceContest,
  raceMetadataOf,
  raceOf,
  tallyRaces,
} from './races.js';
export { rankRows } from './rank.js';
export { sharesOf } from './shares.js';
export { sourceKindsOf, summarizeContest } from './summarize.js';
export { tallyUnit, type UnitStanding, type UnitTally } from './unit-tally.js';
