const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Days in a month of a year from 100 to 9999 (proleptic Gregorian, as `Date.UTC` counts them). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // `Date.UTC` reads years 0 to 99 as 1900 to 1999: outside 100 to 9999 it decides, as before.
  const days =
    Number.isInteger(year) && Number.isInteger(month) && year >= 100 && year <= 9999
      ? daysIn(year, month)
      : new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as an infobox writes it: `2004-02-03`, `February 3, 2004`, `3 February 2004`,
 * `Feb. 3, 2004`, or `February 3` with the year taken from `fallbackYear`. Null when it is not a date.
 */
export function readDate(value: string, fallbackYear?: number): string | null {
  const s = value.slice(0, 200).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?(?:,? +(\d{4}))?\b/.exec(s);
  if (m) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    const year = m[3] ? Number(m[3]) : fallbackYear;
    if (month && year !== undefined) return iso(year, month, Number(m[2]));
  }
  m = /\b(\d{1,2}) +([A-Za-z]{3,9})\.?(?:,? +(\d{4}))?\b/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    const year = m[3] ? Number(m[3]) : fallbackYear;
    if (month && year !== undefined) return iso(year, month, Number(m[1]));
  }
  return null;
}

export interface DateMention {
  date: string;
  index: number;
  text: string;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** The first match of a global pattern in a text, from its start (its `exec` gives the next ones). */
function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const MONTH_DAY = /\b([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?(?:,? +(\d{4}))?\b/g;
const DAY_MONTH = /\b(\d{1,2}) +([A-Za-z]{3,9})\.?(?:,? +(\d{4}))?\b/g;

/**
 * Every date a text names, in order: ISO dates, `February 3, 2004`, `3 February 2004`, and `February 3`
 * with `year` for its year. A date of another year than `year` is kept with its own year.
 */
export function findDates(text: string, year: number): DateMention[] {
  const s = text.slice(0, 20_000);
  // Every pattern needs a digit: most prose has none.
  if (!hasDigit(s)) return [];
  const found: DateMention[] = [];
  // Each pattern's matches in order, as `matchAll` gives them, without the copy of the pattern it makes.
  for (let m = firstMatch(ISO_DATE, s); m !== null; m = ISO_DATE.exec(s)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (let m = firstMatch(MONTH_DAY, s); m !== null; m = MONTH_DAY.exec(s)) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    const date = month ? iso(m[3] ? Number(m[3]) : year, month, Number(m[2])) : null;
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (let m = firstMatch(DAY_MONTH, s); m !== null; m = DAY_MONTH.exec(s)) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    const date = month ? iso(m[3] ? Number(m[3]) : year, month, Number(m[1])) : null;
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}
