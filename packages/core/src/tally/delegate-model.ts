import type { Contest } from '../schema/contest.js';
import { AllocationOptions, type DelegateModel, type RoundingMethod } from '../schema/delegate-model.js';
import { allocateDelegates } from './allocate.js';

const METHOD_NAMES: Record<RoundingMethod, string> = {
  'largest-remainder': 'largest remainder',
  dnc: 'Democratic Party rounding',
};

/** The seats to hand out: the infobox's pledged delegates, else the Total row's, else the rows' sum. */
function seatsOf(contest: Contest): number | null {
  const rows = contest.results.filter((r) => r.delegates !== null);
  const rowSum = rows.length > 0 ? rows.reduce((s, r) => s + (r.delegates ?? 0), 0) : null;
  return contest.delegates.pledged ?? contest.totals.delegates ?? rowSum;
}

/**
 * A statewide what-if: the contest's delegates divided in proportion to its statewide vote (see
 * `allocateDelegates`), beside the delegates the table says each row was awarded. Always a model, and
 * labelled one: real allocation happens by congressional district and by statewide pools (at-large,
 * party leaders), each with its own threshold.
 *
 * Seats: the pledged delegates the infobox states, else the Total row's delegates, else the rows' sum.
 * Who takes part: real candidates and Uncommitted with votes, in table order; Write-ins and Others are
 * not a preference that can win delegates, so they neither take part nor count in the threshold's
 * denominator, and rows without votes are left out. Null when there are no seats (or not a whole number
 * of them) or nobody taking part has a vote.
 */
export function modelDelegates(contest: Contest, options: AllocationOptions = {}): DelegateModel | null {
  const { threshold, method } = AllocationOptions.parse(options);
  const seats = seatsOf(contest);
  const rows = contest.results.filter(
    (r) => (r.kind === 'candidate' || r.kind === 'uncommitted') && r.votes !== null,
  );
  if (seats === null || seats <= 0 || !Number.isInteger(seats)) return null;
  if (!rows.some((r) => (r.votes ?? 0) > 0)) return null;
  const awards = allocateDelegates(
    rows.map((r) => ({ id: r.candidateId, votes: r.votes ?? 0 })),
    seats,
    { threshold, method },
  );
  const percent = Math.round(threshold * 1000) / 10;
  return {
    model: true,
    label: `Statewide model (${percent}% threshold, ${METHOD_NAMES[method]}): not the real allocation, which happens by district and pool.`,
    method,
    threshold,
    delegates: seats,
    awards: rows.map((row, i) => {
      const award = awards[i] as (typeof awards)[number];
      return {
        candidateId: row.candidateId,
        candidate: row.candidate,
        share: award.share,
        qualified: award.qualified,
        modelDelegates: award.seats,
        actualDelegates: row.delegates,
      };
    }),
  };
}
