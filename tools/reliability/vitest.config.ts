import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The fuzz run sends thousands of requests to a real workerd: about 10 s alone, more when `npm test`
    // runs every package's tests at once on a small machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
