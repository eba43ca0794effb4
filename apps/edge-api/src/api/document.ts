import { MAX_QUERY_STRING_LENGTH, MAX_URL_LENGTH } from '../http/guard.js';
import { PROBLEM_BASE, PROBLEMS } from '../http/problem.js';
import { MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MAX_SEARCH_LIMIT } from './params.js';

const problemRows = Object.entries(PROBLEMS)
  .map(([kind, { status, title }]) => `| ${status} | \`${PROBLEM_BASE}${kind}\` | ${title} |`)
  .join('\n');

const DESCRIPTION = `Audited results of US presidential nominating contests, read from Wikipedia-style articles.

**Read-only.** Every route answers \`GET\` and \`HEAD\`; \`OPTIONS\` answers CORS preflights (any origin).
Other methods get 405 with \`Allow: GET, HEAD, OPTIONS\`.

**Caching.** Data responses carry a strong \`ETag\` (the data version and a digest of the body) and
\`Cache-Control: public, max-age=300, stale-while-revalidate=86400\`; send \`If-None-Match\` for a 304.

**Limits.** Path and query up to ${MAX_URL_LENGTH} characters (else 414), the query string up to
${MAX_QUERY_STRING_LENGTH} (else 400); pages of 1 to ${MAX_PAGE_SIZE} items;
search queries up to ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_TERMS} terms, 1 to ${MAX_SEARCH_LIMIT} hits
of each kind. Unknown query parameters are refused (400), so a misspelt filter never returns everything.

**Errors** are RFC 9457 problem details (\`application/problem+json\`) with a stable \`type\`:

| Status | type | title |
| --- | --- | --- |
${problemRows}

**Credit.** The figures come from English Wikipedia articles (CC BY-SA 4.0): every data response carries
an \`attribution\`, and a contest's \`provenance\` names its article, source file and digest.`;

/** The fixed parts of the OpenAPI document; the paths and schemas come from the routes. */
export function documentConfig(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tally API',
      version,
      description: DESCRIPTION,
      license: { name: 'MIT (code); the data is CC BY-SA 4.0', identifier: 'MIT' },
    },
    tags: [
      { name: 'contests', description: 'One nominating contest each.' },
      { name: 'candidates', description: 'Candidates across contests.' },
      { name: 'tally', description: 'Totals across contests.' },
      { name: 'search', description: 'Find contests and candidates by name.' },
      { name: 'service', description: 'The service itself.' },
    ],
  };
}
