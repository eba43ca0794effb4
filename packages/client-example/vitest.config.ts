import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The first request builds the API's indexes; on a loaded 2-core machine that has taken over 5 s.
    testTimeout: 30_000,
  },
});
