import type { CandidateKind } from '../schema/candidate-kind.js';
import type { Unit } from '../schema/unit.js';

/** One choice of a unit, ranked, with its share of the unit's votes. */
export interface UnitStanding {
  candidateId: string;
  candidate: string;
  kind: CandidateKind;
  votes: number | null;
  /** Competition ranking by votes; a choice without a figure ranks after every figure. */
  rank: number;
  /** Votes over the votes of every choice of the unit, unrounded; null without a figure or without votes. */
  share: number | null;
}

/** Who won a reporting unit, by the figures its rows give. */
export interface UnitTally {
  /** The votes of every choice (pseudo-candidates too; blank and over votes are no choice); null when none has a figure. */
  votes: number | null;
  /** `decided`: one real candidate has the most votes; `tied`: two share them; `no-votes`: none has a vote. */
  outcome: 'decided' | 'tied' | 'no-votes';
  winner: { candidateId: string; candidate: string } | null;
  /** Null unless decided. */
  margin: { votes: number; points: number } | null;
  standings: UnitStanding[];
}

/**
 * A unit's result: its choices ranked by votes, each one's share, and the winner among the real candidates (a
 * pseudo-candidate such as Uncommitted is ranked, never the winner, as in a contest's tally). A choice whose rows
 * all left the votes blank has no figure: it is listed without one and cannot win.
 */
export function tallyUnit(unit: Pick<Unit, 'results'>): UnitTally {
  const counted = unit.results.filter((r) => r.votes !== null);
  const votes = counted.length > 0 ? counted.reduce((sum, r) => sum + (r.votes ?? 0), 0) : null;
  const ordered = [...unit.results].sort((a, b) => (b.votes ?? -1) - (a.votes ?? -1));
  const standings: UnitStanding[] = [];
  ordered.forEach((r, i) => {
    const previous = standings[i - 1];
    const rank = previous !== undefined && previous.votes === r.votes ? previous.rank : i + 1;
    standings.push({
      candidateId: r.candidateId,
      candidate: r.candidate,
      kind: r.kind,
      votes: r.votes,
      rank,
      share: r.votes === null || votes === null || votes === 0 ? null : r.votes / votes,
    });
  });
  const real = standings.filter((s) => s.kind === 'candidate' && s.votes !== null);
  const [first, second] = real;
  // No real candidate with a vote (every count 0, as some files write a county nobody voted in) is no winner.
  if (first === undefined || first.votes === 0) {
    return { votes, outcome: 'no-votes', winner: null, margin: null, standings };
  }
  if (second !== undefined && second.votes === first.votes) {
    return { votes, outcome: 'tied', winner: null, margin: null, standings };
  }
  const lead = (first.votes ?? 0) - (second?.votes ?? 0);
  return {
    votes,
    outcome: 'decided',
    winner: { candidateId: first.candidateId, candidate: first.candidate },
    margin: {
      votes: lead,
      points: (first.share ?? 0) * 100 - (second?.share ?? 0) * 100,
    },
    standings,
  };
}
