import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { send } from '../http/send.ts';
import { edgeApiDir } from '../workspace.ts';
import { launchWorker } from './launch.ts';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('runs the workerd version that wrangler runs', () => {
  const fromEdgeApi = createRequire(join(edgeApiDir, 'package.json'));
  const wrangler = JSON.parse(readFileSync(fromEdgeApi.resolve('wrangler/package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const own = createRequire(import.meta.url)('workerd/package.json') as { version: string };
  expect(own.version).toBe(wrangler.dependencies.workerd);
});

test('serves the built Worker on a loopback port and stops cleanly', async () => {
  const worker = await launchWorker();
  try {
    const health = await send(worker.port, { method: 'GET', target: '/healthz' });
    expect(health.status).toBe(200);
    expect(health.headers['cache-control']).toBe('no-store');
    expect((JSON.parse(health.body.toString()) as { data: { status: string } }).data.status).toBe('ok');
    expect(isRunning(worker.pid)).toBe(true);
  } finally {
    await worker.stop();
  }
  expect(isRunning(worker.pid)).toBe(false);
  await expect(send(worker.port, { method: 'GET', target: '/healthz' })).rejects.toThrow('ECONNREFUSED');
});

test('says which file is missing when the Worker is not built', async () => {
  await expect(launchWorker({ distDir: join(edgeApiDir, 'src') })).rejects.toThrow(
    'the bundle has no index.js: build the Worker first',
  );
});
