// `npm start`: builds what the API and the docs need, then serves both on loopback until Ctrl-C.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = Number(process.env.PORT ?? 8787);
const docsDir = `${root}apps/docs/dist`;

function log(message: string): void {
  process.stdout.write(`[start] ${message}\n`);
}

log('building the core, the data package, the Worker and the docs (cached by turbo)');
const build = spawnSync(
  'pnpm',
  ['turbo', 'run', 'build', '--filter=@tally/edge-api...', '--filter=@tally/docs...'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  log('the build failed; see above');
  process.exit(build.status ?? 1);
}

const args = [
  'exec',
  'wrangler',
  'dev',
  '--ip',
  '127.0.0.1',
  '--port',
  String(apiPort),
  '--show-interactive-dev-session=false',
];
if (existsSync(docsDir)) args.push('--assets', docsDir);
const api: ChildProcess = spawn('pnpm', args, {
  cwd: `${root}apps/edge-api`,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});

let announced = false;
api.stdout?.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && chunk.toString().includes('Ready on')) {
    announced = true;
    const base = `http://127.0.0.1:${apiPort}`;
    log('Tally is up:');
    log(`  API        ${base}/v1/contests`);
    log(`  Reference  ${base}/reference   (OpenAPI: ${base}/openapi.json)`);
    log(`  Health     ${base}/healthz`);
    log(`  MCP        ${base}/mcp   (Streamable HTTP, for AI assistants)`);
    if (existsSync(docsDir)) log(`  Docs       ${base}/`);
    log('Press Ctrl-C to stop.');
  }
});

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
  if (!stopping) log(`wrangler dev exited with ${code}`);
  process.exit(stopping ? 0 : (code ?? 1));
});
