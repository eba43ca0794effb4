import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { type McpDescription, readMcpDescription } from '../scripts/mcp-description.ts';
import { loadWorker, workerFetch } from '../scripts/worker-bundle.ts';

// The MCP page is built from the Worker's own /mcp: every tool it lists is on the page, with the very
// schemas it lists (turbo builds the site before this runs).
const page = fileURLToPath(new URL('../dist/mcp/index.html', import.meta.url));

let served: McpDescription;
let document: Document;
beforeAll(async () => {
  if (!existsSync(page))
    throw new Error(`${page} is missing: build the site first (pnpm turbo run build --filter @tally/docs)`);
  served = await readMcpDescription(workerFetch(await loadWorker()));
  document = parseHTML(await readFile(page, 'utf8')).document;
});

describe('the MCP page', () => {
  it('has a section for each tool the Worker lists, in its order', () => {
    const sections = [...document.querySelectorAll('[data-testid="mcp-tool"]')];
    expect(sections.map((s) => s.getAttribute('data-tool'))).toEqual(served.tools.map((t) => t.name));
  });

  it('shows each tool’s input and output schema exactly as tools/list gives them, and each argument', () => {
    for (const tool of served.tools) {
      const section = document.querySelector(`[data-tool="${tool.name}"]`);
      const input = section?.querySelector('[data-testid="mcp-input-schema"]')?.textContent ?? '';
      const output = section?.querySelector('[data-testid="mcp-output-schema"]')?.textContent ?? '';
      expect(JSON.parse(input), tool.name).toEqual(tool.inputSchema);
      expect(JSON.parse(output), tool.name).toEqual(tool.outputSchema);
      const rows = [...(section?.querySelectorAll('tbody tr td:first-child') ?? [])].map((td) =>
        td.textContent?.trim(),
      );
      expect(rows, tool.name).toEqual(Object.keys(tool.inputSchema.properties ?? {}));
    }
  });

  it('lists the resource templates and the prompts', () => {
    const resources = [...document.querySelectorAll('[data-testid="mcp-resource"] code')].map(
      (c) => c.textContent,
    );
    expect(resources).toEqual(served.resourceTemplates.map((t) => t.uriTemplate));
    const prompts = [...document.querySelectorAll('[data-testid="mcp-prompt"] code')].map(
      (c) => c.textContent,
    );
    expect(prompts).toEqual(served.prompts.map((p) => p.name));
  });
});
