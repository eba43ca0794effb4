import type { Coverage } from '../schema/unit.js';

/**
 * The title of a contest read from results files: `2004 Mississippi Democratic presidential primary`, with what
 * part of the state it covers when that is only a part (`(Alcorn, Amite only)`, `(112 of 115 counties)`).
 */
export function contestTitle(
  facts: { year: number; state: string; party: string; type: string },
  coverage: Coverage,
  topNames: readonly string[],
): string {
  const where =
    coverage.scope === 'partial'
      ? coverage.counties.length <= 3
        ? ` (${topNames.join(', ')} only)`
        : ` (${coverage.counties.length} of ${coverage.counties.length + coverage.missing.length} counties)`
      : '';
  return `${facts.year} ${facts.state} ${facts.party} presidential ${facts.type}${where}`;
}
