// The Worker the bench runs in workerd: Tally's Worker, plus a constant route that is the runtime's floor.
import worker from 'tally-bench-worker';
import { benchRoute } from './bench-routes.ts';

export default {
  fetch(request: Request, env: unknown, ctx: unknown): Response | Promise<Response> {
    return benchRoute(request, worker, env, ctx) ?? worker.fetch(request, env, ctx);
  },
};
