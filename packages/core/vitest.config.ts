import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The fuzz and ReDoS tests are CPU-bound; under `npm test` they share two cores with other packages.
    testTimeout: 60_000,
  },
});
