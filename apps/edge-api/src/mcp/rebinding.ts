// Protection against DNS rebinding: a page on another site that points its own name at this server's address
// (a local `npm start`, a Worker on a private network) sends its own Host and Origin. Only the hosts this server
// is meant to be reached at may call `/mcp`, and a browser only from a page served from one of them.

/** Hosts always allowed: the loopback names, and workers.dev, whose names no one can point elsewhere. */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]', '*.workers.dev'];

/** The Worker variable naming the other hosts served (a custom domain): comma- or space-separated, `*.` allowed. */
export const ALLOWED_HOSTS_VARIABLE = 'MCP_ALLOWED_HOSTS';

/** The allowed host patterns: the defaults and those of MCP_ALLOWED_HOSTS, lower-case. */
export function allowedHosts(env: unknown): string[] {
  const value =
    typeof env === 'object' && env !== null
      ? (env as Record<string, unknown>)[ALLOWED_HOSTS_VARIABLE]
      : undefined;
  const extra = typeof value === 'string' ? value.split(/[\s,]+/).filter((h) => h !== '') : [];
  return [...DEFAULT_ALLOWED_HOSTS, ...extra].map((h) => h.toLowerCase());
}

/** Whether a host name (no port) matches a pattern: the same name, or `*.suffix` for any name ending `.suffix`. */
export function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase();
  return pattern.startsWith('*.')
    ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1
    : host === pattern;
}

export type RebindingCheck = { ok: true; origin: string | null } | { ok: false; message: string };

function shown(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}

/**
 * Checks the host a request was sent to (its URL's, which the runtime takes from the Host header) and its
 * Origin, when it has one: the origin must be http or https on an allowed host. A request without Origin (a
 * desktop assistant, a server-side client) is judged by its host alone.
 */
export function checkRebinding(request: Request, patterns: readonly string[]): RebindingCheck {
  const host = new URL(request.url).hostname;
  if (!patterns.some((p) => hostMatches(host, p))) {
    return {
      ok: false,
      message:
        `Forbidden: the host ${shown(host)} is not one this server answers MCP requests for (DNS rebinding ` +
        `protection). Its operator can add it to ${ALLOWED_HOSTS_VARIABLE}.`,
    };
  }
  const origin = request.headers.get('origin');
  if (origin === null) return { ok: true, origin: null };
  let url: URL | null = null;
  try {
    url = new URL(origin);
  } catch {
    url = null;
  }
  if (
    url === null ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !patterns.some((p) => hostMatches(url.hostname, p))
  ) {
    return {
      ok: false,
      message: `Forbidden: requests from the origin ${shown(origin)} are not accepted (DNS rebinding protection).`,
    };
  }
  return { ok: true, origin: url.origin };
}
