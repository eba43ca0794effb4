import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { contests, races } from '@tally/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/worker.js';
import { connectClient } from './test-client.js';

// Contests and races as resources, and the prompts that hand them to an assistant: read with the official client
// and checked against the tools and the REST API.

let client: Client;
beforeAll(async () => {
  client = await connectClient();
});
afterAll(async () => {
  await client.close();
});

async function restData(path: string): Promise<unknown> {
  const response = await call(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: unknown }).data;
}

async function readJson(uri: string): Promise<{ data: unknown; meta: { credits: string[] } }> {
  const { contents } = await client.readResource({ uri });
  expect(contents).toHaveLength(1);
  const [content] = contents;
  expect(content).toMatchObject({ uri, mimeType: 'application/json' });
  return JSON.parse(content && 'text' in content ? content.text : '{}');
}

describe('resources', () => {
  it('has a template for contests and one for races', async () => {
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => [t.name, t.uriTemplate])).toEqual([
      ['contest', 'tally://contests/{id}'],
      ['race', 'tally://races/{id}'],
    ]);
  });

  it('lists every contest and race of the data by URI', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(
      [
        ...contests.map((c) => `tally://contests/${c.id}`),
        ...races.map((r) => `tally://races/${r.id}`),
      ].sort(),
    );
    const nd = resources.find((r) => r.uri.endsWith('2004-nd-democratic-caucus'));
    expect(nd).toMatchObject({
      title: '2004 North Dakota Democratic presidential caucuses',
      mimeType: 'application/json',
    });
  });

  it.each(contests.map((c) => c.id))('reads tally://contests/%s as get_contest answers it', async (id) => {
    const resource = await readJson(`tally://contests/${id}`);
    const tool = await client.callTool({ name: 'get_contest', arguments: { id } });
    expect(resource).toEqual(tool.structuredContent);
    expect(resource.data).toEqual(await restData(`/v1/contests/${id}`));
    expect(resource.meta.credits.length).toBeGreaterThan(0);
  });

  it.each(races.map((r) => r.id))('reads tally://races/%s as GET /v1/races/{id} answers it', async (id) => {
    const resource = await readJson(`tally://races/${id}`);
    expect(resource.data).toEqual(await restData(`/v1/races/${id}`));
  });

  it.each([
    'tally://contests/2099-zz-democratic-caucus',
    'tally://contests/NOT%20AN%20ID',
    'tally://races/1900-whig',
  ])('says %s is not found, with the resource-not-found code', async (uri) => {
    const error = await client.readResource({ uri }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect(error).toMatchObject({ code: -32002, message: expect.stringContaining('Resource not found') });
  });

  it('says a URI no template matches is not found', async () => {
    const error = await client.readResource({ uri: 'https://example.com/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
  });

  it('completes contest ids from what the search finds, and race ids by prefix', async () => {
    const contest = await client.complete({
      ref: { type: 'ref/resource', uri: 'tally://contests/{id}' },
      argument: { name: 'id', value: 'north dakota' },
    });
    expect(contest.completion.values).toEqual(['2004-nd-democratic-caucus']);
    const race = races[0];
    const raceIds = await client.complete({
      ref: { type: 'ref/resource', uri: 'tally://races/{id}' },
      argument: { name: 'id', value: race?.id.slice(0, 3) ?? '' },
    });
    expect(raceIds.completion.values).toContain(race?.id);
    const nothing = await client.complete({
      ref: { type: 'ref/resource', uri: 'tally://contests/{id}' },
      argument: { name: 'id', value: '!!!' },
    });
    expect(nothing.completion.values).toEqual([]);
  });
});

describe('prompts', () => {
  it('offers a race summary and a contest audit explanation', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => [p.name, p.arguments?.map((a) => [a.name, a.required])])).toEqual([
      ['summarise_race', [['raceId', true]]],
      ['explain_contest_audit', [['contestId', true]]],
    ]);
  });

  it.each(races.map((r) => r.id))(
    'summarise_race %s embeds the race resource and asks for its caveats',
    async (id) => {
      const prompt = await client.getPrompt({ name: 'summarise_race', arguments: { raceId: id } });
      const [resource, text] = prompt.messages;
      expect(resource?.content).toMatchObject({ type: 'resource', resource: { uri: `tally://races/${id}` } });
      const embedded = resource?.content.type === 'resource' ? resource.content.resource : undefined;
      expect(JSON.parse(embedded && 'text' in embedded ? embedded.text : '{}')).toEqual(
        await readJson(`tally://races/${id}`),
      );
      expect(text?.content).toMatchObject({ type: 'text', text: expect.stringContaining('voteUnit') });
      expect(text?.content).toMatchObject({ text: expect.stringContaining('meta.credits') });
    },
  );

  it.each(contests.map((c) => c.id))(
    'explain_contest_audit %s embeds the contest with its findings',
    async (id) => {
      const prompt = await client.getPrompt({ name: 'explain_contest_audit', arguments: { contestId: id } });
      expect(prompt.messages[0]?.content).toMatchObject({
        type: 'resource',
        resource: { uri: `tally://contests/${id}` },
      });
    },
  );

  it('refuses an unknown or malformed id with invalid params', async () => {
    for (const raceId of ['1900-whig', 'whig']) {
      const error = await client
        .getPrompt({ name: 'summarise_race', arguments: { raceId } })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: -32602 });
    }
  });
});
