import { openElectionsCredit } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { attributionMarkdown } from './attribution.ts';
import { handMadeContest } from './fixtures/contest.ts';

describe('attributionMarkdown', () => {
  it('credits every source with its article title and the licence, by file name', () => {
    const text = attributionMarkdown([
      handMadeContest({ id: '2004-wa-democratic-caucus', file: 'sources/b.txt' }),
      handMadeContest({ id: '2004-nd-democratic-caucus', file: 'sources/a.txt' }),
    ]);
    expect(text).toContain('CC BY-SA 4.0');
    expect(text.split('\n').filter((line) => line.startsWith('| `'))).toEqual([
      '| `sources/a.txt` | 2004 North Dakota Democratic presidential caucuses | `2004-nd-democratic-caucus` |',
      '| `sources/b.txt` | 2004 North Dakota Democratic presidential caucuses | `2004-wa-democratic-caucus` |',
    ]);
  });
});

describe('attributionMarkdown with OpenElections files', () => {
  it('credits each file by its repository, path and commit, with every contest it gave', () => {
    const credit = openElectionsCredit({
      repository: 'openelections/openelections-data-ms',
      path: '2004/x.csv',
      commit: 'f'.repeat(40),
    });
    const record = {
      file: 'sources/openelections/ms/x.csv',
      format: 'openelections-csv' as const,
      sha256: '0'.repeat(64),
      bytes: 1,
      lines: 1,
      coverage: null,
      uses: ['results' as const, 'units' as const],
      credit,
    };
    const contest = (id: string) => ({ id, title: id, source: { file: record.file }, sources: [record] });
    const text = attributionMarkdown([
      contest('2004-ms-republican-primary'),
      contest('2004-ms-democratic-primary'),
    ]);
    expect(text).toContain('OpenElections (openelections.net)');
    expect(text).not.toContain('| Wikipedia article |');
    expect(text.split('\n').filter((line) => line.startsWith('| `'))).toEqual([
      `| \`sources/openelections/ms/x.csv\` | \`openelections/openelections-data-ms\` | \`2004/x.csv\` | \`${'f'.repeat(40)}\` | \`2004-ms-democratic-primary\`, \`2004-ms-republican-primary\` |`,
    ]);
  });
});
