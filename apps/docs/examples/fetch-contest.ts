// Fetch a contest with the standard fetch (Node 18+, Deno, Bun, browsers, Workers).
// Run with the API up (npm start), on Node 24: node apps/docs/examples/fetch-contest.ts [id]
// TALLY_API defaults to `npm start`'s API.

/** The parts of GET /v1/contests/{id} used here; the API reference has the whole response. */
interface ContestDetail {
  contest: {
    id: string;
    title: string;
    date: string | null;
    results: { candidate: string; votes: number | null; percent: number | null; delegates: number | null }[];
  };
  tally: { winner: { candidate: string } | null; margin: { votes: number; points: number } | null };
  provenance: { credit: string };
}

/** Every error is RFC 9457 problem details (application/problem+json). */
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

export async function fetchContest(id: string, api = 'http://127.0.0.1:8787'): Promise<ContestDetail> {
  const response = await fetch(`${api}/v1/contests/${encodeURIComponent(id)}`);
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail}`);
  }
  return (await response.json()) as ContestDetail;
}

if (import.meta.main) {
  const id = process.argv[2] ?? '2004-nd-democratic-caucus';
  const { contest, tally, provenance } = await fetchContest(id, process.env.TALLY_API);
  console.log(`${contest.title} (${contest.date}): won by ${tally.winner?.candidate ?? 'nobody'}`);
  for (const row of contest.results) console.log(`  ${row.candidate}: ${row.votes} votes, ${row.percent}%`);
  console.log(provenance.credit);
}
