import { type RaceMetadata, RaceMetadataFile } from '@tally/core';
import type { Diagnostic } from './diagnostic.ts';

/** A figure as a source may write it: `2162`, `2,162` or `2 162`. */
function spellings(value: number): string[] {
  return [String(value), value.toLocaleString('en-US'), value.toLocaleString('en-US').replaceAll(',', ' ')];
}

/**
 * Reads the race metadata file (`races.json` beside `sources/`): the figures about a race that no contest
 * states (the delegates at stake, the number needed to win), each with the source that states it. `null`
 * text means there is none: every race then has no such figures. Each figure's quote must hold the figure
 * (a typo in either stops the build); two entries for one race stop it too.
 */
export function readRaceMetadata(
  text: string | null,
  file: string,
): { races: RaceMetadata[]; problems: Diagnostic[] } {
  if (text === null) return { races: [], problems: [] };
  const problem = (message: string): Diagnostic => ({
    severity: 'error',
    code: 'race-metadata-invalid',
    file,
    lines: [],
    message,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { races: [], problems: [problem(`not JSON: ${(error as Error).message}`)] };
  }
  const parsed = RaceMetadataFile.safeParse(json);
  if (!parsed.success) {
    return {
      races: [],
      problems: parsed.error.issues.map((issue) =>
        problem(`${issue.path.length > 0 ? `entry ${issue.path.join('.')}` : 'the file'}: ${issue.message}`),
      ),
    };
  }
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const race of parsed.data) {
    if (seen.has(race.id)) problems.push(problem(`${race.id} has two entries: keep one`));
    seen.add(race.id);
    for (const key of ['delegatesAtStake', 'delegatesToWin'] as const) {
      const figure = race[key];
      if (figure && !spellings(figure.value).some((s) => figure.source.quote.includes(s))) {
        problems.push(
          problem(
            `${race.id} ${key}: the quote does not state ${figure.value}: cite the words of the source that give it`,
          ),
        );
      }
    }
  }
  return { races: problems.length > 0 ? [] : parsed.data, problems };
}

/** The races the file names that no contest belongs to: a warning, since the file may run ahead of the sources. */
export function unusedRaceMetadata(
  races: readonly RaceMetadata[],
  raceIds: ReadonlySet<string>,
  file: string,
): Diagnostic[] {
  return races
    .filter((race) => !raceIds.has(race.id))
    .map((race) => ({
      severity: 'warning' as const,
      code: 'race-metadata-unused',
      file,
      lines: [],
      message: `${race.id} has figures, but no contest of the sources belongs to it`,
    }));
}
