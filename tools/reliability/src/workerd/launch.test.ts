import { join } from 'node:path';
import { expect, test } from 'vitest';
import { send } from '../http/send.ts';
import { edgeApiDir } from '../workspace.ts';
import { launchWorker } from './launch.ts';

test('serves the built Worker on a loopback port until stopped', async () => {
  const worker = await launchWorker();
  try {
    const health = await send(worker.port, { method: 'GET', target: '/healthz' });
    expect(health.status).toBe(200);
    expect(health.headers['cache-control']).toBe('no-store');
    expect((JSON.parse(health.body.toString()) as { data: { status: string } }).data.status).toBe('ok');
  } finally {
    await worker.stop();
  }
  await expect(send(worker.port, { method: 'GET', target: '/healthz' })).rejects.toThrow('ECONNREFUSED');
});

test('says which file is missing when the Worker is not built', async () => {
  await expect(launchWorker({ distDir: join(edgeApiDir, 'src') })).rejects.toThrow(
    'the bundle has no index.js: build the Worker first',
  );
});
