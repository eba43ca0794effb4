import { MAX_QUERY_STRING_LENGTH, MAX_URL_LENGTH } from '../http/guard.js';
import { PROBLEMS, type ProblemKind, problemType } from '../http/problem.js';
import { MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MAX_SEARCH_LIMIT } from './params.js';

const problemRows = Object.entries(PROBLEMS)
  .map(
    ([kind, { status, title }]) =>
      `| ${status} | [\`${problemType(kind as ProblemKind)}\`](${problemType(kind as ProblemKind)}) | ${title} |`,
  )
  .join('\n');

const DESCRIPTION = `Audited results of US presidential nominating contests, read from Wikipedia-style articles and
OpenElections results files.

**Races.** A contest belongs to a race: one party's nomination in one year (\`2004-democratic\`). Tallies,
standings and running totals are always one race's own: figures are never added across races.

**Reporting units.** A contest read from results files has units (counties, parishes, towns, wards, precincts):
\`/v1/contests/{id}/units\`, filtered by \`type\` and \`name\`, JSON or CSV, and one unit with its rows. The bundled
deployment holds each contest's coarsest units, the D1 deployment every unit.

**One envelope.** Every JSON answer (but this document) is \`{ data, links, meta }\`: \`data\` the resource or
the page's items, \`links.self\` its path (a page adds \`first\`, \`prev\`, \`next\`), \`meta\` the data
version and the credit (a page adds \`meta.page\`: \`limit\`, \`total\`, \`nextCursor\`). A candidate is
\`{ id, name, kind }\` wherever one is named; a list item has the same fields as the start of its resource.

**Read-only.** Every route answers \`GET\` and \`HEAD\`; \`OPTIONS\` answers CORS preflights (any origin).
Other methods get 405 with \`Allow: GET, HEAD, OPTIONS\`.

**Caching.** Data responses carry a strong \`ETag\` (the data version and a digest of the body) and
\`Cache-Control: public, max-age=300, stale-while-revalidate=86400\`. \`If-None-Match\` (weak comparison;
\`*\`) gives 304; \`If-Match\` that is not \`*\` and lists no strong tag equal to the current one gives 412.
Only well-formed entity tags match: \`"..."\` or \`W/"..."\` with an upper-case \`W\`; a malformed field matches
nothing.

**Parameters.** Each is given at most once: a repeated parameter is refused (400, code \`repeated\`). Unknown
query parameters are refused (400), so a misspelt filter never returns everything. Integers are decimal digits
only (\`limit=0x10\`, \`year=2e3\`, \`limit=+5\` are 400), as each parameter's pattern states. A cursor is the
position of a page's first item, as \`meta.page.nextCursor\` gives it.

**Limits.** Path and query up to ${MAX_URL_LENGTH} characters (else 414), the query string up to
${MAX_QUERY_STRING_LENGTH} (else 400); pages of 1 to ${MAX_PAGE_SIZE} items;
search queries up to ${MAX_QUERY_LENGTH} characters (code points) and 1 to ${MAX_QUERY_TERMS} terms (runs of
letters or digits), 1 to ${MAX_SEARCH_LIMIT} hits of each kind.

**Errors** are RFC 9457 problem details (\`application/problem+json\`) with a stable \`type\`: a path of this
service (relative to the request's origin) whose page, on the docs site served beside the API, says when the problem
is sent and what to do:

| Status | type | title |
| --- | --- | --- |
${problemRows}

**Credit.** The figures come from English Wikipedia articles (CC BY-SA 4.0) and OpenElections results files
(openelections.net): every data response carries an \`attribution\` naming the kinds of source its figures come
from (\`sources\`), a contest's \`provenance\` names each of its source documents with its credit (the article, or
the file's repository, path and commit), and a unit's names its file and rows.`;

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
      { name: 'races', description: 'One party’s nomination in one year, with its contests and standings.' },
      { name: 'contests', description: 'One nominating contest each.' },
      { name: 'candidates', description: 'Candidates across contests.' },
      { name: 'tally', description: 'Totals of the contests a filter selects, race by race.' },
      { name: 'search', description: 'Find contests and candidates by name.' },
      { name: 'service', description: 'The service itself.' },
    ],
  };
}
