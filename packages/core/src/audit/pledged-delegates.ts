import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';

/**
 * Candidates win pledged delegates by the vote; unpledged ones are not won in the contest. Where the
 * infobox states both, the real candidates' rows cannot hold more delegates than the pledged count: the
 * rest belong to the unpledged delegates (often an Uncommitted row), or a figure is wrong.
 */
export function checkPledgedDelegates(contest: Contest): Finding[] {
  const { pledged, unpledged, line } = contest.delegates;
  if (pledged === null || unpledged === null || unpledged === 0 || line === null) return [];
  const real = contest.results.filter((r) => r.kind === 'candidate' && (r.delegates ?? 0) > 0);
  const held = real.reduce((sum, r) => sum + (r.delegates ?? 0), 0);
  if (held <= pledged) return [];
  return [
    finding(
      'pledged-delegates-exceeded',
      'warning',
      `The candidates' rows hold ${formatCount(held)} delegates, more than the ${formatCount(pledged)} pledged delegates the infobox states (the other ${formatCount(unpledged)} are unpledged, not won by vote): a row's delegates, or the infobox, is wrong.`,
      [...real.map((r) => r.line), line],
    ),
  ];
}
