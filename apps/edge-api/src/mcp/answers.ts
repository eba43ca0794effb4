import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Contest } from '@tally/core';
import type { z } from 'zod';
import type { Meta } from '../api/links.js';
import { LICENSE } from '../api/provenance.js';
import { contestCredit } from '../api/resources.js';
import type { DataStore } from '../store/data-store.js';
import type { McpMeta, ToolErrorBody } from './schemas.js';

// How a tool answers: the structured content its output schema declares, the same JSON as text (for clients
// that read only text) and the credit lines; or a tool error with a code, as the REST API's problems have.

/** The credits a contest's figures are owed: its provenance's credit line (each source's, else its article's). */
export function contestCredits(contest: Pick<Contest, 'title' | 'sources'>): string[] {
  return [contestCredit(contest)];
}

/** The credits of the contests given, in their order: each contest's credit line, read from the store. */
export async function creditsOf(store: DataStore, ids: readonly string[]): Promise<string[]> {
  const records = await Promise.all(ids.map((id) => store.getContest(id)));
  return records.flatMap((record) => (record ? contestCredits(record.contest) : []));
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
