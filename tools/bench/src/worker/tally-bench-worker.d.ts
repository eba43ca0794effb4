// Resolved by the bundler (wrangler --alias) to apps/edge-api's entry; typed here by what the bench uses.
declare module 'tally-bench-worker' {
  export type BenchWorker = {
    fetch(request: Request, env: unknown, ctx: unknown): Response | Promise<Response>;
    /** The Worker's replay cache (apps/edge-api src/worker.ts): entries held and their bytes. */
    readonly replays?: { readonly size: number; readonly bytes: number };
  };
  const worker: BenchWorker;
  export default worker;
}
