import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unstable_readConfig } from 'wrangler';

export type WorkerSettings = {
  configPath: string;
  /** The entry module, an absolute path. */
  main: string;
  compatibilityDate: string;
  compatibilityFlags: string[];
  vars: Record<string, unknown>;
  /** The D1 bindings (`d1_databases`), by binding name: the database name. */
  d1Databases: Record<string, string>;
};

/**
 * What a Worker run outside wrangler must share with the one wrangler deploys: entry, compatibility, vars and
 * D1 bindings of the wrangler.jsonc in `dir`, read by wrangler itself, from the top level or, given `env`,
 * from that environment with wrangler's rules of inheritance.
 */
export function readWorkerSettings(dir: string, env?: string): WorkerSettings {
  const configPath = ['wrangler.jsonc', 'wrangler.json'].map((f) => join(dir, f)).find((p) => existsSync(p));
  if (!configPath) throw new Error(`no wrangler.jsonc in ${dir}`);
  const config = unstable_readConfig({ config: configPath, ...(env ? { env } : {}) }, { hideWarnings: true });
  if (!config.main) throw new Error(`${configPath}: expected "main"`);
  if (!config.compatibility_date) throw new Error(`${configPath}: expected "compatibility_date"`);
  return {
    configPath,
    main: config.main,
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    vars: config.vars,
    d1Databases: Object.fromEntries(
      config.d1_databases.map((d: { binding: string; database_name?: string }) => [
        d.binding,
        d.database_name ?? d.binding,
      ]),
    ),
  };
}
