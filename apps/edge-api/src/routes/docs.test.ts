import { describe, expect, it } from 'vitest';
import { servedDocument, validatorFor } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route, built from the core schemas', async () => {
    const response = await call('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{32}"$/);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/healthz',
      '/v1/candidates',
      '/v1/candidates/{id}',
      '/v1/contests',
      '/v1/contests/{id}',
      '/v1/contests/{id}/results',
      '/v1/contests/{id}/units',
      '/v1/contests/{id}/units/{unitId}',
      '/v1/races',
      '/v1/races/{id}',
      '/v1/races/{id}/results',
      '/v1/search',
      '/v1/tally',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'ContestItem',
        'ContestDetail',
        'RaceItem',
        'RaceDetail',
        'CandidateRef',
        'CandidateItem',
        'CandidateDetail',
        'ResultRecord',
        'UnitItem',
        'UnitDetail',
        'SourceCredit',
        'Attribution',
        'RaceFigure',
        'Finding',
        'Manifest',
        'Problem',
        'Meta',
        'ListMeta',
      ]),
    );
    // The first request loads the app and builds the document: seconds on a busy two-core machine.
  }, 30_000);
});

describe('the schemas of /openapi.json', () => {
  it('admit a contest without a delegate model, and nothing else in its place', async () => {
    const doc = await servedDocument();
    const detail = doc.components.schemas.ContestDetail as { properties: { delegateModel: unknown } };
    expect(detail.properties.delegateModel).toBeDefined();
    const delegateModel = validatorFor(detail.properties.delegateModel, doc.components.schemas);
    expect(delegateModel.safeParse(null).success).toBe(true);
    expect(delegateModel.safeParse({}).success).toBe(false);
  });
});

describe('GET /reference', () => {
  it("serves the Scalar reference, its code from this service's own path, under a CSP that admits nothing else", async () => {
    const response = await call('/reference');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('/openapi.json');
    expect(html).toContain('<script src="/vendor/scalar/api-reference.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
    const csp = response.headers.get('content-security-policy') ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      ([, script]) => script,
    );
    expect(inline).toHaveLength(1);
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inline[0] ?? '')),
    );
    expect(csp).toContain(`script-src 'self' 'sha256-${btoa(String.fromCharCode(...digest))}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/https?:/);
  });
});
