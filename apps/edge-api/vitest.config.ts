import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three projects: the Worker's tests run inside workerd (the runtime that ships); the D1 Worker's run there
// too, over miniflare's local D1 (each test file gets its own database); the OpenAPI lint runs in Node,
// where @apidevtools/swagger-parser lives.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.jsonc' } })],
        test: {
          name: 'workers',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.node.test.ts', 'src/**/*.d1.test.ts'],
          // A file's first request builds the app's indexes in workerd: on a loaded 2-core machine that alone
          // has taken over vitest's 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            main: './src/d1-worker.ts',
            wrangler: { configPath: './wrangler.jsonc', environment: 'd1' },
          }),
        ],
        test: {
          name: 'd1',
          include: ['src/**/*.d1.test.ts'],
          // Loading the 10,004-contest corpus (parse, audit, render, load) takes a while on a shared machine.
          hookTimeout: 240_000,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.node.test.ts'],
        },
      },
    ],
  },
});
