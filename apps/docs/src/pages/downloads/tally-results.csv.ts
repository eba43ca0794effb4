// `/downloads/tally-results.csv`: every statewide result row of the data package and every row of the units its JSON
// ships (counties, parishes; a file's towns or wards), in the one layout: the data package's results.csv without the
// precincts, which would pass the 25 MiB a static asset of Workers may hold (the precincts are in the data package's
// results.csv and the API over D1). public/_headers gives it a Content-Disposition file name.
import { resultRecords, resultsCsvHeader, resultsCsvRows, unitRecords } from '@tally/core';
import { contests, unitsOf } from '@tally/data';

export async function GET() {
  const parts = [resultsCsvHeader()];
  for (const contest of contests) {
    const units = (await unitsOf(contest.id)) ?? [];
    parts.push(resultsCsvRows([...resultRecords(contest), ...unitRecords(contest, units, units)]));
  }
  return new Response(parts.join(''), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
}
