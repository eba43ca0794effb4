import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkerSettings } from './worker-settings.ts';

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
          "compatibility_flags": ["nodejs_compat",], /* a trailing comma, as JSONC allows */
          "vars": { "MODE": "bundled", "LIMITS": { "page": 50 } },
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
        compatibilityFlags: ['nodejs_compat'],
        vars: { MODE: 'bundled', LIMITS: { page: 50 } },
        d1Databases: {},
      });
      expect(readWorkerSettings(dir, 'd1')).toEqual({
        configPath: join(dir, 'wrangler.jsonc'),
        main: join(dir, 'src/d1-worker.ts'),
        compatibilityDate: '2026-08-22',
        compatibilityFlags: ['nodejs_compat'],
        vars: {},
        d1Databases: { DB: 'tally-data' },
      });
      expect(() => readWorkerSettings(dir, 'staging')).toThrow(
        'No environment found in configuration with name "staging"',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the edge API's own wrangler.jsonc", () => {
    const settings = readWorkerSettings(join(import.meta.dirname, '../../../../apps/edge-api'));
    expect(settings.main).toMatch(/apps\/edge-api\/src\/index\.ts$/);
    expect(settings.compatibilityDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
