import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { Manifest, type SourceKind } from '@tally/core';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import packageJson from '../package.json' with { type: 'json' };
import type { Deps } from './api/deps.js';
import { documentConfig } from './api/document.js';
import { invalidParameters } from './api/invalid-parameters.js';
import { attributionOf } from './api/provenance.js';
import { repeatedParameters } from './api/repeated-parameters.js';
import { JSON_TYPE } from './api/responses.js';
import { cors } from './http/cors.js';
import { apiPathMatcher, guard, pathMatcher } from './http/guard.js';
import { problem } from './http/problem.js';
import { referenceCsp, SCALAR_BUNDLE } from './http/reference-csp.js';
import {
  createRepresentationCache,
  type Representation,
  sendRepresentation,
} from './http/representations.js';
import { mcpRoute } from './mcp/index.js';
import { candidateRoutes } from './routes/candidates.js';
import { contestRoutes } from './routes/contests.js';
import { healthRoutes } from './routes/health.js';
import { raceRoutes } from './routes/races.js';
import { searchRoutes } from './routes/search.js';
import { tallyRoutes } from './routes/tally.js';
import { unitRoutes } from './routes/units.js';
import type { DataStore } from './store/data-store.js';

export type AppOptions = {
  /** Told of every error that reached the error handler: a bug, since bad input never should. */
  onBug?: (error: unknown) => void;
};

/** The API over a store: routes, OpenAPI document, reference page, and the HTTP behaviour around them. */
export function createApp(store: DataStore, options: AppOptions = {}) {
  const version = packageJson.version;
  const metaFor = (kinds?: Iterable<SourceKind>) => ({
    dataVersion: store.manifest.hash,
    attribution: attributionOf(store.manifest, kinds),
  });
  const deps: Deps = {
    store,
    cache: createRepresentationCache(store.manifest.hash),
    meta: metaFor(),
    metaFor,
  };
  let isKnownPath: ((path: string) => boolean) | undefined;

  const base = new OpenAPIHono({ defaultHook: invalidParameters });
  base.use(
    cors(),
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
      // Reads are open to every origin, so other sites may embed the responses too.
      crossOriginResourcePolicy: 'cross-origin',
      xFrameOptions: 'DENY',
      // The reference page sets its own Content-Security-Policy.
      overwrite: false,
    }),
  );
  // The MCP endpoint speaks POST, so it sits before the read-only guard; it checks its own host and origin.
  base.all('/mcp', mcpRoute(deps, version));
  base.use(
    guard((path) => {
      isKnownPath ??= pathMatcher(app.routes.filter((r) => r.method === 'GET').map((r) => r.path));
      return isKnownPath(path);
    }),
  );
  base.use('/v1/*', repeatedParameters());

  const app = base
    .route('/', raceRoutes(deps))
    .route('/', contestRoutes(deps))
    .route('/', unitRoutes(deps))
    .route('/', candidateRoutes(deps))
    .route('/', tallyRoutes(deps))
    .route('/', searchRoutes(deps))
    .route('/', healthRoutes(store, version, deps.meta));

  // Not in any response, but part of the contract: the data package's manifest. Registered as a copy made
  // now: a schema built before @hono/zod-openapi extended zod (the core loaded first) lacks `.openapi()`.
  app.openAPIRegistry.register('Manifest', Manifest.describe(Manifest.description ?? 'The data manifest.'));
  app.get('/openapi.json', async (c) => {
    const representation = await deps.cache.get('/openapi.json', JSON_TYPE, () =>
      JSON.stringify(app.getOpenAPI31Document(documentConfig(version))),
    );
    return sendRepresentation(c.req.raw, representation);
  });

  // Scalar's code comes from this service's own assets (the docs site pins the bundle by the lockfile and serves
  // it), never from a CDN: the reference works offline. No fonts or telemetry from elsewhere either.
  const scalar = Scalar({
    url: '/openapi.json',
    pageTitle: 'Tally API reference',
    cdn: SCALAR_BUNDLE,
    withDefaultFonts: false,
    telemetry: false,
    // The docs site's icon, served beside the API (without it the browser asks for a /favicon.ico there is not).
    favicon: '/favicon.svg',
    // No hosted services: no developer toolbar (SDK generation, deploys) and no AI agent, both Scalar's online.
    showDeveloperTools: 'never',
    agent: { disabled: true },
  });
  let referencePage: Promise<{ representation: Representation; csp: string }> | undefined;
  app.get('/reference', async (c) => {
    referencePage ??= (async () => {
      const html = await (await scalar(c, async () => {}))?.text();
      if (html === undefined) throw new Error('the Scalar middleware rendered no page');
      const representation = await deps.cache.get('/reference', 'text/html; charset=utf-8', () => html);
      return { representation, csp: await referenceCsp(html) };
    })();
    referencePage.catch(() => {
      referencePage = undefined;
    });
    const { representation, csp } = await referencePage;
    return sendRepresentation(c.req.raw, representation, { headers: { 'content-security-policy': csp } });
  });

  // A path outside the API is a page of the docs site when the site is served beside it (`wrangler dev --env
  // site`, as npm start runs it): the site's own 404 page answers it, as the assets' `not_found_handling` gives it.
  let isApiPath: ((path: string) => boolean) | undefined;
  app.notFound((c) => {
    const assets = (c.env as { ASSETS?: { fetch(request: Request): Promise<Response> } } | undefined)?.ASSETS;
    isApiPath ??= apiPathMatcher(app.routes.filter((r) => r.method === 'GET').map((r) => r.path));
    if (assets !== undefined && !isApiPath(c.req.path)) return assets.fetch(c.req.raw);
    return problem('not-found', c.req.url, 'No resource lives at this path.');
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return problem('bad-request', c.req.url, 'The request could not be read.');
    }
    (options.onBug ?? console.error)(error);
    return problem(
      'internal-error',
      c.req.url,
      'The API failed to answer this request; the failure is logged.',
    );
  });

  return app;
}
