import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Results = {
  data: { terms: string[]; contests: { id: string }[]; candidates: { id: string; name: string }[] };
};

async function search(q: string, extra = ''): Promise<Results['data']> {
  const response = await call(`/v1/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return ((await expectDeclared(response, '/v1/search')) as Results).data;
}
const ids = (r: Results['data']) => [...r.contests.map((c) => c.id), ...r.candidates.map((c) => c.id)];

describe('GET /v1/search', () => {
  it('finds a candidate by surname, in any case or accent, named as every answer names one', async () => {
    expect(ids(await search('kerry'))).toEqual(['john-kerry']);
    expect(ids(await search('KÉRRY'))).toEqual(['john-kerry']);
    expect((await search('KÉRRY')).terms).toEqual(['kerry']);
    expect((await search('kerry')).candidates[0]).toMatchObject({
      id: 'john-kerry',
      name: 'John Kerry',
      kind: 'candidate',
    });
  });

  it('finds a contest by state name, abbreviated name or code', async () => {
    expect(ids(await search('N. Dakota'))).toEqual(['2004-nd-democratic-caucus']);
    expect(ids(await search('nd'))).toEqual(['2004-nd-democratic-caucus']);
    expect(ids(await search('north car'))).toEqual(['2004-nc-democratic-caucus']);
  });

  it('ranks whole-name matches first and honours limit', async () => {
    const north = await search('north');
    expect(north.contests.map((c) => c.id).sort()).toEqual([
      '2004-nc-democratic-caucus',
      '2004-nd-democratic-caucus',
    ]);
    // Equal matches come in candidate order (by id): Edwards before Kerry.
    expect(ids(await search('john', '&limit=1'))).toEqual(['john-edwards']);
  });

  it('finds nothing for a name that is not there', async () => {
    expect(ids(await search('lincoln'))).toEqual([]);
  });

  it('counts the length in characters, as JSON Schema does, not in UTF-16 units', async () => {
    // 60 astral letters and 40 ASCII: 100 characters, 160 UTF-16 units.
    const q = `${'\u{1D400}'.repeat(60)}${'a'.repeat(40)}`;
    expect((await call(`/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    const longer = await call(`/v1/search?q=${encodeURIComponent(`${q}a`)}`);
    expect(((await expectDeclared(longer, '/v1/search')) as { type: string }).type).toBe(
      '/problems/invalid-parameter/',
    );
  });

  it.each([
    ['', 'q', 'custom'],
    ['...', 'q', 'custom'],
    ['a'.repeat(101), 'q', 'custom'],
    ['a b c d e f g h i', 'q', 'custom'],
  ])('refuses q=%j with a 400 problem', async (q, name, code) => {
    const response = await call(`/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/search')) as { issues: unknown[] };
    expect(body.issues).toContainEqual(expect.objectContaining({ location: 'query', name, code }));
  });

  it('accepts exactly what the pattern the document states accepts', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: { pattern: string } }[] } }>;
    };
    const q = doc.paths['/v1/search']?.get.parameters.find((p) => p.name === 'q');
    const pattern = new RegExp(q?.schema.pattern ?? '$^', 'u');
    for (const text of [
      'kerry',
      'a b c d e f g h',
      'a b c d e f g h i',
      '...',
      '¡Kerry!',
      '\u0301',
      '2004',
    ]) {
      const status = (await call(`/v1/search?q=${encodeURIComponent(text)}`)).status;
      expect([text, status]).toEqual([text, pattern.test(text) ? 200 : 400]);
    }
  });

  it('refuses a missing q and a limit over 50, or not in decimal digits', async () => {
    for (const query of ['', '?q=kerry&limit=51', '?q=kerry&limit=0x10', '?q=kerry&limit=1e1']) {
      const response = await call(`/v1/search${query}`);
      expect(response.status).toBe(400);
      await expectDeclared(response, '/v1/search');
    }
  });
});
