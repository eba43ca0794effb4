// `depcruise` (in `npm run lint:root`, so in `npm test`): how the workspace's packages may reach each other.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-relative-import-across-packages',
      comment:
        'A package reaches another by its name (a workspace:* dependency and an `exports` entry in its package.json), never by a relative path into its folder.',
      severity: 'error',
      from: { path: '^(packages|apps|tools)/([^/]+)/' },
      to: { dependencyTypes: ['local'], pathNot: '^$1/$2/' },
    },
  ],
  options: {
    // What git ignores (node_modules, dist, .astro, .wrangler) is not source; imports into node_modules are not followed.
    exclude: { path: '(^|/)(node_modules|dist|\\.astro|\\.wrangler|\\.turbo|\\.work)/' },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports cross packages as surely as value imports do.
    tsPreCompilationDeps: true,
  },
};
