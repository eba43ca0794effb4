import type { Context } from 'hono';
import type { z } from 'zod';
import { problem, type ValidationIssue } from '../http/problem.js';

/** Longest parameter name a problem repeats back. */
const MAX_NAME_LENGTH = 64;

function clip(text: string): string {
  return text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}...` : text;
}

/** zod's issues as the problem's `issues`: one per parameter, codes in kebab-case. */
export function toValidationIssues(
  error: z.ZodError,
  location: ValidationIssue['location'],
): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        location,
        name: clip(key),
        code: 'unrecognized-key',
        message: 'is not a parameter of this route',
      }));
    }
    const name = issue.path.length > 0 ? clip(issue.path.map(String).join('.')) : '(request)';
    return [{ location, name, code: issue.code.replaceAll('_', '-'), message: issue.message }];
  });
}

/** The validation hook of every route: a 400 problem naming each invalid parameter. */
export function invalidParameters(
  result: { target: string } & ({ success: true } | { success: false; error: z.ZodError }),
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const location = result.target === 'param' ? 'path' : 'query';
  const issues = toValidationIssues(result.error, location);
  const names = new Set(issues.map((issue) => issue.name));
  const [only] = names;
  const detail =
    names.size === 1
      ? `The ${location} parameter "${only}" is invalid: ${issues.map((issue) => issue.message).join('; ')}.`
      : `${names.size} ${location} parameters are invalid; see issues.`;
  return problem('invalid-parameter', c.req.url, detail, { issues });
}
