import type { ExecutionContext } from 'hono';
import { createReplayCache, type ReplayCache } from './http/replay-cache.js';

/** What the Worker needs of the app: Hono's `fetch`. */
export type FetchApp = {
  fetch(request: Request, env: unknown, ctx: ExecutionContext): Response | Promise<Response>;
};

export type Worker<E> = {
  fetch(request: Request, env: E, ctx: ExecutionContext): Promise<Response>;
  /** The answers kept for replay, for tests and the benchmark. */
  readonly replays: ReplayCache;
};

export type WorkerOptions = {
  /** The answer while the app cannot be loaded (the next request tries again); without it, the error is thrown. */
  unavailable?: (error: unknown, request: Request) => Response;
};

/**
 * A Worker around an app that is loaded on first use: the app's modules (the routes, zod and the
 * schemas, the OpenAPI registry, the store) are evaluated by the first request, not at start-up, and a
 * request the app has answered before is replayed from the replay cache without running it.
 */
export function createWorker<E>(load: (env: E) => Promise<FetchApp>, options: WorkerOptions = {}): Worker<E> {
  const replays = createReplayCache();
  let app: Promise<FetchApp> | undefined;

  return {
    replays,
    async fetch(request, env, ctx) {
      const replayed = replays.replay(request);
      if (replayed) return replayed;
      let loaded: FetchApp;
      try {
        app ??= load(env);
        loaded = await app;
      } catch (error) {
        app = undefined;
        if (!options.unavailable) throw error;
        return options.unavailable(error, request);
      }
      return replays.keep(request, await loaded.fetch(request, env, ctx));
    },
  };
}
