export { capitalised, readPersonName, roleOf } from './candidate-names.js';
export { contestTitle } from './contest-title.js';
export { countiesNamed, countiesOf, countyTerm } from './counties.js';
export { STATE_FIPS_CODES } from './county-table.js';
export { csvRecords } from './csv-records.js';
export { readFileName } from './file-name.js';
export { MAX_CSV_BYTES } from './limits.js';
export { isPresidentialOffice } from './office.js';
export { readParty } from './parties.js';
export { type NameSighting, raceRoster } from './race-roster.js';
export {
  type OpenElectionsOptions,
  type OpenElectionsResult,
  readOpenElections,
} from './read-openelections.js';
export { buildRoster, type RosterEntry } from './roster.js';
