// A document near the parser's 4 MiB limit, parsed and audited inside workerd, the runtime that ships
// (a Worker has 128 MB): each shape whose peak memory the bench measures (`tools/bench`, "Peak memory of
// one document"), made by the generator and handed over as UTF-8 bytes, as a request body brings it.
import { auditContest, MAX_DOCUMENT_BYTES, parseContest, parseContestAsync, sha256Hex } from '@tally/core';
import { SCALING_SIZES, SHAPES, scalingDocument } from '@tally/corpus';
import { describe, expect, it } from 'vitest';

const LARGEST = SCALING_SIZES[SCALING_SIZES.length - 1] as number;
const RESULTS_HEADER = '| Candidate | Votes | % | Delegates |';

/** The candidate rows of the document's results table, counted from its text: header to Total row. */
function candidateRows(text: string): number {
  const lines = text.split('\n');
  const header = lines.indexOf(RESULTS_HEADER);
  let rows = 0;
  for (let i = header + 1; i < lines.length && !(lines[i] as string).startsWith('| Total'); i++) rows++;
  return rows;
}

describe('a document of about 4 MiB, inside the Worker runtime', () => {
  it.each(SHAPES)(
    'grown by %s: read to every row, hashed by Web Crypto, and audited',
    async (shape) => {
      const text = scalingDocument(shape, LARGEST);
      const bytes = new TextEncoder().encode(text);
      expect(bytes.byteLength).toBeGreaterThan(3.5 * 2 ** 20);
      expect(bytes.byteLength).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);

      const parsed = await parseContestAsync(bytes, { file: `${shape}.txt` });
      if (!parsed.ok)
        throw new Error(
          `${shape}: ${parsed.error.code} at line ${parsed.error.line}: ${parsed.error.message}`,
        );
      const { contest } = parsed;
      expect(contest.results).toHaveLength(candidateRows(text));
      expect(contest.source.bytes).toBe(bytes.byteLength);
      expect(contest.source.lines).toBe(text.split('\n').length - 1);
      // Web Crypto's digest, the same as the synchronous hash's: workerd's node:crypto here (the test pool
      // runs with nodejs_compat), the JavaScript one in a Worker deployed without it.
      expect(contest.source.sha256).toBe(sha256Hex(bytes));

      const findings = auditContest(contest);
      for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
      expect(findings.every((f) => f.line <= contest.source.lines)).toBe(true);
    },
    180_000,
  );

  it('reads the same contest either way: the hash is the only part that is asynchronous', async () => {
    const bytes = new TextEncoder().encode(scalingDocument('tables', 2 ** 20));
    const sync = parseContest(bytes, { file: 'tables.txt' });
    const async = await parseContestAsync(bytes, { file: 'tables.txt' });
    expect(async).toEqual(sync);
  });
});
