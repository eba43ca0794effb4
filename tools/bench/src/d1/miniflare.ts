import { pathToFileURL } from 'node:url';
import { tools } from '../workspace.ts';
import { type D1WorkerSpec, miniflareOptions } from './miniflare-options.ts';

/** The part of D1's client API the bench uses, from Node (miniflare's proxy to the binding). */
export type LocalD1 = {
  exec(sql: string): Promise<{ count: number; duration: number }>;
  prepare(sql: string): { run(): Promise<{ meta: { size_after?: number } }> };
};

/** The part of a Miniflare instance the bench uses (the package is wrangler's, and the bench declares only this). */
export type MiniflareInstance = {
  /** The entry socket: miniflare's entry Worker inside workerd, which calls the user Worker. */
  readonly ready: Promise<URL>;
  unsafeGetDirectURL(): Promise<URL>;
  getD1Database(binding: string): Promise<LocalD1>;
  dispose(): Promise<void>;
};

type MiniflareModule = {
  Miniflare: new (options: unknown) => MiniflareInstance;
  convertV4MiniflareOptions(options: Record<string, unknown>): unknown;
};

/** Starts miniflare (workerd, with its local D1) for `spec`. */
export async function startMiniflare(spec: D1WorkerSpec): Promise<MiniflareInstance> {
  const { Miniflare, convertV4MiniflareOptions } = (await import(
    pathToFileURL(tools.miniflare).href
  )) as MiniflareModule;
  const mf = new Miniflare(convertV4MiniflareOptions(miniflareOptions(spec)));
  await mf.ready;
  return mf;
}
