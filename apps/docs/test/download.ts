import { unitsOf } from '@tally/data';
import { parseCsv } from '../src/lib/csv.js';

/**
 * What the site's results download should hold, worked out from the data package's results.csv apart from the
 * site's code: its header, its statewide rows, and the rows of the units the data package's JSON ships for each
 * contest (`unitsOf`), in the order results.csv has them; no precinct of a unit inside another.
 */
export async function expectedDownload(shipped: string): Promise<string> {
  const lines = shipped.split('\r\n');
  const header = parseCsv(lines[0] ?? '')[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  const [contestId, unitType, unitName] = [column('contest_id'), column('unit_type'), column('unit_name')];
  const shippedUnits = new Map<string, Set<string>>();
  const kept = [lines[0]];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const row = parseCsv(line)[0] ?? [];
    const id = row[contestId] ?? '';
    if (!shippedUnits.has(id)) {
      const units = (await unitsOf(id)) ?? [];
      shippedUnits.set(id, new Set(units.map((unit) => `${unit.type}\u0000${unit.name}`)));
    }
    const type = row[unitType] ?? '';
    if (type === 'state' || shippedUnits.get(id)?.has(`${type}\u0000${row[unitName] ?? ''}`)) kept.push(line);
  }
  return `${kept.join('\r\n')}\r\n`;
}
