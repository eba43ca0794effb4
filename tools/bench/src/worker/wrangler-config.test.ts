import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonc, readWorkerSettings } from './wrangler-config.ts';

describe('parseJsonc', () => {
  it('drops comments and trailing commas but keeps slashes inside strings', () => {
    const text = `{
      // the Worker
      "name": "tally-edge-api", /* inline */
      "routes": ["https://example.org/*"],
      "compatibility_flags": ["nodejs_compat",],
    }`;
    expect(parseJsonc(text)).toEqual({
      name: 'tally-edge-api',
      routes: ['https://example.org/*'],
      compatibility_flags: ['nodejs_compat'],
    });
  });

  it('keeps escaped quotes in strings', () => {
    expect(parseJsonc('{"a": "say \\"hi\\" // not a comment"}')).toEqual({ a: 'say "hi" // not a comment' });
  });
});

describe('readWorkerSettings', () => {
  it("reads the d1 environment of apps/edge-api's wrangler.jsonc: its entry and binding, the top level's compatibility", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tally-wrangler-'));
    try {
      await writeFile(
        join(dir, 'wrangler.jsonc'),
        `{
          "name": "tally-edge-api",
          "main": "src/index.ts",
          "compatibility_date": "2026-08-22",
          "vars": { "MODE": "bundled" },
          "env": {
            // the API over D1
            "d1": {
              "main": "src/d1-worker.ts",
              "d1_databases": [{ "binding": "DB", "database_name": "tally-data" }],
            },
          },
        }`,
      );
      expect(readWorkerSettings(dir)).toMatchObject({
        main: join(dir, 'src/index.ts'),
        vars: { MODE: 'bundled' },
        d1Databases: {},
      });
      expect(readWorkerSettings(dir, 'd1')).toEqual({
        configPath: join(dir, 'wrangler.jsonc'),
        main: join(dir, 'src/d1-worker.ts'),
        compatibilityDate: '2026-08-22',
        compatibilityFlags: [],
        vars: {},
        d1Databases: { DB: 'tally-data' },
      });
      expect(() => readWorkerSettings(dir, 'staging')).toThrow('no environment "staging"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
