import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows, rowLine } from './fixtures/contest.js';
import { checkProseFigures } from './prose-figures.js';

function audit(paragraph: string, delegates?: { total?: number; pledged?: number; unpledged?: number }) {
  const contest = makeContest({
    rows: northDakotaRows,
    paragraphs: [paragraph],
    delegates: delegates ?? null,
  });
  return { contest, findings: checkProseFigures(contest), line: contest.paragraphs[0]?.line ?? 0 };
}

describe('checkProseFigures', () => {
  it.each([
    'The results were Kerry with 51% to Wesley 24% and Dean at 12%.',
    'John Kerry won 50.8 percent of the vote and 9 delegates.',
    'Kerry won 5,366 votes, Clark about 2,500 votes.',
    'Kerry won with over 50% of the vote; Clark got nearly 24%.',
    'Kerry beat Dean with 51%.',
    'In Cass County, Kerry won with 44%, and Dean got 31% of the vote.',
    'Kerry carried the state with 51%, except in Sioux County, where Dean got 40%.',
    'Frontrunner John Kerry had earlier won New Mexico with 42%.',
    'In 2000, Clark polled 30% of the vote.',
    'Dean fell short of the 15% threshold.',
    'Kerry won by 27%.',
    'Kerry won 64% of the delegates.',
    'Over 9,500 people showed to vote in Kerry country.',
    'Kerry won 50.82% of the 10,558 votes cast.',
    'Kerry won 5,366 of the 10,558 votes.',
    'Kerry won 51% of about 10,600 votes.',
    'Kerry received a total of 5,366 votes.',
    'A total of 10,558 votes were cast.',
  ])('finds nothing in "%s"', (paragraph) => {
    expect(audit(paragraph).findings).toEqual([]);
  });

  it('flags a percent near a name that the share does not round to', () => {
    const { contest, findings, line } = audit(
      'The results were Kerry with 53% to Wesley 24% and Dean at 12%.',
    );
    expect(findings).toEqual([
      {
        code: 'prose-percent-mismatch',
        severity: 'warning',
        message: 'The prose gives John Kerry 53%; the table gives 50.82% (5,366 votes).',
        line,
        lines: [line, rowLine(contest, 'John Kerry')],
      },
    ]);
  });

  it('flags a statewide figure stated before the county a sentence then names', () => {
    const { contest, findings, line } = audit(
      'Kerry won the state with 45% of the vote, winning every county.',
    );
    expect(findings.map(({ code, lines }) => ({ code, lines }))).toEqual([
      { code: 'prose-percent-mismatch', lines: [line, rowLine(contest, 'John Kerry')] },
    ]);
  });

  it('flags a bound the share breaks (over 52%)', () => {
    const { findings } = audit('Kerry won with over 52% of the vote.');
    expect(findings.map((finding) => finding.message)).toEqual([
      'The prose gives John Kerry at least 52%; the table gives 50.82% (5,366 votes).',
    ]);
  });

  it('flags a vote count and a delegate count near a name', () => {
    const { contest, findings, line } = audit('Clark won 2,520 votes and 4 delegates.');
    const clark = rowLine(contest, 'Wesley Clark');
    expect(findings).toEqual([
      {
        code: 'prose-votes-mismatch',
        severity: 'warning',
        message: 'The prose gives Wesley Clark 2,520 votes; the table gives 2,502 votes.',
        line,
        lines: [line, clark],
      },
      {
        code: 'prose-delegates-mismatch',
        severity: 'warning',
        message: 'The prose gives Wesley Clark 4 delegates; the table gives 5 delegates.',
        line,
        lines: [line, clark],
      },
    ]);
  });

  it('accepts a delegate total the table and the infobox agree with', () => {
    const { findings } = audit('A total of 14 (of 22) delegates are awarded proportionally.', {
      total: 22,
      pledged: 14,
      unpledged: 8,
    });
    expect(findings).toEqual([]);
  });

  it('flags a delegate total and a whole that the table and the infobox do not give', () => {
    const { contest, findings, line } = audit('A total of 15 (of 25) delegates are awarded proportionally.', {
      total: 22,
      pledged: 14,
      unpledged: 8,
    });
    const infobox = contest.delegates.line ?? 0;
    expect(findings).toEqual([
      {
        code: 'prose-delegates-mismatch',
        severity: 'warning',
        message: 'The prose puts 25 delegates at stake; the infobox states 22.',
        line,
        lines: [infobox, line],
      },
      {
        code: 'prose-delegates-mismatch',
        severity: 'warning',
        message: 'The prose states a total of 15 delegates; the table and the infobox give 8, 14, 22.',
        line,
        lines: [infobox, line, contest.totals.line],
      },
    ]);
  });

  it('reads a count after `of` as the total, not the candidate named before it, and checks it against the table', () => {
    const { contest, findings, line } = audit('Kerry won 50.82% of 12,000 votes.');
    expect(findings).toEqual([
      {
        code: 'prose-votes-mismatch',
        severity: 'warning',
        message: 'The prose states a total of 12,000 votes; the table gives 10,558.',
        line,
        lines: [line, contest.totals.line],
      },
    ]);
  });

  it('checks both parts of `N of the M votes`: the count against the row, the whole against the total', () => {
    const { contest, findings, line } = audit('Kerry won 5,100 of the 12,000 votes.');
    expect(findings.map((f) => [f.code, f.message, f.lines])).toEqual([
      [
        'prose-votes-mismatch',
        'The prose states a total of 12,000 votes; the table gives 10,558.',
        [line, contest.totals.line],
      ],
      [
        'prose-votes-mismatch',
        'The prose gives John Kerry 5,100 votes; the table gives 5,366 votes.',
        [line, rowLine(contest, 'John Kerry')],
      ],
    ]);
  });
});
