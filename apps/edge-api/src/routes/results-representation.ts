import { type ResultRecord, resultsCsv, type SourceKind } from '@tally/core';
import type { Context } from 'hono';
import type { Deps } from '../api/deps.js';
import { LICENSE_URL } from '../api/provenance.js';
import { CSV_TYPE, JSON_TYPE } from '../api/responses.js';
import { negotiate } from '../http/negotiate.js';
import { sendRepresentation } from '../http/representations.js';

/** Which results representation a request asks for: `?format` wins over `Accept`; JSON by default. */
export function wantsCsv(c: Context, format: 'json' | 'csv' | undefined): boolean {
  return (
    format === 'csv' ||
    (format === undefined &&
      negotiate(c.req.header('accept'), ['application/json', 'text/csv']) === 'text/csv')
  );
}

/**
 * Result rows as JSON (`{ data, links, meta }`) or as CSV in the one results layout, with a file name and the
 * licence link (CSV has no room for the credit line). Both vary on Accept.
 */
export async function sendResults(
  c: Context,
  { cache, metaFor }: Deps,
  options: {
    path: string;
    csv: boolean;
    fileName: string;
    links: { race: string; contest: string | null };
    describedBy?: string;
    /** The kinds of source the rows come from, which the credit names (every kind the package holds if not given). */
    kinds?: Iterable<SourceKind>;
    rows: () => Promise<ResultRecord[]>;
  },
): Promise<Response> {
  const { path, csv } = options;
  const representation = csv
    ? await cache.get(`${path}.csv`, CSV_TYPE, async () => resultsCsv(await options.rows()))
    : await cache.get(`${path}.json`, JSON_TYPE, async () =>
        JSON.stringify({
          data: await options.rows(),
          links: { self: path, csv: `${path}?format=csv`, ...options.links },
          meta: metaFor(options.kinds),
        }),
      );
  const link = `<${LICENSE_URL}>; rel="license"${options.describedBy ? `, <${options.describedBy}>; rel="describedby"` : ''}`;
  const headers = csv
    ? { link, 'content-disposition': `attachment; filename="${options.fileName}"` }
    : undefined;
  return sendRepresentation(c.req.raw, representation, { vary: 'Accept', ...(headers ? { headers } : {}) });
}
