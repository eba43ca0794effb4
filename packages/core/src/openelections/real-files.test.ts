import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { auditContest } from '../audit/index.js';
import { Contest } from '../schema/contest.js';
import { readOpenElections } from './read-openelections.js';

/**
 * Every OpenElections file of the data package, read by the reader, against sums this test computes from
 * the raw rows with its own simple CSV reading: only the office and party labels the contest says it read
 * are taken from the reader.
 */
const FOLDER = new URL('../../../data/sources/openelections/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FOLDER), 'utf8')) as {
  state: string;
  path: string;
}[];

/** The cells of one line: commas split, double quotes group (these files keep every record on one line). */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

const letters = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(' ')
    .filter(Boolean);
const placeName = (text: string) =>
  letters(text)
    .map((w) => (w === 'saint' ? 'st' : w))
    .join('');
const NOT_CHOICES = /^(total|totals|total votes cast|blank votes|over votes|under votes)$/i;
const UNIT_HEADERS = ['county', 'parish', 'town', 'ward', 'precinct', 'election_district'];

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('us-atlas/counties-10m.json'), 'utf8'),
) as { objects: { counties: { geometries: { id: string; properties: { name: string } }[] } } };
const STATE_CODES: Record<string, string> = {
  az: '04',
  de: '10',
  ga: '13',
  id: '16',
  il: '17',
  in: '18',
  la: '22',
  ma: '25',
  mo: '29',
  ms: '28',
  ny: '36',
  oh: '39',
  or: '41',
  sc: '45',
  tx: '48',
  dc: '11',
  nm: '35',
};

describe.each(
  manifest.map((entry) => [`${entry.state}/${entry.path.split('/').pop()}`, entry.state] as const),
)('%s', (path, state) => {
  const bytes = readFileSync(new URL(path, FOLDER));
  const result = readOpenElections(new Uint8Array(bytes), { file: path });
  const lines = bytes.toString('utf8').split(/\r\n|\r|\n/);
  const header = cellsOf(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const units = UNIT_HEADERS.map(col).filter((i) => i >= 0);
  const rows = lines
    .slice(1)
    .map(cellsOf)
    .filter((cells) => cells.some((c) => c.trim() !== ''));

  test('gives at least one contest, each valid and audited without throwing', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contests.length).toBeGreaterThan(0);
    for (const contest of result.contests) {
      expect(() => Contest.parse(contest)).not.toThrow();
      expect(() => auditContest(contest)).not.toThrow();
    }
  });

  if (!result.ok) return;
  for (const contest of result.contests) {
    const office = contest.openElections?.office ?? '';
    const labels = new Set(contest.openElections?.partyLabels);
    const officeParties = new Set(
      rows
        .filter((r) => r[col('office')] === office && r[col('party')]?.trim())
        .map((r) => r[col('party')]?.trim()),
    );
    const counted = rows.filter((r) => {
      if (r[col('office')]?.trim() !== office) return false;
      const party = r[col('party')]?.trim() ?? '';
      if (!(labels.has(party) || (party === '' && officeParties.size === 1))) return false;
      const unitCells = units.map((i) => r[i]?.trim() ?? '');
      const coarse = unitCells[0] ?? '';
      const finest = unitCells[unitCells.length - 1] ?? '';
      if (coarse === '' || /^totals?$/i.test(coarse) || finest === '' || /total/i.test(finest)) return false;
      return !NOT_CHOICES.test(r[col('candidate')]?.trim() ?? '');
    });
    const votesOf = (r: string[]) => {
      const cell = (r[col('votes')] ?? '').trim();
      return /^[\d,]+(\.\d+)?$/.test(cell) ? Number(cell.replaceAll(',', '')) : 0;
    };

    test(`${contest.id}: the statewide total is the sum of the rows`, () => {
      expect(contest.totals.votes ?? 0).toBe(counted.reduce((sum, r) => sum + votesOf(r), 0));
    });

    test(`${contest.id}: each candidate's figure is the sum of the rows naming them`, () => {
      const people = contest.results.filter((r) => r.kind === 'candidate');
      const surname = (name: string) => letters(name).at(-1) ?? '';
      for (const row of people) {
        const key = surname(row.candidate);
        if (people.filter((other) => surname(other.candidate) === key).length > 1) continue;
        const sum = counted
          .filter((r) => letters(r[col('candidate')] ?? '').includes(key))
          .reduce((total, r) => total + votesOf(r), 0);
        expect([row.candidate, row.votes ?? 0]).toEqual([row.candidate, sum]);
      }
    });

    if (units.length > 0 && header[units[0] as number] === 'county') {
      test(`${contest.id}: statewide or partial as the county names of its rows say`, () => {
        const names = new Set(counted.map((r) => placeName(r[units[0] as number] ?? '')));
        const stateCounties = atlas.objects.counties.geometries.filter((g) =>
          g.id.startsWith(STATE_CODES[state] ?? 'x'),
        );
        const missing = stateCounties.filter((g) => !names.has(placeName(g.properties.name)));
        expect(contest.coverage?.scope).toBe(missing.length === 0 ? 'statewide' : 'partial');
        expect(contest.coverage?.missing.length).toBe(missing.length);
      });
    }
  }
});
