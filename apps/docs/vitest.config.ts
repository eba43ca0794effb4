import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The browser test builds nothing itself (turbo builds the site first) but drives one Chromium through it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
