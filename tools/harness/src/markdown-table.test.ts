import { describe, expect, it } from 'vitest';
import { biomeFormatted } from './biome-format.ts';
import { markdownTable } from './markdown-table.ts';

describe('markdownTable', () => {
  it('pads every column to its widest cell and right-aligns figures', () => {
    expect(
      markdownTable(
        ['answer', 'count'],
        [
          ['runtime 400', '3002'],
          ['worker 200', '18'],
        ],
        ['left', 'right'],
      ),
    ).toBe(
      [
        '| answer      | count |',
        '| ----------- | ----: |',
        '| runtime 400 |  3002 |',
        '| worker 200  |    18 |',
      ].join('\n'),
    );
  });

  it('keeps a separator of at least three dashes under a narrow column', () => {
    expect(markdownTable(['a', 'b'], [['x', '1']], ['left', 'right'])).toBe(
      ['| a   |   b |', '| --- | --: |', '| x   |   1 |'].join('\n'),
    );
  });

  it('fills a missing cell with blanks rather than shifting the row', () => {
    expect(markdownTable(['a', 'b'], [['only']])).toBe(
      ['| a    | b   |', '| ---- | --- |', '| only |     |'].join('\n'),
    );
  });

  it('prints what the formatter would print, so RESULTS.md passes `biome check`', () => {
    const text = `# Results\n\n${markdownTable(
      ['what', 'figure'],
      [
        ['requests sent', '154454 (64 still in flight)'],
        ['marker `<script>x…</script>`', '0'],
        ['latency p50 / p99', '21.74 ms / 115.28 ms'],
      ],
      ['left', 'right'],
    )}\n`;
    expect(biomeFormatted(text)).toBe(text);
  });

  it('lays out a table with an empty header as the formatter does', () => {
    const text = `# Machine\n\n${markdownTable(
      ['', ''],
      [
        ['CPU', 'AMD EPYC, 2 cores'],
        ['Memory', '23.54 GiB'],
      ],
    )}\n`;
    expect(text).toContain('|        |                   |\n| ------ | ----------------- |');
    expect(biomeFormatted(text)).toBe(text);
  });
});
