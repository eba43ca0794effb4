import { kindOf, slugify } from '../parse/names.js';
import type { CandidateKind } from '../schema/contest.js';
import type { NonVoteKind } from '../schema/unit.js';
import { wordsOf } from './words.js';

/** What a candidate cell stands for: a choice, the file's own total, or ballots for no choice. */
export type NameRole =
  | { role: 'choice'; kind: CandidateKind }
  | { role: 'total' }
  | { role: 'non-vote'; kind: NonVoteKind };

const TOTALS = new Set([
  'total',
  'totals',
  'total votes',
  'total votes cast',
  'votes cast',
  'total vote',
  'total ballots cast',
  'ballots cast',
  'grand total',
]);
const NON_VOTES: ReadonlyMap<string, NonVoteKind> = new Map([
  ...['blank', 'blanks', 'blank votes', 'blank ballots', 'blank vote'].map((k) => [k, 'blank'] as const),
  ...['over votes', 'overvotes', 'over vote', 'overvote', 'over'].map((k) => [k, 'over'] as const),
  ...['under votes', 'undervotes', 'under vote', 'undervote', 'under'].map((k) => [k, 'under'] as const),
]);
const EXTRA_PSEUDO: ReadonlyMap<string, CandidateKind> = new Map([
  ['misc', 'other'],
  ['miscellaneous', 'other'],
  ['scatter', 'write-in'],
  ['no candidate', 'other'],
  ['void', 'other'],
  ['write in', 'write-in'],
  ['write ins', 'write-in'],
]);

/** One part of a pseudo-candidate label: its role, or null for a person's name. */
function pseudoPart(key: string): NameRole | null {
  if (TOTALS.has(key)) return { role: 'total' };
  const nonVote = NON_VOTES.get(key);
  if (nonVote) return { role: 'non-vote', kind: nonVote };
  const extra = EXTRA_PSEUDO.get(key);
  if (extra) return { role: 'choice', kind: extra };
  const kind = kindOf(key);
  return kind === 'candidate' ? null : { role: 'choice', kind };
}

/**
 * What a candidate cell stands for: `Total Votes Cast` is the file's total, `Blank Votes` and
 * `Over Votes` ballots for no choice, `Uncommitted`, `Write-ins`, `All Others` pseudo-candidates, and
 * anything else a person. A list of labels (`Blank, Void, Scattering`) mixing kinds is `other`.
 */
export function roleOf(name: string): NameRole {
  const whole = pseudoPart(wordsOf(name).join(' '));
  if (whole) return whole;
  const parts = name
    .split(/[,/&]/)
    .map((part) => wordsOf(part).join(' '))
    .filter((part) => part !== '' && part !== 'and');
  if (parts.length < 2) return { role: 'choice', kind: 'candidate' };
  const roles = parts.map(pseudoPart);
  if (roles.some((role) => role === null)) return { role: 'choice', kind: 'candidate' };
  const first = roles[0] as NameRole;
  const same = roles.every((role) => JSON.stringify(role) === JSON.stringify(first));
  return same ? first : { role: 'choice', kind: 'other' };
}

/** A person's name read from any of the forms results files use. */
export interface PersonName {
  /** For display: `John F. Kerry` (reordered from `Kerry, John F.`, capitalised from `JOHN F. KERRY`). */
  display: string;
  /** The id the articles give the same person: given name and surname, no middle initials or suffix. */
  id: string;
  /** The name the person goes by (a quoted nickname wins), lower case; an initial for `Kerry J F`. */
  given: string;
  /** The surname's words, lower case. */
  surname: string[];
  /** Only initials stand for the given name (`Kerry J F`): the id cannot be the articles' without a roster. */
  initialsOnly: boolean;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/** A token that is an initial or initials: `F.`, `F`, `L.R.`. */
function isInitials(token: string): boolean {
  const letters = token.split('.').filter((part) => part !== '');
  return letters.length > 0 && letters.every((part) => part.length === 1);
}

function isSuffix(token: string): boolean {
  return SUFFIXES.has(token.toLowerCase().replaceAll('.', ''));
}

/** A run of letters written in capitals only (two or more: an initial is no shouting). */
function isShouted(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * One word written in capitals, in the case names are written in: `MCCAIN` is McCain (`Mc` and a letter
 * start a name), `MACDONALD` MacDonald (`Mac`, then a consonant other than c, h, k or y, then three letters
 * more: not Machado, Mackey, Macy, Macias), anything else Capitalised.
 */
function recased(word: string): string {
  const lower = word.toLowerCase();
  if (/^mc\p{L}{2}/u.test(lower)) return `Mc${upperFirst(lower.slice(2))}`;
  if (/^mac[b-df-gj-np-tv-xz]\p{L}{3}/u.test(lower)) return `Mac${upperFirst(lower.slice(3))}`;
  return upperFirst(lower);
}

/**
 * A name in the case names are written in, word by word: a word written in capitals (`MCCAIN`), or in
 * capitals after a `Mc` or `Mac` (`McCAIN`), is recased (`recased`); apostrophes and hyphens start words
 * (`O'BRIEN` is O'Brien, `SMITH-JONES` Smith-Jones); a word in mixed case (`LaRouche`) is kept as written.
 */
export function capitalised(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const prefix = /^(Mc|Mac)(?=\p{Lu}{2})/u.exec(word)?.[0] ?? '';
    const rest = word.slice(prefix.length);
    if (!isShouted(rest)) return word;
    return prefix === '' ? recased(rest) : `${prefix}${upperFirst(rest.toLowerCase())}`;
  });
}

/** A label written in capitals (`UNCOMMITTED`, `WRITE-INS`) as a sentence: Uncommitted, Write-ins; else as written. */
export function sentenceCased(label: string): string {
  const words = label.match(/\p{L}+/gu) ?? [];
  if (!words.some(isShouted) || !words.every((word) => word.length === 1 || isShouted(word))) return label;
  return upperFirst(label.toLowerCase());
}

/** A word with a capital inside it (`McCain`, `LaRouche`, `DeWayne`): a spelling a plain capitalising loses. */
const hasInnerCapital = (word: string) => /\p{L}\p{Lu}/u.test(word) && !isShouted(word);

/**
 * A name with each word written in capitals (`LAROUCHE`), or only capitalised (`Mccain`), taken as another
 * source spells it with a capital inside (`LaRouche`, `McCain`): `LYNDON LAROUCHE` and `Lyndon H. LaRouche` give
 * Lyndon LaRouche. Null when no word changes.
 */
export function spelledAs(display: string, other: string): string | null {
  const spellings = new Map<string, string>();
  for (const word of other.match(/\p{L}+/gu) ?? []) {
    if (hasInnerCapital(word)) spellings.set(word.toLowerCase(), word);
  }
  if (spellings.size === 0) return null;
  const spelled = display.replace(/\p{L}+/gu, (word) => {
    const plain = isShouted(word) || word === upperFirst(word.toLowerCase());
    return plain ? (spellings.get(word.toLowerCase()) ?? word) : word;
  });
  return spelled === display ? null : spelled;
}

/** Splits off quoted nicknames (`Peter "Simon" Bollander`, `"Bill" McGaughey`): [name without them, nickname]. */
function splitNickname(name: string): [string, string | null] {
  let nickname: string | null = null;
  let out = '';
  let at = 0;
  for (;;) {
    const open = name.indexOf('"', at);
    const close = open < 0 ? -1 : name.indexOf('"', open + 1);
    if (open < 0 || close < 0) {
      out += name.slice(at);
      break;
    }
    out += `${name.slice(at, open)} `;
    nickname ??= name.slice(open + 1, close).trim() || null;
    at = close + 1;
  }
  return [out.replaceAll('\u201c', '').replaceAll('\u201d', ''), nickname];
}

/** Drops a trailing parenthesis (`George W. Bush(I)`, `Smith (W/I)`). */
function withoutParenthesis(name: string): string {
  const open = name.indexOf('(');
  return open > 0 && name.trimEnd().endsWith(')') ? name.slice(0, open) : name;
}

/**
 * Reads a person's name from `Kerry, John F.`, `JOHN KERRY`, `John F. Kerry`, `Kerry J F`,
 * `William "Bill" B. Richardson III` or `LaRouche, Lyndon H. Jr.`; null when no word is left.
 */
export function readPersonName(cell: string): PersonName | null {
  const [bare, nickname] = splitNickname(withoutParenthesis(cell.trim()));
  const split = (text: string) =>
    text
      .trim()
      .split(/\s+/)
      .filter((token) => token !== '' && !isSuffix(token));
  const comma = bare.indexOf(',');
  const afterComma = comma >= 0 ? split(bare.slice(comma + 1)) : [];
  let given: string[];
  let surname: string[];
  let initialsOnly = false;
  if (afterComma.length > 0) {
    // `Last, First Middle`: the surname is everything before the comma.
    given = afterComma;
    surname = split(bare.slice(0, comma));
  } else {
    const tokens = split(comma >= 0 ? bare.slice(0, comma) : bare);
    // `Kerry J F`: a surname followed only by bare initials.
    let end = tokens.length;
    while (end > 1 && isInitials(tokens[end - 1] as string) && !(tokens[end - 1] as string).includes('.'))
      end--;
    if (end < tokens.length && !isInitials(tokens[0] as string)) {
      surname = tokens.slice(0, end);
      given = tokens.slice(end);
      initialsOnly = true;
    } else {
      given = tokens.slice(0, -1);
      surname = tokens.slice(-1);
    }
  }
  // `N. Ruben Perez`: an initial before a full given name, which is the name the person goes by.
  const goesBy = isInitials(given[0] ?? '') ? given.findIndex((token) => !isInitials(token)) : 0;
  if (goesBy > 0) given = given.slice(goesBy);
  const first = nickname ?? given[0] ?? '';
  // No given name, or only its initial (`Lieberman`, `J. Smith`): the articles' id needs a roster.
  if (first === '' || (nickname === null && isInitials(first))) initialsOnly = true;
  // Middle initials go; a full middle name stays (`Carol Moseley Braun`).
  const middle = initialsOnly ? [] : given.slice(1).filter((token) => !isInitials(token));
  if (surname.length === 0 && first === '') return null;
  const displayGiven =
    initialsOnly && nickname === null
      ? given.map((g) => `${g.replaceAll('.', '')}.`).join(' ')
      : [first, ...given.slice(1)].filter(Boolean).join(' ');
  const display = capitalised([displayGiven, ...surname].filter(Boolean).join(' '));
  const id = slugify([first.replaceAll('.', ''), ...middle, ...surname].join(' '));
  if (id === '') return null;
  const firstKey = wordsOf(first).join('');
  return {
    display,
    id,
    given: initialsOnly ? firstKey.charAt(0) : firstKey,
    surname: surname.flatMap((token) => wordsOf(token)),
    initialsOnly,
  };
}
