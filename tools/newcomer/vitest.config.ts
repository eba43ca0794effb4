import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The repository-copy test builds everything and runs other packages' suites in the copy: minutes, not seconds,
    // on a small machine shared with the rest of `npm test`.
    testTimeout: 1_500_000,
    hookTimeout: 120_000,
  },
});
