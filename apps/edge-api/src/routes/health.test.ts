import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

describe('GET /healthz', () => {
  it('gives the API version and the data hash, never cached', async () => {
    const response = await call('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await expectDeclared(response, '/healthz')) as {
      version: string;
      data: Record<string, unknown>;
    };
    expect(body.version).toBe('0.1.0');
    expect(body.data).toMatchObject({ version: '0.1.0', contests: 4 });
    expect(body.data.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
