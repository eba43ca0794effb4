import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { Contest } from '../schema/contest.js';
import { type ParseResult, parseContest } from './parse-contest.js';
import { schemaError } from './valid-contest.js';

const doc = (infobox: string, row: string) =>
  `= 2004 Iowa Democratic caucuses =\nInfobox\n${infobox}\n\n| Candidate | Votes | % | Delegates |\n${row}\n| Total | 10 | 100% | 1 |\n`;
const huge = '9'.repeat(400);
const errorOf = (result: ParseResult) => (result.ok ? null : result.error);

test('a table figure past 2^53 is refused where it stands, not rounded', () => {
  expect(
    errorOf(parseContest(doc('- Election Date: 2004-01-19', `| John Kerry | ${huge} | 100% | 1 |`))),
  ).toMatchObject({ code: 'figure-out-of-range', line: 6, column: 16 });
  // 2^53 + 1 would read as 2^53: one past the largest exact figure is refused too.
  expect(errorOf(parseContest(doc('', '| John Kerry | 9,007,199,254,740,993 | 100% | 1 |')))).toMatchObject({
    code: 'figure-out-of-range',
    line: 6,
  });
});

test('an infobox figure too long to be a finite number makes an invalid contest, named by the schema', () => {
  expect(
    errorOf(
      parseContest(
        doc(`- Candidate1: John Kerry\n- Popular Vote1: ${huge}`, '| John Kerry | 10 | 100% | 1 |'),
      ),
    ),
  ).toMatchObject({ message: expect.stringContaining('infobox.candidates.0.votes: Invalid input') });
});

test('a delegate count past the safe integers makes an invalid contest', () => {
  expect(
    errorOf(
      parseContest(
        doc('- Votes For Election: 90071992547409930 pledged delegates', '| John Kerry | 10 | 100% | 1 |'),
      ),
    ),
  ).toEqual({
    code: 'contest-invalid',
    message:
      'The document was read but does not make a valid contest: delegates.pledged: Too big: expected int to be <=9007199254740991.',
    line: 0,
  });
});

test('a file name that is not a string makes an invalid contest', () => {
  const options = { file: 42 } as unknown as { file: string };
  expect(errorOf(parseContest(doc('', '| John Kerry | 10 | 100% | 1 |'), options))).toMatchObject({
    code: 'contest-invalid',
    message: expect.stringContaining('source.file: Invalid input: expected string, received number'),
  });
});

test('every contest read from the seeds and fixtures passes the schema as it is, with nothing stripped', () => {
  const dirs = [new URL('../../../data/sources/', import.meta.url), new URL('fixtures/', import.meta.url)];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => new URL(f, dir)),
  );
  expect(files.length).toBeGreaterThan(4);
  for (const file of files) {
    const result = parseContest(readFileSync(file));
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    expect(Contest.parse(result.contest)).toEqual(result.contest);
    expect(JSON.stringify(Contest.parse(result.contest))).toBe(JSON.stringify(result.contest));
  }
});

test('a contest date is valid exactly when the schema says so, with or without the shortcut', () => {
  const parsed = parseContest(doc('- Election Date: 2004-01-19', '| John Kerry | 10 | 100% | 1 |'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const dates = [null, '2004-02-03', '2004-02-28', '2004-02-29', '2003-02-29', '2004-13-01', '2004-00-10'];
  for (const date of [...dates, '2004-04-31', '0004-02-29', '2004-2-3', '20040203', 'x']) {
    const contest = { ...parsed.contest, date };
    expect(schemaError(contest) === null, String(date)).toBe(Contest.safeParse(contest).success);
  }
});
