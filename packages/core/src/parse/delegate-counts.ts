import { splitSentences } from '../audit/sentences.js';
import type { DelegateCounts } from '../schema/contest.js';
import { includesFolded } from './folded-search.js';
import { withoutCommas } from './numbers.js';
import type { RawField } from './structure.js';
import { isWhiteSpace } from './white-space.js';
import { otherYear } from './years.js';

const num = (s: string) => Number(withoutCommas(s));

/**
 * Reads the delegates at stake from one infobox value, as it states them:
 * `22 Democratic National Convention delegates (14 pledged, 8 unpledged)` gives 22, 14 and 8;
 * `76 pledged delegates to the 2004 Democratic National Convention` gives only the 76 pledged.
 */
export function readDelegateStatement(
  value: string,
): Pick<DelegateCounts, 'total' | 'pledged' | 'unpledged'> {
  const counts = {
    total: null as number | null,
    pledged: null as number | null,
    unpledged: null as number | null,
  };
  // Only the start of a value is read: a statement of delegates is one sentence, and this bounds the work.
  const words = splitOn(value.slice(0, 2000), isStatementSeparator).map((w) => {
    let end = w.length;
    for (let c = w.charCodeAt(end - 1); c === 0x2c || c === 0x2e; c = w.charCodeAt(end - 1)) end--;
    return end === w.length ? w : w.slice(0, end);
  });
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!NUMBER.test(word)) continue;
    const n = num(word);
    // The count's kind is the first keyword within the next seven words, before any other number.
    const between: string[] = [];
    for (let k = i + 1; k < Math.min(words.length, i + 8); k++) {
      const w = (words[k] as string).toLowerCase();
      if (NUMBER.test(w)) break;
      const kind = KEYWORD.exec(w)?.[1];
      if (kind === undefined) {
        between.push(w);
        continue;
      }
      if (
        kind === 'unpledged' ||
        kind === 'automatic' ||
        kind.startsWith('superdelegate') ||
        between.includes('unpledged')
      ) {
        counts.unpledged ??= n;
      } else if (kind === 'pledged' || between.includes('pledged')) {
        counts.pledged ??= n;
      } else {
        counts.total ??= n;
      }
      break;
    }
  }
  return counts;
}

/** The separators of `[\s();:]+`: white space, parentheses, semicolons and colons. */
const isStatementSeparator = (code: number) =>
  isWhiteSpace(code) || code === 0x28 || code === 0x29 || code === 0x3b || code === 0x3a;

/**
 * The text split at every run of separators: what `text.split(/[...]+/)` gives for the pattern of
 * that class, a blank piece before a leading run and after a trailing one included.
 */
function splitOn(text: string, isSeparator: (code: number) => boolean): string[] {
  const pieces: string[] = [];
  let from = 0;
  let at = 0;
  while (at < text.length) {
    if (!isSeparator(text.charCodeAt(at))) {
      at++;
      continue;
    }
    pieces.push(text.slice(from, at));
    while (at < text.length && isSeparator(text.charCodeAt(at))) at++;
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** A letter of a name's word as /[A-Za-z'’-]/ reads it. */
const isNameLetter = (code: number) =>
  ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x27 || code === 0x2019 || code === 0x2d;

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const KEYWORD = /^(unpledged|pledged|automatic|superdelegates?|delegates?)$/;

export function readDelegateCounts(fields: RawField[]): DelegateCounts {
  const out = noCounts();
  const whole = (v: string) => (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(v.trim()) ? num(v.trim()) : null);
  for (const f of fields) {
    const last = f.key.charCodeAt(f.key.length - 1);
    if (last >= 0x30 && last <= 0x39) continue;
    // A key that states delegates says "delegate", "seats" or "votes for election" in any case (what
    // /delegate|votes for election|seats/i matches), read by scan: most keys say none of them.
    const delegatesKey = includesFolded(f.key, 'delegate') || includesFolded(f.key, 'seats');
    const statementKey = delegatesKey || includesFolded(f.key, 'votes for election');
    const n = delegatesKey ? whole(f.value) : null;
    if (n !== null) {
      // A bare number under a delegates key: the key's words say which count it is.
      if (/unpledged|automatic|super/i.test(f.key)) set(out, 'unpledged', n, f.line);
      else if (/pledged/i.test(f.key)) set(out, 'pledged', n, f.line);
      else set(out, 'total', n, f.line);
    } else if (statementKey || (includesFolded(f.value, 'delegate') && /\bdelegates?\b/i.test(f.value))) {
      const s = readDelegateStatement(f.value);
      set(out, 'total', s.total, f.line);
      set(out, 'pledged', s.pledged, f.line);
      set(out, 'unpledged', s.unpledged, f.line);
    }
  }
  return out;
}

function noCounts(): DelegateCounts {
  return {
    total: null,
    pledged: null,
    unpledged: null,
    line: null,
    lines: { total: null, pledged: null, unpledged: null },
  };
}

/** Keeps the first statement of a count, with its line; `line` is the first line that states any. */
function set(
  out: DelegateCounts,
  kind: 'total' | 'pledged' | 'unpledged',
  value: number | null,
  line: number,
) {
  if (value === null || out[kind] !== null) return;
  out[kind] = value;
  out.lines[kind] = line;
  if (out.line === null || line < out.line) out.line = line;
}

/** The infobox's counts, each one it leaves out filled from the prose, with the line of each. */
export function mergeDelegateCounts(infobox: DelegateCounts, prose: DelegateCounts): DelegateCounts {
  const out: DelegateCounts = {
    total: infobox.total,
    pledged: infobox.pledged,
    unpledged: infobox.unpledged,
    line: infobox.line,
    lines: { total: infobox.lines.total, pledged: infobox.lines.pledged, unpledged: infobox.lines.unpledged },
  };
  for (const kind of ['total', 'pledged', 'unpledged'] as const) {
    const line = prose.lines[kind];
    if (line !== null) set(out, kind, prose[kind], line);
  }
  return out;
}

/** `76 (of 95) delegates`, `22 national convention delegates`, `14 of the 22 delegates`: a count of delegates. */
const DELEGATE_COUNT =
  /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?: *\((?:of|out of) (\d{1,3}(?:,\d{3})+|\d+)\)| (?:of|out of) (?:the )?(\d{1,3}(?:,\d{3})+|\d+))? ((?:[A-Za-z-]+ ){0,4}?)((?:super)?delegates?)\b/g;
/** `(14 pledged, 8 unpledged)`: the parts of a total, after it. */
const PARTS =
  /\((\d{1,3}(?:,\d{3})+|\d+) pledged,? (?:and )?(\d{1,3}(?:,\d{3})+|\d+) (?:unpledged|superdelegates|automatic)/;
const PLEDGED_WORDS = /\bpledged\b|\bawarded\b|\ballocated\b|\bproportional(?:ly)?\b|\bbound\b/;
const UNPLEDGED_WORDS = /\bunpledged\b|\bautomatic\b|\bsuper/;
const NOT_A_COUNT = /\bpercent\b|\bvotes?\b|\bthreshold\b/;

/**
 * The delegates at stake as the prose states them, when the infobox does not: `A total of 76 (of 95)
 * delegates are awarded proportionally` gives 95 in all, 76 pledged; `22 delegates (14 pledged, 8
 * unpledged)` gives all three. Sentences that name a candidate (`Kerry won 9 delegates`) or another year
 * are about something else and are not read; the first statement of each count is kept, with its line.
 */
export function readProseDelegateCounts(
  statements: readonly { text: string; line: number }[],
  candidateWords: ReadonlySet<string>,
  year: number,
): DelegateCounts {
  const out = noCounts();
  for (const { text, line } of statements) {
    if (!text.includes('delegate')) continue;
    for (const sentence of splitSentences(text.slice(0, 5000))) {
      if (!sentence.includes('delegate') || namesOther(sentence, candidateWords, year)) continue;
      // Each match in order, as `matchAll` gives them, without the copy of the pattern it makes.
      DELEGATE_COUNT.lastIndex = 0;
      for (let m = DELEGATE_COUNT.exec(sentence); m !== null; m = DELEGATE_COUNT.exec(sentence)) {
        const words = (m[4] ?? '').toLowerCase();
        if (NOT_A_COUNT.test(words)) continue;
        const n = num(m[1] as string);
        const whole = m[2] ?? m[3];
        // What the count is: the words before "delegates", or a verb right after it (`delegates are pledged`).
        const end = (m.index ?? 0) + m[0].length;
        const verb = /^ (?:are|were|will be|is|to be) ([a-z]+)/.exec(
          sentence.slice(end, end + 40).toLowerCase(),
        );
        const kind = `${words} ${(m[5] ?? '').toLowerCase()} ${verb?.[1] ?? ''}`;
        if (UNPLEDGED_WORDS.test(kind)) set(out, 'unpledged', n, line);
        else if (PLEDGED_WORDS.test(kind)) {
          set(out, 'pledged', n, line);
          if (whole !== undefined) set(out, 'total', num(whole), line);
        } else set(out, 'total', whole !== undefined ? num(whole) : n, line);
      }
      const parts = PARTS.exec(sentence);
      if (parts) {
        set(out, 'pledged', num(parts[1] as string), line);
        set(out, 'unpledged', num(parts[2] as string), line);
      }
    }
  }
  return out;
}

/** True when a sentence names a candidate or another year than the contest's: its counts are not the contest's at stake. */
function namesOther(sentence: string, candidateWords: ReadonlySet<string>, year: number): boolean {
  if (otherYear(sentence, year) !== null) return true;
  // The words of /[A-Za-z'’-]+/ in turn (what splitting at the other characters leaves, but blanks).
  let at = 0;
  while (at < sentence.length) {
    if (!isNameLetter(sentence.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < sentence.length && isNameLetter(sentence.charCodeAt(at))) at++;
    if (candidateWords.has(sentence.slice(start, at).toLowerCase())) return true;
  }
  return false;
}
