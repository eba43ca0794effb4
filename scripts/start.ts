// `npm start`: builds what the API and the docs need, then serves both on loopback until Ctrl-C.
// It prints the URLs and real problems only: the build's logs only when it fails, wrangler's warnings and errors
// only (its banner, its start-up notes and its request log are left out), and never the Request.cf look-up,
// which needs the network and is turned off.
// Usage: npm start [-- --no-build]; PORT chooses the port (default 8787).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = `${root}apps/docs/dist`;
const DEFAULT_PORT = 8787;

function log(message: string): void {
  process.stdout.write(`[start] ${message}\n`);
}

function fail(message: string, code = 1): never {
  process.stderr.write(`[start] ${message}\n`);
  process.exit(code);
}

const portText = process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
  fail(`PORT=${portText} is not a port number (1 to 65535); try PORT=${DEFAULT_PORT + 1} npm start`, 2);
}

/** Whether something already listens on the port (another `npm start`, another server). */
function portInUse(): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolvePromise(error.code === 'EADDRINUSE'));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise(false)));
  });
}

if (await portInUse()) {
  fail(
    `port ${port} on 127.0.0.1 is in use (another npm start?): stop what holds it, or choose another port, ` +
      `e.g. PORT=${port === 65535 ? DEFAULT_PORT : port + 1} npm start`,
  );
}

if (!process.argv.includes('--no-build')) {
  log('building the core, the data package, the Worker and the docs (cached by turbo)');
  const build = spawnSync(
    'pnpm',
    [
      'turbo',
      'run',
      'build',
      '--filter=@tally/edge-api...',
      '--filter=@tally/docs...',
      '--output-logs=errors-only',
      '--log-order=grouped',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (build.status !== 0) fail('the build failed; see above', build.status ?? 1);
}

const withDocs = existsSync(`${docsDir}/index.html`);
if (!withDocs) log('the docs site is not built (apps/docs/dist): serving the API alone');
const args = [
  'exec',
  'wrangler',
  'dev',
  '--ip',
  '127.0.0.1',
  '--port',
  String(port),
  '--show-interactive-dev-session=false',
  // Warnings and errors only: wrangler's banner, binding table, "Ready on" and request log are not problems.
  '--log-level=warn',
  // The site's pages as static assets, with the ASSETS binding the Worker answers a missing page with.
  ...(withDocs ? ['--env', 'site'] : ['--env=']),
];
const api: ChildProcess = spawn('pnpm', args, {
  cwd: `${root}apps/edge-api`,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
  env: {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    // Miniflare fetches a sample Request.cf object from the network at start-up; offline that is a stack trace.
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  },
});

/** Lines of wrangler's output that are not problems: what it says about itself, said at warning level. */
const NOT_PROBLEMS = [/Request\.cf/, /getaddrinfo ENOTFOUND/, /^\s+at .*node:dns/];

function relay(stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream): void {
  let pending = '';
  stream?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '' || NOT_PROBLEMS.some((pattern) => pattern.test(line))) continue;
      out.write(`${line}\n`);
    }
  });
}
relay(api.stdout, process.stdout);
relay(api.stderr, process.stderr);

const base = `http://127.0.0.1:${port}`;

/** Waits until the Worker answers its health check, polling: wrangler says nothing when it is ready at this log level. */
async function ready(deadline: number): Promise<boolean> {
  while (Date.now() < deadline && !stopping && api.exitCode === null) {
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
  }
  return false;
}

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  log(`stopping (${signal})`);
  // wrangler starts workerd as a child: signal the whole process group.
  if (api.pid) {
    try {
      process.kill(-api.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
api.on('exit', (code) => {
  if (!stopping) process.stderr.write(`[start] wrangler dev exited with ${code}; see above\n`);
  process.exit(stopping ? 0 : (code ?? 1));
});

if (await ready(Date.now() + 120_000)) {
  log(`Tally is up on ${base}/`);
  if (withDocs) log(`  Docs            ${base}/`);
  log(`  API             ${base}/v1/contests`);
  if (withDocs) log(`  API reference   ${base}/reference   (the same, as pages: ${base}/api/)`);
  log(`  OpenAPI         ${base}/openapi.json`);
  log(`  Health          ${base}/healthz`);
  log(`  MCP             ${base}/mcp   (Streamable HTTP, for AI assistants)`);
  log('Press Ctrl-C to stop.');
} else if (!stopping && api.exitCode === null) {
  process.stderr.write(`[start] the Worker did not answer ${base}/healthz within 120 s; stopping\n`);
  stop('SIGTERM');
}
