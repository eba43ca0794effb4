import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The edge API's bundled Worker, as `wrangler deploy --dry-run --outdir dist` writes it. */
export const workerBundlePath = fileURLToPath(
  new URL('../node_modules/@tally/edge-api/dist/index.js', import.meta.url),
);

export interface WorkerModule {
  fetch(request: Request, env: unknown, ctx: unknown): Response | Promise<Response>;
}

/** An execution context for calling the Worker outside the Workers runtime: nothing runs after the response. */
export const executionContext = {
  waitUntil(_promise: Promise<unknown>): void {},
  passThroughOnException(): void {},
  props: {},
};

/** Loads the bundled Worker in Node and returns its default export, or explains why it cannot. */
export async function loadWorker(path = workerBundlePath): Promise<WorkerModule> {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build the edge API first (pnpm --filter @tally/edge-api build)`);
  }
  const module = (await import(pathToFileURL(path).href)) as { default?: Partial<WorkerModule> };
  const worker = module.default;
  if (typeof worker?.fetch !== 'function') {
    throw new Error(`${path}: its default export has no fetch(request, env, ctx) method`);
  }
  return worker as WorkerModule;
}

/** A fetch function that answers every request from the Worker in this process, never from the network. */
export function workerFetch(worker: WorkerModule, env: unknown = {}): typeof fetch {
  return async (input, init) => worker.fetch(new Request(input, init), env, executionContext);
}
