import { describe, expect, it } from 'vitest';
import { D1_DATABASE_ID, miniflareOptions } from './miniflare-options.ts';

const base = {
  compatibilityDate: '2026-08-22',
  compatibilityFlags: ['nodejs_compat'],
  vars: { MODE: 'bench' },
  binding: 'DB',
  persistDir: '/tmp/tally-d1/1000',
};

describe('miniflareOptions', () => {
  it("serves the bundle's modules, entry first, over the persisted database, with a direct socket", () => {
    expect(
      miniflareOptions({
        ...base,
        bundleDir: '/tmp/tally-bundle/d1',
        modules: [
          { name: 'bench-d1-entry.js', kind: 'esModule' },
          { name: 'parser.wasm', kind: 'wasm' },
        ],
        directPort: 8799,
      }),
    ).toEqual({
      name: 'tally-bench-d1',
      rootPath: '/tmp/tally-bundle/d1',
      modulesRoot: '/tmp/tally-bundle/d1',
      modules: [
        { type: 'ESModule', path: 'bench-d1-entry.js' },
        { type: 'CompiledWasm', path: 'parser.wasm' },
      ],
      compatibilityDate: '2026-08-22',
      compatibilityFlags: ['nodejs_compat'],
      bindings: { MODE: 'bench' },
      d1Databases: { DB: D1_DATABASE_ID },
      resourcePersistencePath: '/tmp/tally-d1/1000',
      host: '127.0.0.1',
      port: 0,
      logRequests: false,
      unsafeDirectSockets: [{ host: '127.0.0.1', port: 8799 }],
    });
  });

  it('runs a constant script and no direct socket when it only loads the database', () => {
    const options = miniflareOptions({ ...base, bundleDir: null, modules: [], directPort: null });
    expect(options).toMatchObject({ modules: true, d1Databases: { DB: D1_DATABASE_ID } });
    expect(options.script).toContain('export default');
    expect(options).not.toHaveProperty('unsafeDirectSockets');
  });
});
