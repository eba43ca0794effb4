import type { DelegateCounts } from '../schema/contest.js';
import { withoutCommas } from './numbers.js';
import type { RawField } from './structure.js';

const num = (s: string) => Number(withoutCommas(s));

/**
 * Reads the delegates at stake from one infobox value, as it states them:
 * `22 Democratic National Convention delegates (14 pledged, 8 unpledged)` gives 22, 14 and 8;
 * `76 pledged delegates to the 2004 Democratic National Convention` gives only the 76 pledged.
 */
export function readDelegateStatement(value: string): Omit<DelegateCounts, 'line'> {
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
  const out: DelegateCounts = { total: null, pledged: null, unpledged: null, line: null };
  const whole = (v: string) => (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(v.trim()) ? num(v.trim()) : null);
  for (const f of fields) {
    const last = f.key.charCodeAt(f.key.length - 1);
    if (last >= 0x30 && last <= 0x39) continue;
    let found = false;
    // A delegates key always passes KEY_STATEMENT too: most keys are ruled out by that one test.
    const statementKey = KEY_STATEMENT.test(f.key);
    const n = statementKey && /delegate|seats/i.test(f.key) ? whole(f.value) : null;
    if (n !== null) {
      // A bare number under a delegates key: the key's words say which count it is.
      if (/unpledged|automatic|super/i.test(f.key)) out.unpledged ??= n;
      else if (/pledged/i.test(f.key)) out.pledged ??= n;
      else out.total ??= n;
      found = true;
    } else if (statementKey || /\bdelegates?\b/i.test(f.value)) {
      const s = readDelegateStatement(f.value);
      if (s.total !== null || s.pledged !== null || s.unpledged !== null) {
        out.total ??= s.total;
        out.pledged ??= s.pledged;
        out.unpledged ??= s.unpledged;
        found = true;
      }
    }
    if (found) out.line ??= f.line;
  }
  return out;
}
