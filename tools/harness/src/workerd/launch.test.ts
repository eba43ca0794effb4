import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderWorkerdConfig } from './config.ts';
import { startWorkerd, workerdVersion } from './launch.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-workerd-'));
  await writeFile(join(dir, 'hello.js'), "export default { fetch() { return new Response('hello'); } };\n");
  await writeFile(join(dir, 'broken.js'), 'export default {\n');
  for (const name of ['hello', 'broken'])
    await writeFile(
      join(dir, `${name}.capnp`),
      renderWorkerdConfig({
        modules: [{ name: `${name}.js`, kind: 'esModule' }],
        compatibilityDate: '2026-08-22',
        compatibilityFlags: [],
        address: '127.0.0.1:0',
      }),
    );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('runs the workerd version that wrangler runs', async () => {
  const wrangler = createRequire(import.meta.url).resolve('wrangler/package.json');
  const { dependencies } = JSON.parse(await readFile(wrangler, 'utf8')) as {
    dependencies: Record<string, string>;
  };
  expect(workerdVersion).toBe(dependencies.workerd);
});

test('serves a Worker on the port the kernel chose, answers the probe, and stops', async () => {
  const worker = await startWorkerd({
    config: join(dir, 'hello.capnp'),
    probe: async (port) => (await fetch(`http://127.0.0.1:${port}/`)).text(),
  });
  try {
    expect(worker.port).toBeGreaterThan(0);
    expect(worker.first).toBe('hello');
    expect(worker.firstResponseMs).toBeGreaterThan(0);
    expect(isRunning(worker.pid)).toBe(true);
  } finally {
    await worker.stop();
  }
  expect(isRunning(worker.pid)).toBe(false);
  await expect(fetch(`http://127.0.0.1:${worker.port}/`)).rejects.toThrow();
});

test('says what workerd printed when the Worker does not start', async () => {
  await expect(
    startWorkerd({
      config: join(dir, 'broken.capnp'),
      probe: () => Promise.resolve('never'),
      timeoutMs: 30_000,
    }),
  ).rejects.toThrow(/workerd exited before answering: .*broken\.js/s);
});
