import { describe, expect, it } from 'vitest';
import { inertJson, instanceOf, problem } from './problem.js';

describe('instanceOf', () => {
  it('gives the path as sent, without the query', () => {
    expect(instanceOf('http://x/v1/contests/%3Cb%3E?q=1')).toBe('/v1/contests/%3Cb%3E');
  });

  it('cuts a long path to 256 characters', () => {
    const path = `/${'a'.repeat(300)}`;
    expect(instanceOf(`http://x${path}`)).toBe(`${path.slice(0, 256)}...`);
  });
});

describe('inertJson', () => {
  it('escapes markup characters and keeps the value', () => {
    const value = { name: '<script>alert("&")</script>' };
    const text = inertJson(value);
    expect(text).toBe('{"name":"\\u003cscript\\u003ealert(\\"\\u0026\\")\\u003c/script\\u003e"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('problem', () => {
  it('is an uncached RFC 9457 problem with a stable type', async () => {
    const response = problem('query-too-long', 'http://x/v1/search?q=x', 'Too long.', {
      headers: { 'x-extra': '1' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-extra')).toBe('1');
    expect(await response.json()).toEqual({
      type: '/problems/query-too-long/',
      title: 'Query string too long',
      status: 400,
      detail: 'Too long.',
      instance: '/v1/search',
    });
  });

  it('adds the validation issues of a 400', async () => {
    const issues = [{ location: 'query' as const, name: 'limit', code: 'too-big', message: 'at most 100' }];
    const response = problem('invalid-parameter', 'http://x/v1/contests', 'Bad.', { issues });
    expect(((await response.json()) as { issues: unknown }).issues).toEqual(issues);
  });
});
