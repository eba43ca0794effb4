const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A figure as the site prints it: thousands separators, at most two decimals, an em dash for none. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

/** A share (0..1) as a percent with two decimals; an em dash for none. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(2)}%`;
}

/** A percent as stated in the document (50.82 means 50.82%); an em dash for none. */
export function formatPercent(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? '—' : `${numberFormat.format(percent)}%`;
}

/** An ISO date (2004-02-03) as a reader's date (February 3, 2004); "date unknown" for none. */
export function formatDate(date: string | null): string {
  if (date === null) return 'date unknown';
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** A percent cell as the document wrote it ("16.50" stays 16.50%, not 16.5%); the number when no text is kept. */
export function formatStatedPercent(raw: string | null, percent: number | null): string {
  const text = raw?.trim() ?? '';
  if (percent === null || text === '') return formatPercent(percent);
  return text.endsWith('%') ? text : `${text}%`;
}

/** A count and its noun, in the singular for one: `1 contest`, `4 contests` (`1,234 result rows`). */
export function count(value: number, noun: string): string {
  return `${formatNumber(value)} ${noun}${value === 1 ? '' : 's'}`;
}
