/** A module of the Worker, as workerd's config names it. */
export type WorkerModule = { name: string; kind: 'esModule' | 'commonJsModule' | 'text' | 'data' | 'wasm' };

export type WorkerdConfig = {
  modules: WorkerModule[];
  compatibilityDate: string;
  compatibilityFlags: string[];
  /** Plain-text and JSON bindings, as wrangler's `vars`. */
  vars: Record<string, unknown>;
  address: string;
};

const quote = (s: string) => JSON.stringify(s);

/** The capnp text of a workerd config serving one Worker on one HTTP socket; modules are embedded by name. */
export function renderWorkerdConfig(config: WorkerdConfig): string {
  const modules = config.modules.map((m) => `(name = ${quote(m.name)}, ${m.kind} = embed ${quote(m.name)})`);
  const bindings = Object.entries(config.vars).map(([name, value]) =>
    typeof value === 'string'
      ? `(name = ${quote(name)}, text = ${quote(value)})`
      : `(name = ${quote(name)}, json = ${quote(JSON.stringify(value))})`,
  );
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = ${quote(config.address)}, http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [
    ${modules.join(',\n    ')}
  ],
  bindings = [${bindings.join(', ')}],
  compatibilityDate = ${quote(config.compatibilityDate)},
  compatibilityFlags = [${config.compatibilityFlags.map(quote).join(', ')}],
);
`;
}

/** How workerd should load a file wrangler wrote, by its extension; null for files that are not modules. */
export function moduleKind(file: string): WorkerModule['kind'] | null {
  if (/\.(m?js)$/.test(file)) return 'esModule';
  if (file.endsWith('.cjs')) return 'commonJsModule';
  if (file.endsWith('.wasm')) return 'wasm';
  if (/\.(txt|html|sql)$/.test(file)) return 'text';
  if (file.endsWith('.bin')) return 'data';
  return null;
}
