import type { MiddlewareHandler } from 'hono';
import { problem } from '../http/problem.js';

/** Longest parameter name a problem repeats back. */
const MAX_NAME_LENGTH = 64;

/**
 * Refuses a query that gives one parameter more than once (`?year=2004&year=2008`): every parameter of the
 * API takes one value, and which of two a server would read is a guess no client should depend on.
 */
export function repeatedParameters(): MiddlewareHandler {
  return async (c, next) => {
    const counts = new Map<string, number>();
    for (const key of new URL(c.req.url).searchParams.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1);
    if (repeated.length === 0) return next();
    const issues = repeated.map(([name, n]) => ({
      location: 'query' as const,
      name: name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}...` : name,
      code: 'repeated',
      message: `is given ${n} times: give it once`,
    }));
    const [first] = issues;
    const detail =
      issues.length === 1 && first
        ? `The query parameter "${first.name}" ${first.message}.`
        : `${issues.length} query parameters are given more than once; see issues.`;
    return problem('invalid-parameter', c.req.url, detail, { issues });
  };
}
