import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { rowDelegates } from './delegates-total.js';
import { mayStateFigures } from './figure-hints.js';
import { type Figure, findFigures } from './figures.js';
import { finding } from './finding.js';
import { type CandidateNames, candidateNames, findMentions, type Mention } from './mentions.js';
import {
  agreesAtPrecision,
  decimalsOf,
  formatCount,
  formatPercent,
  statedFiguresAgree,
} from './precision.js';
import { splitSentences } from './sentences.js';
import { computedPercent } from './shares.js';
import { placesIn } from './state-names.js';
import { type Token, tokenize } from './tokens.js';

/** Words that put the figures after them in another scope than the statewide result. */
const SCOPE_WORDS = new Set([
  'county',
  'counties',
  'district',
  'districts',
  'precinct',
  'precincts',
  'city',
  'cities',
  'ward',
  'wards',
  'parish',
  'parishes',
  'borough',
  'boroughs',
  'township',
  'townships',
  'municipality',
  'region',
  'poll',
  'polls',
  'polling',
  'survey',
  'nationally',
  'nationwide',
]);

/** Words between a name and a figure that make the figure about something else. */
const DETACHING_WORDS = new Set(['turnout', 'reporting']);

/** Where another scope starts in a sentence: the first token naming one, and the first other place. */
interface Scope {
  token: number;
  place: number;
}

/**
 * Finds where a sentence turns to another scope: a county, district or poll, another year, or another
 * state. Figures after that point are not the statewide result and are not compared.
 */
function scopeOf(contest: Contest, sentence: string, tokens: readonly Token[]): Scope {
  const token = tokens.findIndex(
    (candidate) =>
      (candidate.kind === 'word' && SCOPE_WORDS.has(candidate.folded)) ||
      (candidate.kind === 'number' &&
        /^(1[789]|20)\d\d$/.test(candidate.text) &&
        candidate.value !== contest.year),
  );
  const place = placesIn(sentence).find((mention) => mention.code !== contest.stateCode);
  return {
    token: token < 0 ? Number.POSITIVE_INFINITY : token,
    place: place?.index ?? Number.POSITIVE_INFINITY,
  };
}

function inOtherScope(scope: Scope, tokens: readonly Token[], figure: Figure): boolean {
  return figure.start > scope.token || (tokens[figure.start]?.index ?? 0) > scope.place;
}

/**
 * The candidate each figure is about: the nearest name before it, unless a figure of the same kind or a
 * word such as `turnout` stands between. One pass over figures and names, both in sentence order.
 */
function attribute(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  figures: readonly Figure[],
): (ResultRow | null)[] {
  const detaching: number[] = [0];
  tokens.forEach((token, index) => {
    detaching.push((detaching[index] ?? 0) + (DETACHING_WORDS.has(token.folded) ? 1 : 0));
  });
  const lastOfKind = new Map<string, number>();
  let next = 0;
  let nearest: Mention | undefined;
  return figures.map((figure) => {
    while (next < mentions.length && (mentions[next]?.end ?? 0) <= figure.start) nearest = mentions[next++];
    const previous = lastOfKind.get(figure.kind) ?? -1;
    lastOfKind.set(figure.kind, figure.start);
    if (nearest === undefined || previous >= nearest.end) return null;
    const detached = (detaching[figure.start] ?? 0) - (detaching[nearest.end] ?? 0) > 0;
    return detached ? null : nearest.row;
  });
}

function agrees(actual: number, figure: Figure): boolean {
  const unit = 10 ** -figure.decimals;
  switch (figure.bound) {
    case 'at-least':
      return actual >= figure.value - unit / 2;
    case 'at-most':
      return actual <= figure.value + unit / 2;
    case 'about':
      return Math.abs(actual - figure.value) <= unit;
    default:
      return agreesAtPrecision(actual, figure.value, figure.decimals);
  }
}

/** Whether a figure fits a row; null when the row has no figure of that kind. */
function fits(contest: Contest, row: ResultRow, figure: Figure): boolean | null {
  if (figure.kind === 'percent') {
    const share = computedPercent(contest, row);
    if (share !== null) return agrees(share, figure);
    if (row.percent === null) return null;
    if (figure.bound !== 'exact') return agrees(row.percent, figure);
    return statedFiguresAgree(
      row.percent,
      decimalsOf(row.raw.percent, row.percent),
      figure.value,
      figure.decimals,
    );
  }
  const actual = figure.kind === 'votes' ? row.votes : row.delegates;
  if (actual === null) return null;
  return agrees(actual, figure);
}

function stated(figure: Figure): string {
  const bound = { exact: '', 'at-least': 'at least ', 'at-most': 'at most ', about: 'about ' }[figure.bound];
  if (figure.kind === 'percent') return `${bound}${formatPercent(figure.value, figure.decimals)}`;
  return `${bound}${formatCount(figure.value)} ${figure.kind}`;
}

function actualText(contest: Contest, row: ResultRow, figure: Figure): string {
  if (figure.kind === 'percent') {
    const share = computedPercent(contest, row);
    if (share !== null)
      return `${formatPercent(share, 2)} (${formatCount(row.votes ?? 0)} ${contest.unit ?? 'votes'})`;
    return formatPercent(row.percent ?? 0, decimalsOf(row.raw.percent, row.percent ?? 0));
  }
  const actual = figure.kind === 'votes' ? row.votes : row.delegates;
  return `${formatCount(actual ?? 0)} ${figure.kind}`;
}

/** The delegate counts a total in prose may stand for: the table's, and the infobox's. */
function delegateTotals(contest: Contest): Set<number> {
  const { total, pledged, unpledged } = contest.delegates;
  const values = [contest.totals.delegates, rowDelegates(contest), total, pledged, unpledged];
  if (pledged !== null && unpledged !== null) values.push(pledged + unpledged);
  return new Set(values.filter((value): value is number => value !== null));
}

/** A total of delegates stated in prose (`A total of 76 (of 95) delegates`) against the table and the infobox. */
function checkDelegateTotal(contest: Contest, figure: Figure, line: number): Finding[] {
  const totals = delegateTotals(contest);
  if (totals.size === 0 || totals.has(figure.value)) return [];
  const known = [...totals].sort((a, b) => a - b).join(', ');
  return [
    finding(
      'prose-delegates-mismatch',
      'warning',
      `The prose states a total of ${formatCount(figure.value)} delegates; the table and the infobox give ${known}.`,
      [line, contest.totals.line, ...(contest.delegates.line === null ? [] : [contest.delegates.line])],
    ),
  ];
}

/** The whole in `76 (of 95) delegates` against the infobox's total, the only statement of it. */
function checkDelegateWhole(contest: Contest, figure: Figure, line: number): Finding[] {
  const whole = contest.delegates.total;
  const infoboxLine = contest.delegates.lines.total;
  if (figure.of === null || whole === null || infoboxLine === null || figure.of === whole) return [];
  return [
    finding(
      'prose-delegates-mismatch',
      'warning',
      `The prose puts ${formatCount(figure.of)} delegates at stake; the infobox states ${formatCount(whole)}.`,
      [line, infoboxLine],
    ),
  ];
}

/** The vote totals the prose may state: the Total row's, and the rows' sum (when every row has a count). */
function voteTotals(contest: Contest): { row: number | null; sum: number | null } {
  const sum = contest.results.every((row) => row.votes !== null)
    ? contest.results.reduce((total, row) => total + (row.votes ?? 0), 0)
    : null;
  return { row: contest.totals.votes, sum };
}

/**
 * A total of votes stated in prose (`40% of 10,000 votes`, `2,519 of the 5,600 votes`, `a turnout of
 * 5,600 votes`) against the table's, at the precision it was stated (`about 5,600 votes` fits 5,612).
 */
function checkVoteTotal(contest: Contest, figure: Figure, line: number): Finding[] {
  const stated = figure.total
    ? figure
    : figure.of !== null
      ? { ...figure, value: figure.of, decimals: 0 }
      : null;
  if (stated === null) return [];
  const { row, sum } = voteTotals(contest);
  const known = [row, sum].filter((value): value is number => value !== null);
  if (known.length === 0 || known.some((total) => agrees(total, stated))) return [];
  const given =
    row !== null && sum !== null && row !== sum
      ? `the Total row gives ${formatCount(row)} and the rows add up to ${formatCount(sum)}`
      : `the table gives ${formatCount(row ?? sum ?? 0)}`;
  return [
    finding(
      'prose-votes-mismatch',
      'warning',
      `The prose states a total of ${formatCount(stated.value)} ${contest.unit ?? 'votes'}; ${given}.`,
      [line, contest.totals.line],
    ),
  ];
}

function checkSentence(
  contest: Contest,
  names: () => CandidateNames,
  sentence: string,
  line: number,
): Finding[] {
  if (!mayStateFigures(sentence)) return [];
  const tokens = tokenize(sentence);
  const figures = findFigures(tokens);
  if (figures.length === 0) return [];
  const mentions = findMentions(tokens, contest.results, names());
  const named = [...new Set(mentions.map((mention) => mention.row))];
  const rows = attribute(tokens, mentions, figures);
  const scope = scopeOf(contest, sentence, tokens);
  const findings: Finding[] = [];
  figures.forEach((figure, index) => {
    if (figure.threshold || figure.margin || figure.ofVotes === false) return;
    if (inOtherScope(scope, tokens, figure)) return;
    if (figure.kind === 'delegates') findings.push(...checkDelegateWhole(contest, figure, line));
    if (figure.kind === 'votes') {
      // `Kerry received a total of 5,366 votes` is Kerry's total: a total that fits the candidate named
      // before it is theirs, not everybody's.
      const own = rows[index] ?? null;
      const theirs = figure.total && own !== null && fits(contest, own, figure) === true;
      if (!theirs) findings.push(...checkVoteTotal(contest, figure, line));
      if (figure.total) return;
    }
    const row = rows[index] ?? null;
    if (row === null) {
      const total = figure.kind === 'delegates' && (figure.total || figure.of !== null);
      if (total) findings.push(...checkDelegateTotal(contest, figure, line));
      return;
    }
    if (fits(contest, row, figure) !== false) return;
    if (named.some((other) => other !== row && fits(contest, other, figure) === true)) return;
    findings.push(
      finding(
        `prose-${figure.kind}-mismatch`,
        'warning',
        `The prose gives ${row.candidate} ${stated(figure)}; the table gives ${actualText(contest, row, figure)}.`,
        [line, row.line],
      ),
    );
  });
  return findings;
}

/**
 * Figures stated in prose and list items (percents, vote counts, delegate counts) against the table.
 * A figure is matched to the candidate named nearest before it in its sentence and compared at the
 * precision it was stated (`51%` fits 50.82%). Figures about a county, district, poll, another state or
 * another year are a different scope and are skipped; so are figures naming no candidate.
 */
export function checkProseFigures(contest: Contest): Finding[] {
  // Folded once per contest, and only when some sentence states a figure.
  let folded: CandidateNames | undefined;
  const names = () => {
    folded ??= candidateNames(contest.results);
    return folded;
  };
  const findings: Finding[] = [];
  // Paragraphs, then list items (not merged by line): the order the findings are made in.
  for (const statements of [contest.paragraphs, contest.lists]) {
    for (const { text, line } of statements) {
      if (!mayStateFigures(text)) continue;
      for (const sentence of splitSentences(text))
        for (const found of checkSentence(contest, names, sentence, line)) findings.push(found);
    }
  }
  return findings;
}
