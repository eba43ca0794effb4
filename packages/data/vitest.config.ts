import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // The build tests parse and write whole packages; under `npm test` they share two cores with other packages.
    testTimeout: 60_000,
  },
});
