// Ask Tally's MCP endpoint with the official MCP client (@modelcontextprotocol/sdk), as an AI assistant's host does.
// Run with the API up (npm start), on Node 24: node apps/docs/examples/mcp-client.ts [race] [through]
// TALLY_API defaults to `npm start`'s API.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/** The parts of get_standings' answer used here; the MCP page has its whole output schema. */
interface StandingsAnswer {
  data: {
    raceId: string;
    through: string | null;
    contestCount: number;
    standings: { rank: number; candidate: { name: string }; delegates: number; contestsWon: number }[];
  };
  meta: { credits: string[] };
}

/** A race's standings counting its contests held up to a date, and the names of the tools the server offers. */
export async function standingsThrough(
  raceId: string,
  through: string,
  api = 'http://127.0.0.1:8787',
): Promise<{ tools: string[]; answer: StandingsAnswer }> {
  const client = new Client({ name: 'tally-example', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', api)));
  try {
    const { tools } = await client.listTools();
    const result = await client.callTool({ name: 'get_standings', arguments: { raceId, through } });
    if (result.isError) {
      const [first] = result.content as { type: string; text?: string }[];
      throw new Error(first?.text ?? 'get_standings failed');
    }
    return { tools: tools.map((tool) => tool.name), answer: result.structuredContent as StandingsAnswer };
  } finally {
    await client.close();
  }
}

if (import.meta.main) {
  const [raceId = '2004-democratic', through = '2004-02-29'] = process.argv.slice(2);
  const { tools, answer } = await standingsThrough(raceId, through, process.env.TALLY_API);
  console.log(`tools: ${tools.join(', ')}`);
  console.log(`${answer.data.raceId} through ${answer.data.through} (${answer.data.contestCount} contests):`);
  for (const s of answer.data.standings) {
    console.log(`  ${s.rank}. ${s.candidate.name}: ${s.delegates} delegates, ${s.contestsWon} contests won`);
  }
  for (const credit of answer.meta.credits) console.log(credit);
}
