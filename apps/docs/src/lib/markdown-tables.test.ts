import { describe, expect, it } from 'vitest';
import { documentedColumns, inlineParts, markdownTables, readmeSection } from './markdown-tables.js';

const readme = [
  '# pkg',
  '',
  '### `results.csv`',
  '',
  'RFC 4180: comma-separated,',
  'CRLF after every record.',
  '',
  '| column | |',
  '| --- | --- |',
  '| `state` | USPS code (`ND`) |',
  '| `source_file`, `source_line` | where the row stands |',
  '| `id` | `{year}-{caucus\\|primary}` |',
  '',
  'After the table.',
  '',
  '### `manifest.json`',
  '| `name` | not this one |',
].join('\n');

describe('readmeSection', () => {
  it('reads the prose and the rows of the first table under a heading', () => {
    expect(readmeSection(readme, '### `results.csv`')).toEqual({
      paragraphs: ['RFC 4180: comma-separated, CRLF after every record.'],
      rows: [
        ['`state`', 'USPS code (`ND`)'],
        ['`source_file`, `source_line`', 'where the row stands'],
        ['`id`', '`{year}-{caucus\\|primary}`'],
      ],
    });
  });

  it('gives null for a heading the README does not have', () => {
    expect(readmeSection(readme, '### `other.csv`')).toBeNull();
  });
});

describe('inlineParts and documentedColumns', () => {
  it('splits code spans from text and unescapes table pipes', () => {
    expect(inlineParts('USPS code (`ND`)')).toEqual([
      { code: false, strong: false, text: 'USPS code (' },
      { code: true, strong: false, text: 'ND' },
      { code: false, strong: false, text: ')' },
    ]);
    expect(inlineParts('`{year}-{caucus\\|primary}`')).toEqual([
      { code: true, strong: false, text: '{year}-{caucus|primary}' },
    ]);
  });

  it('reads text that would start a block as inline text', () => {
    expect(inlineParts('1. `first`')).toEqual([
      { code: false, strong: false, text: '1. ' },
      { code: true, strong: false, text: 'first' },
    ]);
    expect(inlineParts('- **not** a list')).toEqual([
      { code: false, strong: false, text: '- ' },
      { code: false, strong: true, text: 'not' },
      { code: false, strong: false, text: ' a list' },
    ]);
  });

  it('keeps other markup as written', () => {
    expect(inlineParts('see [the codes](CODES.md) and _this_')).toEqual([
      { code: false, strong: false, text: 'see ' },
      { code: false, strong: false, text: '[the codes](CODES.md)' },
      { code: false, strong: false, text: ' and ' },
      { code: false, strong: false, text: '_this_' },
    ]);
  });

  it('reads **strong** runs outside code spans only', () => {
    expect(inlineParts('a statewide **model**, not `**this**`')).toEqual([
      { code: false, strong: false, text: 'a statewide ' },
      { code: false, strong: true, text: 'model' },
      { code: false, strong: false, text: ', not ' },
      { code: true, strong: false, text: '**this**' },
    ]);
  });

  it('lists every column a row documents', () => {
    expect(documentedColumns('`source_file`, `source_line`')).toEqual(['source_file', 'source_line']);
  });
});

describe('markdownTables', () => {
  it('reads every table with its header, whatever section it stands in', () => {
    expect(
      markdownTables(`${readme}\n\n## Codes\n\n| code | meaning |\n| :-- | --: |\n| \`a-b\` | **c** |\n`),
    ).toEqual([
      {
        header: ['column', ''],
        rows: [
          ['`state`', 'USPS code (`ND`)'],
          ['`source_file`, `source_line`', 'where the row stands'],
          ['`id`', '`{year}-{caucus\\|primary}`'],
        ],
      },
      { header: ['code', 'meaning'], rows: [['`a-b`', '**c**']] },
    ]);
  });

  it('reads tables as GitHub renders them: a row with no delimiter row under it is a paragraph, not a table', () => {
    expect(markdownTables('| `name` | not a table |\n\n```\n| a | b |\n| - | - |\n```\n')).toEqual([]);
  });
});
