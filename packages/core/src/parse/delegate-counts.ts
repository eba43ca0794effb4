import { splitSentences } from '../audit/sentences.js';
import type { DelegateCounts } from '../schema/contest.js';
import { withoutCommas } from './numbers.js';
import type { RawField } from './structure.js';
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
  const words = value
    .slice(0, 2000)
    .split(/[\s();:]+/)
    .map((w) => {
      let end = w.length;
      while (end > 0 && (w[end - 1] === ',' || w[end - 1] === '.')) end--;
      return w.slice(0, end);
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

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const KEYWORD = /^(unpledged|pledged|automatic|superdelegates?|delegates?)$/;

const KEY_STATEMENT = /delegate|votes for election|seats/i;

export function readDelegateCounts(fields: RawField[]): DelegateCounts {
  const out = noCounts();
  const whole = (v: string) => (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(v.trim()) ? num(v.trim()) : null);
  for (const f of fields) {
    const last = f.key.charCodeAt(f.key.length - 1);
    if (last >= 0x30 && last <= 0x39) continue;
    // A delegates key always passes KEY_STATEMENT too: most keys are ruled out by that one test.
    const statementKey = KEY_STATEMENT.test(f.key);
    const n = statementKey && /delegate|seats/i.test(f.key) ? whole(f.value) : null;
    if (n !== null) {
      // A bare number under a delegates key: the key's words say which count it is.
      if (/unpledged|automatic|super/i.test(f.key)) set(out, 'unpledged', n, f.line);
      else if (/pledged/i.test(f.key)) set(out, 'pledged', n, f.line);
      else set(out, 'total', n, f.line);
    } else if (statementKey || /\bdelegates?\b/i.test(f.value)) {
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
      for (const m of sentence.matchAll(DELEGATE_COUNT)) {
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
  for (const word of sentence.split(/[^A-Za-z'’-]+/)) if (candidateWords.has(word.toLowerCase())) return true;
  return false;
}
