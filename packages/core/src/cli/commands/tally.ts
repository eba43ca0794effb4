import type { Contest, CrossTally } from '../../schema/index.js';
import {
  filterContests,
  groupByRace,
  tallyAcrossRaces,
  tallyContest,
  tallyRaces,
} from '../../tally/index.js';
import type { Command } from '../command.js';
import { count } from '../plural.js';
import { formatError, readDocuments } from '../read-documents.js';
import { describeFilter, readFilter } from '../read-filter.js';

const number = (n: number) => n.toLocaleString('en-US');

function table(t: Pick<CrossTally, 'candidates'>): string[] {
  const rows = [
    ['Candidate', 'Votes', 'Delegates', 'Contests', 'Won'],
    ...t.candidates.map((c) => [
      c.candidate,
      number(c.votes),
      number(c.delegates),
      String(c.contestsEntered),
      String(c.contestsWon),
    ]),
  ];
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  return rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
  );
}

/** Says what the Votes column adds up when the contests count different units. */
function unitsNote(selected: readonly Contest[]): string[] {
  const units = new Map<string, number>();
  for (const c of selected) units.set(c.unit ?? 'no count', (units.get(c.unit ?? 'no count') ?? 0) + 1);
  if ([...units.keys()].every((u) => u === 'votes')) return [];
  const list = [...units].map(([unit, n]) => `${unit} (${count(n, 'contest')})`).join(', ');
  return [`The Votes column adds each document's counted unit as stated: ${list}.`];
}

/** Contests whose winner the figures read cannot tell: won by nobody in the tally, and said so with the reason. */
function undeterminedNote(contests: readonly Contest[]): string[] {
  return contests.flatMap((contest) => {
    const t = tallyContest(contest);
    if (t.undetermined === null) return [];
    const what =
      t.outcome === 'undetermined'
        ? 'winner undetermined (counted as won by nobody)'
        : 'runner-up undetermined';
    return [`${contest.source.file}: ${what}: ${t.undetermined.reason}`];
  });
}

export const tallyCommand: Command = {
  name: 'tally',
  summary: 'Votes, delegates and wins per candidate in each race of the documents given.',
  details: [
    'Parses and audits every FILE, then tallies the contests the filters select, race by race (a race',
    "is one party's nomination in one year): per candidate the votes, delegates, contests entered and",
    'contests won in that race, highest delegates first. Figures are never added across races unless',
    '--across-races asks for it. The tally covers only the files given, not a whole season. Delegates',
    'are those the documents state.',
    'A file that does not parse is reported on stderr (file:line: error code: message) and left out;',
    'the others are still tallied. A contest with an error finding is tallied as stated, with a note',
    'on stderr.',
    'With --json: an array of Race { "id", "year", "party", "name", "contestIds", ..., "candidates",',
    '"series" }, one per race, where each candidate has its result per contest and "series" the running',
    'totals by date: each point lists only the candidates whose totals changed that day; the others keep',
    'their totals from an earlier point. With --across-races, one CrossTally of every contest selected.',
  ],
  options: {
    json: {
      type: 'boolean',
      description: 'print each race (or, with --across-races, the CrossTally) as JSON',
    },
    'across-races': {
      type: 'boolean',
      description: 'add the figures of every race selected together, in one table',
    },
    race: {
      type: 'string',
      placeholder: 'RACE',
      description: 'only this race: {year}-{party}, e.g. 2004-democratic',
    },
    year: { type: 'string', placeholder: 'YEAR', description: 'only contests of this year' },
    state: {
      type: 'string',
      placeholder: 'STATE',
      description: 'only this state: USPS code or name, any case',
    },
    party: { type: 'string', placeholder: 'PARTY', description: 'only this party, any case' },
    type: {
      type: 'string',
      description: 'only caucuses or only primaries',
      values: ['caucus', 'primary'],
    },
    from: {
      type: 'string',
      placeholder: 'DATE',
      description: 'only contests on or after this date (YYYY-MM-DD)',
    },
    to: {
      type: 'string',
      placeholder: 'DATE',
      description: 'only contests on or before this date (YYYY-MM-DD)',
    },
  },
  exitCodes: [
    [0, 'every file parsed (a filter that matches nothing is not an error)'],
    [1, 'any file did not parse (the others are still tallied)'],
    [2, 'bad usage, such as --year 04 or --from after --to'],
  ],
  examples: [
    'tally tally packages/data/sources/*.txt',
    'tally tally --type caucus --from 2004-02-01 --to 2004-02-29 packages/data/sources/*.txt',
    'tally tally --json --state ND packages/data/sources/*.txt',
    'tally tally --across-races packages/data/sources/*.txt',
  ],
  check(values) {
    const read = readFilter(values);
    return read.ok ? undefined : read.problem;
  },
  async run({ files, values, io }) {
    const read = readFilter(values);
    // main() has run check(), so a bad filter here is a caller's bug.
    if (!read.ok) throw new Error(read.problem);
    const { filter } = read;
    const entries = await readDocuments(files, io);
    const contests: Contest[] = [];
    for (const e of entries) {
      if (e.ok) contests.push(e.contest);
      else io.stderr(`${formatError(e)}\n`);
    }
    const selected = new Set(filterContests(contests, filter));
    for (const e of entries) {
      if (!e.ok || !selected.has(e.contest)) continue;
      if (e.contest.coverage && e.contest.coverage.scope === 'partial') {
        io.stderr(
          `${e.file}: ${e.contest.id} covers part of the state (${e.contest.coverage.note}); tallied as stated.\n`,
        );
      }
      const errors = e.contest.findings.filter((f) => f.severity === 'error').length;
      if (errors) {
        io.stderr(
          `${e.file}: ${count(errors, 'error finding')}; its figures are tallied as stated (see tally audit ${e.file}).\n`,
        );
      }
    }
    const broken = entries.length - contests.length;
    const across = values['across-races'] === true;
    if (values.json) {
      const json = across ? tallyAcrossRaces(contests, filter) : tallyRaces(contests, { filter });
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return broken ? 1 : 0;
    }
    const filtered = describeFilter(filter);
    const from = `${count(contests.length, 'contest')} parsed from the ${count(files.length, 'file')} given`;
    const races = groupByRace([...selected]);
    const covers = `${filtered ? `; filter: ${filtered}` : ''}. Only these files, not a whole season.`;
    const lines =
      selected.size === 0
        ? contests.length > 0
          ? [`No contest to tally: none of the ${from} matches the filter (${filtered}).`]
          : [
              files.length === 1
                ? 'No contest to tally: the file given did not parse.'
                : `No contest to tally: none of the ${files.length} files given parsed.`,
            ]
        : across
          ? [
              `Across ${count(races.size, 'race')} (${[...races.keys()].join(', ')}), added together as --across-races asks:`,
              ...table(tallyAcrossRaces([...selected])),
              '',
              `${count(selected.size, 'contest')} tallied, of the ${from}${broken ? ` (${broken} did not parse)` : ''}${covers}`,
              ...unitsNote([...selected]),
              ...undeterminedNote([...selected]),
            ]
          : [
              ...tallyRaces([...selected]).flatMap((race) => [
                `Race ${race.id} (${race.name}): ${count(race.contestIds.length, 'contest')}`,
                ...table(race),
                '',
              ]),
              `${count(selected.size, 'contest')} tallied by race (${count(races.size, 'race')}), of the ${from}` +
                `${broken ? ` (${broken} did not parse)` : ''}${covers} Figures are not added across races` +
                `${races.size > 1 ? ' (--across-races adds them)' : ''}.`,
              ...unitsNote([...selected]),
              ...undeterminedNote([...selected]),
            ];
    const openElections = contests.some((c) => c.format === 'openelections-csv');
    const credit = `Data: Wikipedia, CC BY-SA 4.0.${openElections ? ' OpenElections (openelections.net).' : ''}`;
    io.stdout(`${[...lines, credit].join('\n')}\n`);
    return broken ? 1 : 0;
  },
};
