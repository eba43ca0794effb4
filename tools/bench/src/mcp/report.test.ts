import { describe, expect, it } from 'vitest';
import { END, type Row, ratios, replaceSection, START } from './report.ts';

const measured = (p50Ms: number, cpuUsPerRequest: number | null) => ({
  requests: 100,
  rps: 1000 / p50Ms,
  p50Ms,
  p99Ms: p50Ms * 2,
  cpuUsPerRequest,
  statuses: { 200: 100 },
});

describe('ratios', () => {
  it('divides each tool call by its REST route, through the app and as served', () => {
    const rows: Row[] = [
      {
        question: 'a contest',
        label: 'GET /v1/contests/x (as served)',
        kind: 'served',
        result: measured(0.5, 50),
      },
      {
        question: 'a contest',
        label: 'GET /v1/contests/x (through the app)',
        kind: 'app',
        result: measured(1, 100),
      },
      { question: 'a contest', label: 'MCP get_contest', kind: 'mcp', result: measured(3, 450) },
      { question: 'the tool list', label: 'MCP tools/list', kind: 'mcp', result: measured(2, 300) },
    ];
    expect(ratios(rows)).toEqual([['a contest', 'get_contest', '3.0x', '6.0x', '4.5x']]);
  });
});

describe('replaceSection', () => {
  const section = `${START}\nnew\n${END}`;
  it('puts the section before the credits the first time', () => {
    expect(replaceSection('# B\n\n## HTTP\n\nx\n\n## Credits\n\nc\n', section)).toBe(
      `# B\n\n## HTTP\n\nx\n\n${section}\n\n## Credits\n\nc\n`,
    );
  });

  it('replaces the section of an earlier run, and nothing else', () => {
    const before = `# B\n\n${START}\nold\n${END}\n\n## Credits\n`;
    expect(replaceSection(before, section)).toBe(`# B\n\n${section}\n\n## Credits\n`);
  });
});
