// Fetch a contest with the standard fetch (any runtime that has it: Node, Deno, Bun, browsers, Workers).
// Run with the API up (npm start), on Node 24: node apps/docs/examples/fetch-contest.ts [id]
// TALLY_API defaults to `npm start`'s API.

/** A candidate, as every answer names one. */
interface Candidate {
  id: string;
  name: string;
  kind: 'candidate' | 'uncommitted' | 'write-in' | 'other';
}

/** The parts of GET /v1/contests/{id} used here; the API reference has the whole response. */
interface ContestAnswer {
  data: {
    id: string;
    raceId: string;
    title: string;
    date: string | null;
    outcome: 'decided' | 'tied' | 'undetermined' | 'no-votes';
    winner: Candidate | null;
    undetermined: { reason: string } | null;
    results: {
      candidate: Candidate;
      votes: number | null;
      percent: number | null;
      delegates: number | null;
    }[];
    provenance: { credit: string };
  };
  links: { self: string; results: string; race: string };
}

/** Every error is RFC 9457 problem details (application/problem+json). */
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

export async function fetchContest(id: string, api = 'http://127.0.0.1:8787'): Promise<ContestAnswer> {
  const response = await fetch(`${api}/v1/contests/${encodeURIComponent(id)}`);
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail}`);
  }
  return (await response.json()) as ContestAnswer;
}

/** Who won, said honestly: the winner, or why the figures name none. */
export function outcomeLine(contest: ContestAnswer['data']): string {
  if (contest.winner) return `won by ${contest.winner.name}`;
  if (contest.outcome === 'undetermined') return `undetermined: ${contest.undetermined?.reason ?? ''}`;
  return contest.outcome === 'tied' ? 'a tie' : 'no votes given';
}

if (import.meta.main) {
  const id = process.argv[2] ?? '2004-nd-democratic-caucus';
  const { data } = await fetchContest(id, process.env.TALLY_API);
  console.log(`${data.title} (${data.date}, race ${data.raceId}): ${outcomeLine(data)}`);
  for (const row of data.results) console.log(`  ${row.candidate.name}: ${row.votes} votes, ${row.percent}%`);
  console.log(data.provenance.credit);
}
