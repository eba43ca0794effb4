import { describe, expect, it } from 'vitest';
import { checkContestName } from './contest-name.js';
import { makeContest, northDakotaRows } from './fixtures/contest.js';

const title = '2004 North Dakota Democratic presidential caucuses';

function nameLines(contest: ReturnType<typeof makeContest>): number[] {
  const infobox = contest.infobox.fields.find((field) => field.key === 'Election Name')?.line ?? 0;
  return [contest.lines.title, infobox, contest.tables[0]?.captionLine ?? 0];
}

describe('checkContestName', () => {
  it('finds nothing when the title, the infobox and the caption name the same contest', () => {
    expect(checkContestName(makeContest({ rows: northDakotaRows, title }))).toEqual([]);
  });

  it('ignores a caption that does not say caucus or primary, and a caption with markup', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      caption: 'style="background-color:#f2f2f2;padding:0.2em 0.4em;" |Results by county',
    });
    expect(checkContestName(contest)).toEqual([]);
  });

  it('flags an infobox election name that says primary where the title says caucuses', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      electionName: '2004 North Dakota Democratic presidential primary',
    });
    const [titleLine, infoboxLine, captionLine] = nameLines(contest);
    expect(checkContestName(contest)).toEqual([
      {
        code: 'contest-type-mismatch',
        severity: 'warning',
        message: `The document disagrees on a caucus or a primary: a caucus in the title (line 1) and the results table's title (line ${captionLine}); a primary in the infobox's election name (line ${infoboxLine}).`,
        line: infoboxLine,
        lines: [titleLine, infoboxLine, captionLine],
      },
    ]);
  });

  it('flags a caption naming another year, state and party, one finding each', () => {
    const contest = makeContest({ rows: northDakotaRows, caption: '2008 South Dakota Republican caucuses' });
    expect(checkContestName(contest).map(({ code, lines }) => ({ code, lines }))).toEqual([
      { code: 'contest-year-mismatch', lines: nameLines(contest) },
      { code: 'contest-state-mismatch', lines: nameLines(contest) },
      { code: 'contest-party-mismatch', lines: nameLines(contest) },
    ]);
  });

  it('reads West Virginia as one state, not as Virginia', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      title: '2004 West Virginia Democratic presidential primary',
      electionName: '2004 West Virginia Democratic presidential primary',
      caption: '2004 Virginia Democratic presidential primary',
    });
    expect(checkContestName(contest).map((finding) => finding.message)).toEqual([
      `The document disagrees on the state: West Virginia in the title (line 1) and the infobox's election name (line 4); Virginia in the results table's title (line ${contest.tables[0]?.captionLine}).`,
    ]);
  });
});
