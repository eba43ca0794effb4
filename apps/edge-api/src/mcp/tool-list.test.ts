import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import { describe, expect, it } from 'vitest';
import type { Deps } from '../api/deps.js';
import { attributionOf } from '../api/provenance.js';
import { createRepresentationCache } from '../http/representations.js';
import { bundledStore } from '../store/bundled-store.js';
import { createMcpServer } from './server.js';

const deps: Deps = {
  store: bundledStore,
  cache: createRepresentationCache(bundledStore.manifest.hash),
  meta: { dataVersion: bundledStore.manifest.hash, attribution: attributionOf(bundledStore.manifest) },
};

async function listTools(listToolsOnce: boolean) {
  const server = createMcpServer(deps, '0.0.0', { listToolsOnce });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client(
    { name: 'test', version: '1' },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
  await client.connect(clientSide);
  const { tools } = await client.listTools();
  await client.close();
  return tools;
}

describe('listToolsOnce', () => {
  it('answers tools/list exactly as the SDK does, from a list made once', async () => {
    const fromSdk = await listTools(false);
    expect(fromSdk.length).toBeGreaterThan(0);
    expect(await listTools(true)).toEqual(fromSdk);
    expect(await listTools(true)).toEqual(fromSdk);
  });
});
