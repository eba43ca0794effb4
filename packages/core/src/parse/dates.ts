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

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
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
  for (const m of s.matchAll(ISO_DATE)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of s.matchAll(MONTH_DAY)) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    const date = month ? iso(m[3] ? Number(m[3]) : year, month, Number(m[2])) : null;
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of s.matchAll(DAY_MONTH)) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    const date = month ? iso(m[3] ? Number(m[3]) : year, month, Number(m[1])) : null;
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}
