import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { ContestSummary } from '@tally/core';
import { paths } from './paths.js';

type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** A contest's sidebar label: where, which party, which kind of contest. */
export function contestLabel(summary: Pick<ContestSummary, 'state' | 'party' | 'type'>): string {
  return `${summary.state}, ${summary.party} ${summary.type}`;
}

/** The Data group of the sidebar, generated from the data package: a new document adds its links. */
export function dataSidebar(
  summaries: readonly ContestSummary[],
  candidates: readonly { candidateId: string; candidate: string }[],
  races: readonly { id: string; name: string }[] = [],
): SidebarItem {
  const years = [...new Set(summaries.map((summary) => summary.year))].sort((a, b) => b - a);
  return {
    label: 'Data',
    items: [
      { label: 'Overview', link: paths.overview },
      ...(races.length > 0
        ? [
            {
              label: 'Races',
              collapsed: false,
              items: races.map((race) => ({ label: race.name, link: paths.race(race.id) })),
            },
          ]
        : []),
      {
        label: 'Contests',
        collapsed: false,
        items: years.map((year) => ({
          label: String(year),
          items: summaries
            .filter((summary) => summary.year === year)
            .map((summary) => ({ label: contestLabel(summary), link: paths.contest(summary.id) })),
        })),
      },
      {
        label: 'Candidates',
        collapsed: true,
        items: candidates.map((candidate) => ({
          label: candidate.candidate,
          link: paths.candidate(candidate.candidateId),
        })),
      },
    ],
  };
}
