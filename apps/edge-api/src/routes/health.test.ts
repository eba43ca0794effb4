import { manifest } from '@tally/data';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

describe('GET /healthz', () => {
  it('gives the API version and the data it serves in the one envelope, never cached', async () => {
    const response = await call('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await expectDeclared(response, '/healthz')) as {
      data: { status: string; apiVersion: string; dataPackage: Record<string, unknown> };
      links: { self: string };
      meta: { dataVersion: string };
    };
    expect(body.data.apiVersion).toBe(packageJson.version);
    expect(body.data.dataPackage).toEqual({
      version: manifest.version,
      hash: manifest.hash,
      contests: manifest.counts.contests,
      races: manifest.counts.races,
      candidates: manifest.counts.candidates,
    });
    expect(body.links).toEqual({ self: '/healthz' });
    expect(body.meta.dataVersion).toBe(manifest.hash);
  });
});
