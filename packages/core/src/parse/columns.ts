/** Which column of a results table holds what, found from the meaning of the header words. */
export interface Columns {
  name: number;
  /** The counted unit (votes, state delegate equivalents, ...), or -1. */
  count: number;
  percent: number;
  delegates: number;
  /** What the count column counts: `votes`, or the header's own words. Null without a count column. */
  unit: string | null;
}

/** True when a header needs no rewriting: single spaces between its words, no `_` or `*`. */
function isSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (code < 0x20 || code === 0x2a || code === 0x5f || code > 0x7f) {
      return false;
    }
  }
  return true;
}

const words = (h: string) => {
  const lower = h.toLowerCase();
  return isSpaced(lower) ? lower : lower.replace(/[_*]+/g, ' ').replace(/\s+/g, ' ').trim();
};

const NAME = /\b(?:candidates?|name|nominee|choice|preference)\b/;
const PERCENT = /%|\bper ?cent(?:age)?\b|\bpct\.?|\bshare\b/;
// Delegate equivalents and state or county delegates are what some caucuses count, not delegates awarded.
const UNIT_DELEGATES =
  /\bdelegate equivalents?\b|\bsdes?\b|\b(?:state|county|precinct|district) delegates?\b/;
const DELEGATES = /\b(?:super)?delegates?\b|\bdels?\.?$|\b(?:un)?pledged\b/;
const COUNT =
  /\bvotes?\b|\bballots?\b|\bcount\b|\bcaucus-?goers\b|\battendees\b|\bsupporters\b|\balignment\b|\bsupport\b|\bresults?\b/;

/**
 * Each pattern with the words one of which any match of it holds (the header is in lower case, as the
 * patterns are): a header holding none of a pattern's words is not asked the pattern.
 */
const HINTED: readonly (readonly [RegExp, readonly string[]])[] = [
  [PERCENT, ['%', 'per', 'pct', 'share']],
  [UNIT_DELEGATES, ['delegate', 'sde']],
  [DELEGATES, ['del', 'pledged']],
  [COUNT, ['vote', 'ballot', 'count', 'caucus', 'attendees', 'support', 'alignment', 'result']],
  [NAME, ['candidate', 'name', 'nominee', 'choice', 'preference']],
];

function matches(h: string, which: number): boolean {
  const [pattern, hints] = HINTED[which] as (typeof HINTED)[number];
  for (const hint of hints) if (h.includes(hint)) return pattern.test(h);
  return false;
}

type Role = 'name' | 'percent' | 'delegates' | 'count' | null;

/** The role of a header already in lower-case words, by the patterns. */
function roleByPatterns(h: string): Role {
  if (h === '') return null;
  if (matches(h, 0)) return 'percent';
  if (matches(h, 1)) return 'count';
  if (matches(h, 2)) return 'delegates';
  if (matches(h, 3)) return 'count';
  if (matches(h, 4)) return 'name';
  return null;
}

/**
 * The headers tables use most, each with the role the patterns give it (computed here, when the module
 * loads, by the same function): a table's usual header is read by one lookup.
 */
const USUAL_HEADERS: ReadonlyMap<string, Role> = new Map(
  [
    'candidate',
    'candidates',
    'name',
    'votes',
    'vote',
    'popular vote',
    '%',
    'percent',
    'percentage',
    'share',
    'delegates',
    'pledged delegates',
    'pledged',
    'state delegate equivalents',
    'sdes',
    'caucus-goers',
    'results',
  ].map((h) => [h, roleByPatterns(h)]),
);

export function classifyHeader(header: string): Role {
  const h = words(header);
  const usual = USUAL_HEADERS.get(h);
  return usual !== undefined ? usual : roleByPatterns(h);
}

/** True when a unit is counted in whole numbers: votes, caucus-goers; not delegate equivalents. */
export function isWholeUnit(unit: string): boolean {
  return !/delegate|equivalent|\bsdes?\b/.test(unit);
}

/** The unit a count header names: `votes` for any kind of vote, else the header's words in lower case. */
export function unitOf(header: string): string {
  const h = words(header);
  if (/\bvotes?\b|\bballots?\b/.test(h)) return 'votes';
  return h;
}

/**
 * Maps header cells to columns. The first header claiming a role wins it; the name column is the one
 * headed as such, else the first column that is not a figure. `bodyNumeric(i)` says whether column i's
 * body cells read as numbers, for unlabelled columns.
 */
export function findColumns(
  header: string[] | null,
  width: number,
  bodyNumeric: (i: number) => boolean,
): Columns {
  const cols: Columns = { name: -1, count: -1, percent: -1, delegates: -1, unit: null };
  const cells = header ?? [];
  for (let i = 0; i < cells.length; i++) {
    const role = classifyHeader(cells[i] as string);
    if (role === null) continue;
    if (role === 'name' && cols.name < 0) cols.name = i;
    else if (role === 'percent' && cols.percent < 0) cols.percent = i;
    else if (role === 'delegates' && cols.delegates < 0) cols.delegates = i;
    else if (role === 'count' && cols.count < 0) {
      cols.count = i;
      cols.unit = unitOf(cells[i] as string);
    }
  }
  const claimed = (i: number) => i === cols.count || i === cols.percent || i === cols.delegates;
  if (cols.name < 0) {
    for (let i = 0; i < width; i++) {
      if (!claimed(i) && !bodyNumeric(i)) {
        cols.name = i;
        break;
      }
    }
  }
  if (header === null && cols.count < 0) {
    // No header at all: the first numeric column after the name is taken as the vote count.
    for (let i = 0; i < width; i++) {
      if (i !== cols.name && !claimed(i) && bodyNumeric(i)) {
        cols.count = i;
        cols.unit = 'votes';
        break;
      }
    }
  }
  return cols;
}
