import { describe, expect, it } from 'vitest';
import { keepSections, markedSections } from './kept-sections.ts';

const mcp = '<!-- mcp-latency: written by `bench:mcp` -->\n\n## MCP\n\n| a |\n\n<!-- /mcp-latency -->';

describe('keepSections', () => {
  it('carries a section another run wrote into the new report, before the credits', () => {
    const previous = `# Benchmarks\n\nold figures\n\n${mcp}\n\n## Credits\n\nWikipedia\n`;
    const next = '# Benchmarks\n\nnew figures\n\n## Credits\n\nWikipedia\n';
    expect(keepSections(previous, next)).toBe(
      `# Benchmarks\n\nnew figures\n\n${mcp}\n\n## Credits\n\nWikipedia\n`,
    );
  });

  it('leaves the new report alone when it writes the section itself or the old one had none', () => {
    const next = `# Benchmarks\n\n${mcp.replace('| a |', '| b |')}\n`;
    expect(keepSections(`# Benchmarks\n\n${mcp}\n`, next)).toBe(next);
    expect(keepSections('# Benchmarks\n', '# New\n')).toBe('# New\n');
  });

  it('ignores an opening marker without its closing one', () => {
    expect(markedSections('<!-- data-build: x -->\n## Data\n')).toEqual([]);
    expect(keepSections('<!-- data-build: x -->\n## Data\n', '# New\n')).toBe('# New\n');
  });
});
