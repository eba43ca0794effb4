import type { WorkerModule } from '@tally/harness/workerd';

/** The D1 database the bench loads and serves, under each corpus's persistence folder. */
export const D1_DATABASE_ID = 'tally-bench';

/** What a Miniflare instance for the D1 Worker (or for loading its database) is made of. */
export type D1WorkerSpec = {
  /** The bundle's folder and its modules, the entry first; none for a database load alone. */
  bundleDir: string | null;
  modules: WorkerModule[];
  compatibilityDate: string;
  compatibilityFlags: string[];
  vars: Record<string, unknown>;
  /** The D1 binding (wrangler.jsonc's `env.d1`, `DB`). */
  binding: string;
  /** Where miniflare keeps the local D1 database (its `d1/` SQLite files) between instances. */
  persistDir: string;
  /** The port of the socket straight to the Worker (workerd's own, without miniflare's entry Worker); null for none. */
  directPort: number | null;
};

/** Miniflare's module types (its v4 options), by workerd's module kinds. */
const MODULE_TYPE: Record<WorkerModule['kind'], string> = {
  esModule: 'ESModule',
  commonJsModule: 'CommonJS',
  text: 'Text',
  data: 'Data',
  wasm: 'CompiledWasm',
};

/** Answers the loader's instance, which only needs the database. */
const LOADER_SCRIPT = "export default { fetch() { return new Response('ok\\n'); } };\n";

/**
 * Miniflare's options (in its v4 form, which miniflare 5 converts with `convertV4MiniflareOptions`) for
 * the D1 Worker over a persisted local D1 database: the bundle's modules as wrangler wrote them, the
 * compatibility settings and vars of wrangler.jsonc, request logging off (it would post every request
 * to miniflare's Node loopback), the entry socket on a free port and, when asked, a direct socket.
 */
export function miniflareOptions(spec: D1WorkerSpec): Record<string, unknown> {
  const source =
    spec.bundleDir === null
      ? { script: LOADER_SCRIPT, modules: true }
      : {
          rootPath: spec.bundleDir,
          modulesRoot: spec.bundleDir,
          modules: spec.modules.map((m) => ({ type: MODULE_TYPE[m.kind], path: m.name })),
        };
  return {
    name: 'tally-bench-d1',
    ...source,
    compatibilityDate: spec.compatibilityDate,
    compatibilityFlags: spec.compatibilityFlags,
    bindings: spec.vars,
    d1Databases: { [spec.binding]: D1_DATABASE_ID },
    resourcePersistencePath: spec.persistDir,
    host: '127.0.0.1',
    port: 0,
    logRequests: false,
    ...(spec.directPort === null
      ? {}
      : { unsafeDirectSockets: [{ host: '127.0.0.1', port: spec.directPort }] }),
  };
}
