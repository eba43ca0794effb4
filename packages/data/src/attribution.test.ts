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
