import { decimalsOf, wholePrecisionOf } from './precision.js';
import type { Token } from './tokens.js';

export type FigureKind = 'percent' | 'votes' | 'delegates';

/** How a figure is stated: as is, or as a bound (`over 40%`, `under 40%`) or an approximation (`about 40%`). */
export type Bound = 'exact' | 'at-least' | 'at-most' | 'about';

/** A figure read from a sentence: a percent, a vote count or a delegate count. */
export interface Figure {
  kind: FigureKind;
  value: number;
  /** The precision it was stated at, as decimals: 2 for `50.82%`, -2 for `9,500 votes`. */
  decimals: number;
  bound: Bound;
  /** Token indexes: the number, and just past the last word of the figure. */
  start: number;
  end: number;
  /** The whole of `76 (of 95) delegates`, `46 of the 76 delegates` or `2,519 of the 5,600 votes`. */
  of: number | null;
  /** Stated as a total (`a total of 76 delegates`, `40% of 10,000 votes`): everybody's, not one candidate's. */
  total: boolean;
  /** Part of an allocation rule (`a 15 percent threshold`). */
  threshold: boolean;
  /** A margin or a lead (`won by 20%`), not a share. */
  margin: boolean;
  /** For a percent followed by `of ...`: whether it is a share of the vote; null when nothing follows. */
  ofVotes: boolean | null;
}

const BOUNDS: readonly (readonly [string[], Bound])[] = [
  [['more', 'than'], 'at-least'],
  [['at', 'least'], 'at-least'],
  [['over'], 'at-least'],
  [['above'], 'at-least'],
  [['less', 'than'], 'at-most'],
  [['fewer', 'than'], 'at-most'],
  [['under'], 'at-most'],
  [['below'], 'at-most'],
  [['nearly'], 'at-most'],
  [['almost'], 'at-most'],
  [['close', 'to'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['some'], 'about'],
];

const VOTE_WORDS = new Set(['vote', 'votes', 'ballot', 'ballots']);
const VOTE_QUALIFIERS = new Set(['popular', 'caucus', 'primary', 'total', 'valid']);
const DELEGATE_WORDS = new Set(['delegate', 'delegates']);
const THRESHOLD_WORDS = new Set(['threshold', 'viability', 'viable', 'cutoff', 'cut-off', 'minimum']);
const QUALIFYING_WORDS = new Set(['receive', 'win', 'earn', 'qualify', 'qualifies', 'eligible', 'awarded']);
const RULE_WORDS = new Set(['must', 'need', 'needs', 'needed', 'required', 'requires', 'necessary']);
const MARGIN_BEFORE = new Set(['by']);
const MARGIN_NOUNS = new Set(['margin', 'lead', 'edge', 'advantage']);

function wordAt(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  return token?.kind === 'word' ? token.folded : null;
}

function isMark(tokens: readonly Token[], index: number, mark: string): boolean {
  const token = tokens[index];
  return token?.kind === 'mark' && token.text === mark;
}

/** The last word of each bound: a number after any other word has no bound. */
const BOUND_ENDS: ReadonlySet<string> = new Set(BOUNDS.map(([words]) => words[words.length - 1] as string));

/** The bound words just before a number, and where they start. */
function boundBefore(tokens: readonly Token[], start: number): { bound: Bound; from: number } {
  if (!BOUND_ENDS.has(wordAt(tokens, start - 1) ?? '')) return { bound: 'exact', from: start };
  for (const [words, bound] of BOUNDS) {
    const from = start - words.length;
    if (from >= 0 && words.every((word, offset) => wordAt(tokens, from + offset) === word)) {
      return { bound, from: wordAt(tokens, from - 1) === 'just' ? from - 1 : from };
    }
  }
  return { bound: 'exact', from: start };
}

/** The token index past a percent sign or word after a number, or -1. */
function percentEnd(tokens: readonly Token[], index: number): number {
  let at = index + 1;
  if (isMark(tokens, at, '-')) at++;
  if (isMark(tokens, at, '%')) return at + 1;
  const word = wordAt(tokens, at);
  if (word === 'percent' || word === 'pct') return at + 1;
  if (word === 'per' && wordAt(tokens, at + 1) === 'cent') return at + 2;
  return -1;
}

/** The token index past `votes` after a number, or -1. */
function votesEnd(tokens: readonly Token[], index: number): { end: number; scale: number } | null {
  let at = index + 1;
  let scale = 1;
  if (wordAt(tokens, at) === 'million') {
    scale = 1e6;
    at++;
  } else if (wordAt(tokens, at) === 'thousand') {
    scale = 1e3;
    at++;
  }
  if (VOTE_QUALIFIERS.has(wordAt(tokens, at) ?? '')) at++;
  return VOTE_WORDS.has(wordAt(tokens, at) ?? '') ? { end: at + 1, scale } : null;
}

/** `N (of M)` or `N of [the] M` after a number: the M and the index past it. */
function ofWhole(tokens: readonly Token[], index: number): { of: number; next: number } | null {
  let at = index + 1;
  const parenthesis = isMark(tokens, at, '(');
  if (parenthesis) at++;
  if (wordAt(tokens, at) !== 'of') return null;
  at++;
  if (wordAt(tokens, at) === 'the') at++;
  const whole = tokens[at];
  if (whole?.kind !== 'number' || whole.value === null) return null;
  at++;
  if (parenthesis) {
    if (!isMark(tokens, at, ')')) return null;
    at++;
  }
  return { of: whole.value, next: at };
}

/** The token index past `delegates` after a number (up to four words between), and any whole. */
function delegatesEnd(tokens: readonly Token[], index: number): { end: number; of: number | null } | null {
  const whole = ofWhole(tokens, index);
  let at = whole?.next ?? index + 1;
  for (let words = 0; words <= 4; words++, at++) {
    const word = wordAt(tokens, at);
    if (word === null) return null;
    if (DELEGATE_WORDS.has(word)) return { end: at + 1, of: whole?.of ?? null };
    if (VOTE_WORDS.has(word) || word === 'percent') return null;
  }
  return null;
}

function ofVotesAfter(tokens: readonly Token[], end: number): boolean | null {
  if (wordAt(tokens, end) !== 'of') return null;
  for (let at = end + 1; at <= end + 3; at++) {
    if (VOTE_WORDS.has(wordAt(tokens, at) ?? '')) return true;
  }
  return false;
}

/** Whether a sentence words a rule: a qualifying verb, delegates, and must or need. */
function statesRule(tokens: readonly Token[]): boolean {
  const has = (set: ReadonlySet<string>) => tokens.some((token) => set.has(token.folded));
  return has(QUALIFYING_WORDS) && has(DELEGATE_WORDS) && has(RULE_WORDS);
}

function isThreshold(
  tokens: readonly Token[],
  from: number,
  end: number,
  bound: Bound,
  rule: () => boolean,
): boolean {
  for (let at = end; at < end + 3; at++) if (THRESHOLD_WORDS.has(wordAt(tokens, at) ?? '')) return true;
  for (let at = Math.max(0, from - 4); at < from; at++)
    if (THRESHOLD_WORDS.has(wordAt(tokens, at) ?? '')) return true;
  return bound === 'at-least' && rule();
}

function isMargin(tokens: readonly Token[], from: number): boolean {
  if (MARGIN_BEFORE.has(wordAt(tokens, from - 1) ?? '')) return true;
  return wordAt(tokens, from - 1) === 'of' && MARGIN_NOUNS.has(wordAt(tokens, from - 2) ?? '');
}

function isTotal(tokens: readonly Token[], from: number): boolean {
  for (let at = Math.max(0, from - 3); at < from; at++) if (wordAt(tokens, at) === 'total') return true;
  return false;
}

/**
 * Whether a count is the whole of something stated before it: `40% of 10,000 votes`, `of the 23,541
 * votes cast`, `out of 5,600 votes`. Such a count is everybody's, not the nearest candidate's.
 */
function isWholeAfterOf(tokens: readonly Token[], from: number): boolean {
  const before = wordAt(tokens, from - 1) === 'the' ? from - 2 : from - 1;
  return wordAt(tokens, before) === 'of';
}

/** Reads every percent, vote count and delegate count a sentence states, in order. */
export function findFigures(tokens: readonly Token[]): Figure[] {
  const figures: Figure[] = [];
  // Read once per sentence, and only for a bound percent that no threshold word explains.
  let states: boolean | undefined;
  const rule = () => {
    states ??= statesRule(tokens);
    return states;
  };
  tokens.forEach((token, index) => {
    if (token.kind !== 'number' || token.value === null) return;
    const { bound, from } = boundBefore(tokens, index);
    const base = {
      start: index,
      bound,
      of: null,
      total: isTotal(tokens, from),
      margin: isMargin(tokens, from),
    };
    const percent = percentEnd(tokens, index);
    if (percent >= 0) {
      figures.push({
        ...base,
        kind: 'percent',
        value: token.value,
        decimals: decimalsOf(token.text, token.value),
        end: percent,
        threshold: isThreshold(tokens, from, percent, bound, rule),
        ofVotes: ofVotesAfter(tokens, percent),
      });
      return;
    }
    const whole = ofWhole(tokens, index);
    const wholeVotes = whole ? votesEnd(tokens, whole.next - 1) : null;
    if (whole && wholeVotes && wholeVotes.scale === 1) {
      // `2,519 of the 5,600 votes`: the candidate's count, and the whole it is part of.
      figures.push({
        ...base,
        kind: 'votes',
        value: token.value,
        decimals: wholePrecisionOf(token.text),
        end: wholeVotes.end,
        of: whole.of,
        threshold: false,
        ofVotes: null,
      });
      return;
    }
    const votes = votesEnd(tokens, index);
    if (votes !== null) {
      const decimals =
        votes.scale === 1
          ? wholePrecisionOf(token.text)
          : decimalsOf(token.text, 0) - Math.log10(votes.scale);
      figures.push({
        ...base,
        total: base.total || isWholeAfterOf(tokens, from),
        kind: 'votes',
        value: token.value * votes.scale,
        decimals,
        end: votes.end,
        threshold: false,
        ofVotes: null,
      });
      return;
    }
    const delegates = delegatesEnd(tokens, index);
    if (delegates !== null) {
      figures.push({
        ...base,
        kind: 'delegates',
        value: token.value,
        decimals: 0,
        end: delegates.end,
        of: delegates.of,
        threshold: false,
        ofVotes: null,
      });
    }
  });
  // Drops the numbers inside another figure, such as the 95 of `76 (of 95) delegates`.
  let reach = 0;
  return figures.filter((figure) => {
    const inside = figure.start < reach;
    reach = Math.max(reach, figure.end);
    return !inside;
  });
}
