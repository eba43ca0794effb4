import { Contest } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';

interface Figures {
  votes: number | null;
  percent: number | null;
  delegates: number | null;
}

const finite = (value: number | null) => value === null || Number.isFinite(value);
const figuresFinite = (f: Figures) => finite(f.votes) && finite(f.percent) && finite(f.delegates);
const safeWhole = (value: number | null) => value === null || Number.isSafeInteger(value);

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Null, or `YYYY-MM-DD` with a month from 01 to 12 and a day from 01 to 28: a date every month has,
 * which the schema's ISO date accepts in any year. Other dates are asked of the schema itself.
 */
function isPlainDate(date: string | null): boolean {
  if (date === null) return true;
  if (date.length !== 10 || date.charCodeAt(4) !== 0x2d || date.charCodeAt(7) !== 0x2d) return false;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(date.charCodeAt(at))) return false;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 28;
}

/**
 * The parts of the schema the reader does not meet by construction: a figure with hundreds of digits
 * reads as Infinity, a delegate count past 2^53 is not a safe integer, the file name comes from the
 * caller and the date from arithmetic. Everything else (ids, slugs, lines, levels, enums) is built
 * to the schema; the parse-contest tests and the fuzz test check every contest against it.
 */
function meetsSchema(contest: Contest): boolean {
  const { delegates } = contest;
  return (
    typeof contest.source.file === 'string' &&
    (isPlainDate(contest.date) || Contest.shape.date.safeParse(contest.date).success) &&
    safeWhole(delegates.total) &&
    safeWhole(delegates.pledged) &&
    safeWhole(delegates.unpledged) &&
    contest.results.every(figuresFinite) &&
    figuresFinite(contest.totals) &&
    contest.infobox.candidates.every(figuresFinite)
  );
}

/**
 * Null when a contest the reader built passes its schema; else the error naming the first issue.
 * The whole schema runs only when the cheap check fails, to word that issue.
 */
export function schemaError(contest: Contest): ParseError | null {
  if (meetsSchema(contest)) return null;
  const checked = Contest.safeParse(contest);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return {
    code: 'contest-invalid',
    message: `The document was read but does not make a valid contest: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema check failed'}.`,
    line: 0,
  };
}
