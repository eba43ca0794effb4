// Writes src/generated/mcp.json from what the edge API's Worker answers on /mcp (tools/list,
// resources/templates/list, prompts/list), so the MCP page shows each tool's schemas as the code declares
// them. Run before `astro build`: node scripts/mcp-tools.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type McpDescription, readMcpDescription } from './mcp-description.ts';
import { loadWorker, workerBundlePath, workerFetch } from './worker-bundle.ts';

const output = fileURLToPath(new URL('../src/generated/mcp.json', import.meta.url));

async function generate(): Promise<string> {
  const description: McpDescription = await readMcpDescription(workerFetch(await loadWorker()));
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, `${JSON.stringify(description, null, 2)}\n`);
  return `wrote ${output} (${description.tools.length} tools, ${description.prompts.length} prompts)`;
}

try {
  console.log(`mcp: ${await generate()}`);
} catch (error) {
  console.error(`mcp: ${workerBundlePath}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
