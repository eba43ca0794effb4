import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses JSON with comments and trailing commas (wrangler.jsonc). */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      if (i === 0) break;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

export type WorkerSettings = {
  configPath: string;
  main: string;
  compatibilityDate: string;
  compatibilityFlags: string[];
  vars: Record<string, unknown>;
  /** The D1 bindings (`d1_databases`), by binding name: the database name. */
  d1Databases: Record<string, string>;
};

/**
 * The settings of apps/edge-api that a bench Worker must share: entry, compatibility and vars, from the
 * top level or, given `env`, from that environment as wrangler reads it (`main` and the compatibility
 * settings inherited unless the environment sets them; `vars` and `d1_databases` not inherited).
 */
export function readWorkerSettings(dir: string, env?: string): WorkerSettings {
  const configPath = ['wrangler.jsonc', 'wrangler.json'].map((f) => join(dir, f)).find((p) => existsSync(p));
  if (!configPath) throw new Error(`no wrangler.jsonc in ${dir}`);
  const top = parseJsonc(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  const envs = (top.env as Record<string, Record<string, unknown>> | undefined) ?? {};
  const own = env === undefined ? top : envs[env];
  if (!own) throw new Error(`${configPath}: no environment "${env}"`);
  const raw: Record<string, unknown> = { ...top, ...own, vars: own.vars, d1_databases: own.d1_databases };
  if (typeof raw.main !== 'string') throw new Error(`${configPath}: expected "main"`);
  if (typeof raw.compatibility_date !== 'string')
    throw new Error(`${configPath}: expected "compatibility_date"`);
  const d1 = Array.isArray(raw.d1_databases) ? (raw.d1_databases as Record<string, unknown>[]) : [];
  return {
    configPath,
    main: join(dir, raw.main),
    compatibilityDate: raw.compatibility_date,
    compatibilityFlags: Array.isArray(raw.compatibility_flags) ? raw.compatibility_flags.map(String) : [],
    vars: (raw.vars as Record<string, unknown> | undefined) ?? {},
    d1Databases: Object.fromEntries(d1.map((d) => [String(d.binding), String(d.database_name ?? d.binding)])),
  };
}
