// The D1 Worker the bench runs (apps/edge-api's src/d1-worker.ts), plus its constant floor, and one D1
// round trip that reads nothing (`SELECT 1`): the cost of reaching the database, apart from the query.
import worker from 'tally-bench-worker';
import { benchRoute, floor } from './bench-routes.ts';

type Env = { DB: { prepare(query: string): { first(): Promise<unknown> } } };

export default {
  fetch(request: Request, env: Env, ctx: unknown): Response | Promise<Response> {
    const own = benchRoute(request, worker, env, ctx);
    if (own) return own;
    if (request.url.endsWith('/__d1-floor')) return env.DB.prepare('SELECT 1').first().then(floor);
    return worker.fetch(request, env, ctx);
  },
};
