import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Contest } from '@tally/core';
import type { z } from 'zod';
import type { Meta } from '../api/links.js';
import { articleUrl, LICENSE } from '../api/provenance.js';
import type { McpMeta, ToolErrorBody } from './schemas.js';

// How a tool answers: the structured content its output schema declares, the same JSON as text (for clients
// that read only text) and the credit lines; or a tool error with a code, as the REST API's problems have.

/** The credit line of a Wikipedia article, as a contest's `provenance.credit` words it. */
export function articleCredit(title: string): string {
  return `From the Wikipedia article "${title}" (${articleUrl(title)}) by its contributors, under ${LICENSE}.`;
}

/** The credits a contest's figures are owed: its article, and OpenElections where its figures come from there. */
export function contestCredits(
  contest: Pick<Contest, 'title' | 'format' | 'source' | 'openElections'>,
): string[] {
  const fromCsv = contest.format === 'openelections-csv' || contest.openElections !== undefined;
  const credits = contest.format === 'openelections-csv' ? [] : [articleCredit(contest.title)];
  if (fromCsv) {
    credits.push(`Results from OpenElections (openelections.net), file ${contest.source.file}.`);
  }
  return credits;
}

/** The meta of an answer: the REST meta and the credits, each once, in the order first owed. */
export function metaWith(meta: Meta, credits: readonly string[]): z.infer<typeof McpMeta> {
  return { ...meta, credits: [...new Set(credits)] };
}

/** A tool's answer: the structured content, the same as JSON text, and the credits as a line of text. */
export function toolAnswer<T extends { meta: { credits: string[] } }>(structured: T): CallToolResult {
  const credits = structured.meta.credits;
  return {
    structuredContent: structured,
    content: [
      { type: 'text', text: JSON.stringify(structured) },
      ...(credits.length > 0
        ? [{ type: 'text' as const, text: `Credit: ${credits.join(' ')} Licence: ${LICENSE}.` }]
        : []),
    ],
  };
}

/**
 * A tool error: `isError` with the code and message as a sentence and as JSON. No structured content, which a
 * client would check against the tool's output schema.
 */
export function toolError(error: z.infer<typeof ToolErrorBody>['error']): CallToolResult {
  const where =
    error.line === undefined ? '' : ` (line ${error.line}${error.column ? `, column ${error.column}` : ''})`;
  return {
    isError: true,
    content: [
      { type: 'text', text: `${error.code}: ${error.message}${where}` },
      { type: 'text', text: JSON.stringify({ error }) },
    ],
  };
}
