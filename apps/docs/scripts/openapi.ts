// Writes src/generated/openapi.json from the OpenAPI document the edge API's Worker serves, so the API
// reference is generated from the Worker itself. Run before `astro build`: node scripts/openapi.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executionContext, loadWorker, workerBundlePath } from './worker-bundle.ts';

interface OpenApiDocument {
  openapi?: unknown;
  paths?: Record<string, unknown>;
  servers?: { url: string; description?: string }[];
}

const output = fileURLToPath(new URL('../src/generated/openapi.json', import.meta.url));

async function generate(): Promise<string> {
  const worker = await loadWorker();
  const response = await worker.fetch(new Request('http://localhost/openapi.json'), {}, executionContext);
  if (!response.ok) {
    throw new Error(
      `${workerBundlePath}: GET /openapi.json answered ${response.status}: ${await response.text()}`,
    );
  }
  const document = (await response.json()) as OpenApiDocument;
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.')) {
    throw new Error(
      `${workerBundlePath}: /openapi.json is not OpenAPI 3 (openapi: ${String(document.openapi)})`,
    );
  }
  // The reference's request samples need a server; without one, point them at the API `npm start` serves.
  if (document.servers === undefined || document.servers.length === 0) {
    document.servers = [{ url: 'http://127.0.0.1:8787', description: 'The local API (npm start)' }];
  }
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, `${JSON.stringify(document, null, 2)}\n`);
  return `wrote ${output} (OpenAPI ${document.openapi}, ${Object.keys(document.paths ?? {}).length} paths)`;
}

try {
  console.log(`openapi: ${await generate()}`);
} catch (error) {
  console.error(`openapi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
