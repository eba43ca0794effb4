import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { modelDelegates, parseContest, withAudit } from '@tally/core';
import { DEFAULT_SEED, generateDocument } from '@tally/corpus';
import { contests, races } from '@tally/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/worker.js';
import { connectClient } from './test-client.js';

// Every tool driven by the official MCP client over HTTP, and its answer checked against the REST route that
// answers the same question: the same `data`, the same data version and attribution, and the credits.

type Ref = { id: string; name: string; kind: string };
type Standing = { candidate: Ref; votes: number; delegates: number; contestsWon: number };
type CandidateContest = { contestId: string; votes: number | null; delegates: number | null };
type Contest = {
  id: string;
  provenance: { credit: string; source: Record<string, unknown> };
  findings: { lines: number[] }[];
  results: { line: number; candidate: Ref }[];
  delegateModel: { awards: { candidate: Ref; modelDelegates: number }[] } | null;
  delegatesAtStake: unknown;
  contest: { id: string };
};
type Race = { contests: { id: string }[]; standings: Standing[] };
type Tally = { races: { series: { contestIds: string[] }[] }[] };
type Compared = {
  candidates: { candidate: Ref; standing: Standing; contests: CandidateContest[] }[];
  difference: unknown;
  headToHead: {
    contestId: string;
    ahead: Ref | null;
    votes: [number | null, number | null];
    delegates: unknown;
  }[];
};
type Envelope<T> = { data: T; meta: Record<string, unknown> };
type Answer<T> = { data: T; meta: { dataVersion: string; attribution: unknown; credits: string[] } };

let client: Client;
beforeAll(async () => {
  client = await connectClient();
});
afterAll(async () => {
  await client.close();
});

async function rest<T = Contest>(path: string): Promise<Envelope<T>> {
  const response = await call(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Envelope<T>;
}

async function callTool(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** A tool's structured answer, after checking it is no error and that its text is the same JSON. */
async function answer<T = Contest>(name: string, args: Record<string, unknown>): Promise<Answer<T>> {
  const result = await callTool(name, args);
  expect(result.isError ?? false, JSON.stringify(result.content)).toBe(false);
  const [json, credit] = result.content;
  expect(json?.type === 'text' && JSON.parse(json.text)).toEqual(result.structuredContent);
  const structured = result.structuredContent as Answer<T>;
  if (structured.meta.credits.length > 0) {
    expect(credit?.type === 'text' && credit.text).toBe(
      `Credit: ${structured.meta.credits.join(' ')} Licence: CC BY-SA 4.0.`,
    );
  }
  return structured;
}

/** The same data version and attribution as a REST answer's meta. */
function expectRestMeta(meta: Answer<unknown>['meta'], restMeta: Record<string, unknown>) {
  expect({ dataVersion: meta.dataVersion, attribution: meta.attribution }).toEqual({
    dataVersion: restMeta.dataVersion,
    attribution: restMeta.attribution,
  });
}

/** The credit line of each contest, as its REST resource's provenance words it, each once (a file may give several). */
async function creditsOf(ids: readonly string[]): Promise<string[]> {
  const credits: string[] = [];
  for (const id of ids) credits.push((await rest(`/v1/contests/${id}`)).data.provenance.credit);
  return [...new Set(credits)];
}

const race = races[0];
if (race === undefined) throw new Error('@tally/data has no race');

describe('tools/list', () => {
  it('lists the seven read-only tools, each with an input and an output schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        'audit_document',
        'compare_candidates',
        'get_contest',
        'get_delegate_model',
        'get_race',
        'get_standings',
        'search',
      ].sort(),
    );
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(80);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.inputSchema.additionalProperties, `${tool.name} refuses unknown arguments`).toBe(false);
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.annotations).toMatchObject({
        readOnlyHint: true,
        destructiveHint: false,
        openWorldHint: false,
      });
    }
  });
});

describe('search', () => {
  // A contest and a candidate in one query: each contest's state and the candidate first in its results.
  const both = contests.map((c) => `${c.state} ${c.results[0]?.candidate ?? ''}`.trim());
  const queries = ['kerry', 'edwards', 'nd', 'North Carolina', ...contests.map((c) => c.state), ...both];
  it.each(queries)('answers %j as GET /v1/search does, crediting each contest shown', async (query) => {
    const expected = await rest<unknown>(`/v1/search?q=${encodeURIComponent(query)}&limit=5`);
    const got = await answer<{ contests: { id: string }[]; results: { contest: { id: string } }[] }>(
      'search',
      {
        query,
        limit: 5,
      },
    );
    expect(got.data).toEqual(expected.data);
    expectRestMeta(got.meta, expected.meta);
    const shown = [
      ...new Set([...got.data.contests, ...got.data.results.map((r) => r.contest)].map((c) => c.id)),
    ];
    expect(got.meta.credits).toEqual(await creditsOf(shown));
  });

  it('finds a candidate’s result in a contest when the query names both', async () => {
    const contest = contests[0];
    if (!contest?.results[0]) throw new Error('the data package has no contest with results');
    const got = await answer<{ results: { contest: { id: string } }[] }>('search', {
      query: `${contest.state} ${contest.results[0].candidate}`,
    });
    expect(got.data.results.map((r) => r.contest.id)).toContain(contest.id);
  });
});

describe('get_contest', () => {
  it.each(contests.map((c) => c.id))(
    'gives %s as GET /v1/contests/{id} does, with its credit',
    async (id) => {
      const expected = await rest(`/v1/contests/${id}`);
      const got = await answer('get_contest', { id });
      expect(got.data).toEqual(expected.data);
      expectRestMeta(got.meta, expected.meta);
      expect(got.meta.credits).toEqual([expected.data.provenance.credit]);
      expect(got.data.findings.every((f: { lines: number[] }) => f.lines.length > 0)).toBe(true);
      expect(got.data.results.every((r: { line: number }) => r.line >= 1)).toBe(true);
    },
  );
});

describe('get_race and get_standings', () => {
  it.each(races.map((r) => r.id))('gives %s as GET /v1/races/{id} does', async (id) => {
    const expected = await rest<Race>(`/v1/races/${id}`);
    const got = await answer<Race>('get_race', { id });
    expect(got.data).toEqual(expected.data);
    expectRestMeta(got.meta, expected.meta);
    expect(got.meta.credits).toEqual(
      await creditsOf(expected.data.contests.map((c: { id: string }) => c.id)),
    );
  });

  const dates = [
    ...new Set(contests.filter((c) => c.raceId === race.id).flatMap((c) => (c.date ? [c.date] : []))),
  ];
  it.each([undefined, ...dates])(
    'tallies the race through %s as GET /v1/tally?race=…&to=… does',
    async (through) => {
      const expected = await rest<Tally>(`/v1/tally?race=${race.id}${through ? `&to=${through}` : ''}`);
      const got = await answer<unknown>('get_standings', {
        raceId: race.id,
        ...(through ? { through } : {}),
      });
      expect(got.data).toEqual({ ...expected.data.races[0], through: through ?? null });
      expect(got.meta.credits).toEqual(
        await creditsOf(expected.data.races[0]?.series.flatMap((p) => p.contestIds) ?? []),
      );
    },
  );

  it('says when no contest of the race is held by the date', async () => {
    const result = await callTool('get_standings', { raceId: race.id, through: '1900-01-01' });
    expect(result.isError).toBe(true);
    expect(result.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/^no-contests: /) });
  });
});

describe('compare_candidates', () => {
  const [first, second] = race.candidates;
  it('puts the race’s first two candidates side by side, as their REST resources have them', async () => {
    if (!first || !second) throw new Error('the race has fewer than two candidates');
    const ids = [first.candidateId, second.candidateId];
    const got = await answer<Compared>('compare_candidates', { raceId: race.id, candidates: ids });
    const raceRest = await rest<Race>(`/v1/races/${race.id}`);
    const sides: Compared['candidates'] = [];
    for (const id of ids) {
      const candidate = await rest<{ races: { raceId: string; contests: CandidateContest[] }[] }>(
        `/v1/candidates/${id}`,
      );
      const standing = raceRest.data.standings.find((s) => s.candidate.id === id);
      const results = candidate.data.races.find((r) => r.raceId === race.id);
      if (!standing || !results) throw new Error(`${id} is not in ${race.id} over REST`);
      sides.push({ candidate: standing.candidate, standing, contests: results.contests });
    }
    expect(got.data.candidates).toEqual(sides);
    const [a, b] = sides as [Compared['candidates'][0], Compared['candidates'][0]];
    expect(got.data.difference).toEqual({
      votes: a.standing.votes - b.standing.votes,
      delegates: a.standing.delegates - b.standing.delegates,
      contestsWon: a.standing.contestsWon - b.standing.contestsWon,
    });
    const resultIn = (side: Compared['candidates'][0], contestId: string) =>
      side.contests.find((r) => r.contestId === contestId);
    const both = raceRest.data.contests.filter((c) => resultIn(a, c.id) && resultIn(b, c.id));
    expect(got.data.headToHead.map((h) => h.contestId)).toEqual(both.map((c) => c.id));
    for (const row of got.data.headToHead) {
      const [ra, rb] = [resultIn(a, row.contestId), resultIn(b, row.contestId)];
      expect([row.votes, row.delegates]).toEqual([
        [ra?.votes, rb?.votes],
        [ra?.delegates, rb?.delegates],
      ]);
      const [va, vb] = row.votes;
      const leader = va === null || vb === null || va === vb ? null : va > vb ? a.candidate : b.candidate;
      expect(row.ahead).toEqual(leader);
    }
  });

  it('refuses a candidate who did not run in the race, and the same candidate twice', async () => {
    const absent = await callTool('compare_candidates', {
      raceId: race.id,
      candidates: [first?.candidateId, 'nobody-at-all'],
    });
    expect(absent.isError).toBe(true);
    expect(absent.content[0]).toMatchObject({ text: expect.stringMatching(/^not-in-race: .*nobody-at-all/) });
    const twice = await callTool('compare_candidates', {
      raceId: race.id,
      candidates: [first?.candidateId, first?.candidateId],
    });
    expect(twice.isError).toBe(true);
    expect(JSON.stringify(twice.content)).toContain('two different candidate ids');
  });
});

describe('get_delegate_model', () => {
  it.each(contests.map((c) => c.id))('gives the model of %s that GET /v1/contests/{id} has', async (id) => {
    const expected = await rest(`/v1/contests/${id}`);
    const got = await answer<Contest>('get_delegate_model', { contestId: id });
    const { delegateModel, delegatesAtStake, provenance } = expected.data;
    expect(got.data.delegateModel).toEqual(delegateModel);
    expect(got.data.delegatesAtStake).toEqual(delegatesAtStake);
    expect(got.data.provenance).toEqual(provenance);
    expect(got.data.contest.id).toBe(id);
    expect(got.meta.credits).toEqual([provenance.credit]);
  });

  it.each(contests.map((c) => c.id))('models %s with other rules as the core does', async (id) => {
    const contest = contests.find((c) => c.id === id);
    if (!contest) throw new Error(id);
    const rules = { threshold: 0.3, method: 'dnc' as const };
    const got = await answer('get_delegate_model', { contestId: id, ...rules });
    const model = modelDelegates(contest, rules);
    expect(
      got.data.delegateModel?.awards.map((a: { candidate: { id: string }; modelDelegates: number }) => [
        a.candidate.id,
        a.modelDelegates,
      ]) ?? null,
    ).toEqual(model?.awards.map((a) => [a.candidateId, a.modelDelegates]) ?? null);
    if (got.data.delegateModel) expect(got.data.delegateModel).toMatchObject(rules);
  });
});

describe('audit_document', () => {
  const documents = Array.from({ length: 6 }, (_, i) => generateDocument(DEFAULT_SEED, i));
  it.each(documents.map((d) => [d.file, d] as const))(
    'audits %s as the core does, and keeps nothing',
    async (_file, doc) => {
      const parsed = parseContest(doc.text, { file: doc.file });
      const got = await callTool('audit_document', { text: doc.text, file: doc.file });
      if (!parsed.ok) {
        expect(got.isError).toBe(true);
        expect(got.content[0]).toMatchObject({
          text: expect.stringContaining(`${parsed.error.code}: ${parsed.error.message}`),
        });
        return;
      }
      const contest = withAudit(parsed.contest);
      const structured = got.structuredContent as Answer<Contest> & { meta: { stored: boolean } };
      expect(structured.data.id).toBe(contest.id);
      expect(structured.data.findings).toEqual(contest.findings);
      expect(
        structured.data.results.map((r: { candidate: { id: string }; line: number }) => [
          r.candidate.id,
          r.line,
        ]),
      ).toEqual(contest.results.map((r) => [r.candidateId, r.line]));
      expect(structured.data.provenance.source).toMatchObject({
        file: doc.file,
        sha256: contest.source.sha256,
      });
      expect(structured.meta).toEqual({ stored: false, credits: [structured.data.provenance.credit] });
      const stored = await call(`/v1/contests/${contest.id}`);
      if (!contests.some((c) => c.id === contest.id)) expect(stored.status).toBe(404);
    },
  );

  it('gives the parser’s error, code and line, for a document it cannot read', async () => {
    const cases: [string, RegExp][] = [
      ['\n\n   \n', /^document-empty: .*\(line 0\)$/],
      [
        '= 2004 Iowa Democratic presidential caucuses =\n\x00\x01\x02\x00 binary',
        /^document-binary: .*\(line 2\)$/,
      ],
      ['Just some prose about an election.\n', /^title-missing: .*\(line 1\)$/],
      ['https://en.wikipedia.org/wiki/2004_Iowa_Democratic_presidential_caucuses', /^title-missing: /],
      ['= 2004 Iowa Democratic presidential caucuses =\nNo table here.\n', /^results-table-missing: /],
    ];
    for (const [text, message] of cases) {
      const result = await callTool('audit_document', { text });
      expect(result.isError, text).toBe(true);
      expect(result.structuredContent).toBeUndefined();
      expect(result.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(message) });
      const body = result.content[1];
      expect(body?.type === 'text' && JSON.parse(body.text).error.code).toBe(
        message.source.slice(1).split(':')[0],
      );
    }
  });

  it('refuses a document over the size limit with document-too-large', async () => {
    const doc = generateDocument(DEFAULT_SEED, 0).text;
    // Two-byte characters: under the limit in characters, over it in UTF-8 bytes.
    const text = `${doc}\n${'é'.repeat(300 * 1024)}`;
    const result = await callTool('audit_document', { text });
    expect(result.isError).toBe(true);
    expect(result.content[0]).toMatchObject({
      text: expect.stringMatching(/^document-too-large: The document is \d+ bytes/),
    });
    const longer = await callTool('audit_document', { text: 'x'.repeat(600 * 1024) });
    expect(longer.isError).toBe(true);
    expect(JSON.stringify(longer.content)).toMatch(/Too big|too_big|at most/i);
  });
});

describe('arguments refused', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['search', {}, /query/],
    ['search', { query: '!!!' }, /1 to 8 terms/],
    ['search', { query: 'a'.repeat(101) }, /at most 100 characters/],
    ['search', { query: 'kerry', limit: 0 }, /limit/],
    ['search', { query: 'kerry', limit: 2.5 }, /limit/],
    ['search', { query: 'kerry', url: 'https://example.com' }, /Unrecognized key.*url/],
    ['get_contest', { id: 'ND' }, /lower-case letters/],
    ['get_contest', { id: 'x'.repeat(101) }, /at most 100 characters/],
    ['get_contest', { id: '2099-zz-democratic-caucus' }, /^not-found: /],
    ['get_race', { id: 'democratic' }, /a year, a hyphen/],
    ['get_race', { id: '1900-whig' }, /^not-found: /],
    ['get_standings', { raceId: race.id, through: 'March 2004' }, /YYYY-MM-DD/],
    ['compare_candidates', { raceId: race.id, candidates: ['john-kerry'] }, /candidates/],
    [
      'compare_candidates',
      { raceId: race.id, candidates: Array.from({ length: 40 }, (_, i) => `c${i}`) },
      /more than the maximum of 32 elements/,
    ],
    ['get_delegate_model', { contestId: contests[0]?.id, threshold: 2 }, /threshold/],
    ['get_delegate_model', { contestId: contests[0]?.id, method: 'dhondt' }, /method/],
    ['audit_document', { text: '' }, /text/],
    ['audit_document', { text: 5 }, /text/],
    ['audit_document', { text: 'x', file: '../../etc/passwd' }, /a file name of letters/],
    ['no_such_tool', {}, /Tool no_such_tool not found/],
  ];
  it.each(cases)('%s %j is a tool error naming what is wrong', async (name, args, message) => {
    const result = await callTool(name, args);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    const first = result.content[0];
    expect(first?.type === 'text' && first.text).toMatch(message);
  });
});
