import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightOpenAPI, { openAPISidebarGroups } from 'starlight-openapi';
import { dataSidebar } from './src/lib/sidebar.js';
import { candidateViews, raceViews, sortedSummaries } from './src/lib/site-data.js';

// The site is static and served from anywhere; it fetches nothing at build or in the browser.
export default defineConfig({
  trailingSlash: 'always',
  // HTML whitespace rules (lossless), so prose written across lines around {expressions} keeps its spaces.
  compressHTML: true,
  // Workspace packages load as Node loads them at build, so the data package reads its files where they are.
  vite: {
    build: {
      // Astro's MDX modules carry a directive rolldown warns about on every page; it is Astro's own, not ours.
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    environments: {
      prerender: { resolve: { external: ['@tally/core', '@tally/data'] } },
      ssr: { resolve: { external: ['@tally/core', '@tally/data'] } },
    },
  },
  integrations: [
    starlight({
      title: 'Tally',
      description:
        'Audited, typed results of US presidential nominating contests, parsed from Wikipedia-style articles: the API, the data and the library.',
      plugins: [
        starlightOpenAPI([
          {
            base: 'api',
            schema: './src/generated/openapi.json',
            sidebar: { label: 'API reference', collapsed: true, operations: { badges: true } },
          },
        ]),
      ],
      sidebar: [
        {
          label: 'Start here',
          items: [{ slug: 'getting-started' }, { slug: 'api-conventions' }, { slug: 'mcp' }],
        },
        ...openAPISidebarGroups,
        dataSidebar(
          sortedSummaries(),
          candidateViews().map((view) => view.record),
          raceViews().map((view) => view.race),
        ),
        {
          label: 'Reference',
          items: [
            { slug: 'methodology' },
            { slug: 'data-model' },
            { label: 'Problem types', link: '/problems/' },
          ],
        },
      ],
      components: { Footer: './src/components/Footer.astro' },
      customCss: ['./src/styles/tally.css'],
      lastUpdated: false,
      credits: false,
    }),
  ],
});
