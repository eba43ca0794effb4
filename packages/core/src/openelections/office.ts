import { memo } from './memo.js';
import { wordsOf } from './words.js';

/** Words that make an office label another office even when it names the president (a delegate race). */
const OTHER_OFFICE = new Set([
  'delegate',
  'delegates',
  'alternate',
  'alternates',
  'elector',
  'electors',
  'committee',
  'committeeman',
  'committeewoman',
  'committeemen',
  'board',
  'council',
  'club',
  'pro',
  'senate',
]);

/**
 * True when an office label is the presidential race: `President`, `U.S. President`, `President/Vice
 * President`, `PRESIDENT OF THE UNITED STATES`, `Presidential Preference`, `President Congressional`.
 * A vice president alone, a delegate, elector or committee race, or a president of something else
 * (`President of the Senate`) is not.
 */
export const isPresidentialOffice = memo(presidential);

function presidential(label: string): boolean {
  const words = wordsOf(label);
  let president = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (OTHER_OFFICE.has(word)) return false;
    if ((word === 'president' || word === 'presidential') && words[i - 1] !== 'vice') president = true;
  }
  return president;
}

/** Cells that say no district: blank, `NA`, `N/A`, a dash, `statewide`, `at large`. */
export const isNoDistrict = memo(noDistrict);

function noDistrict(cell: string): boolean {
  const words = wordsOf(cell);
  if (words.length === 0) return true;
  const joined = words.join(' ');
  return (
    joined === 'na' ||
    joined === 'n a' ||
    joined === 'none' ||
    joined === 'statewide' ||
    joined === 'at large'
  );
}
