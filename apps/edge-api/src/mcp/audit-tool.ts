import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { modelDelegates, parseContestAsync, summarizeContest, tallyContest, withAudit } from '@tally/core';
import { contestDetail } from '../api/resources.js';
import { READ_ONLY } from './annotations.js';
import { contestCredits, toolAnswer, toolError } from './answers.js';
import { MAX_AUDIT_DOCUMENT_BYTES } from './limits.js';
import { AuditAnswer, AuditArguments } from './schemas.js';
import type { ListedTool } from './tool-list.js';

const encoder = new TextEncoder();

/**
 * `audit_document`: the core's parser and audit over a document the caller passes, inside the Worker. The
 * answer is the contest as `get_contest` would give it had the document been in the data; nothing is kept.
 */
export function registerAuditTool(server: McpServer): ListedTool {
  return [
    'audit_document',
    server.registerTool(
      'audit_document',
      {
        title: 'Audit an article',
        description:
          'Parse and audit the text of one article about a US presidential nominating contest (a Wikipedia ' +
          'article of the family Tally reads, title line first) and answer as get_contest does: the contest, its ' +
          'rows with their source lines, and every audit finding (code, severity, message and the lines it ' +
          'compares). A document that cannot be read gives an error with its code and line (document-empty, ' +
          `document-binary, title-missing, results-table-missing, ...). At most ${MAX_AUDIT_DOCUMENT_BYTES / 1024} ` +
          'KiB; nothing is fetched (pass text, not a URL) and nothing is stored.',
        inputSchema: AuditArguments,
        outputSchema: AuditAnswer,
        annotations: READ_ONLY,
      },
      async ({ text, file }) => {
        const bytes = encoder.encode(text).byteLength;
        if (bytes > MAX_AUDIT_DOCUMENT_BYTES) {
          return toolError({
            code: 'document-too-large',
            message: `The document is ${bytes} bytes in UTF-8; audit_document reads at most ${MAX_AUDIT_DOCUMENT_BYTES}.`,
            line: 0,
          });
        }
        // Web Crypto's SHA-256: the Worker has no synchronous native one (no nodejs_compat).
        const parsed = await parseContestAsync(text, { file: file ?? 'document.txt' });
        if (!parsed.ok) return toolError(parsed.error);
        const contest = withAudit(parsed.contest);
        const data = contestDetail({
          contest,
          summary: summarizeContest(contest),
          tally: tallyContest(contest),
          delegateModel: modelDelegates(contest),
        });
        return toolAnswer({ data, meta: { stored: false as const, credits: contestCredits(contest) } });
      },
    ),
  ];
}
