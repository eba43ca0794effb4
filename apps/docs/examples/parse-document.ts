// Parse and audit one source document with the core library, then tally it.
// Run from the repository root, on Node 24: node apps/docs/examples/parse-document.ts packages/data/sources/FILE.txt
import { readFile } from 'node:fs/promises';
import { type Contest, parseContest, tallyContest, withAudit } from '@tally/core';

export async function readContest(path: string): Promise<Contest> {
  const result = parseContest(await readFile(path), { file: path });
  if (!result.ok) {
    const { code, message, line } = result.error;
    throw new Error(`${path}:${line}: ${code}: ${message}`);
  }
  return withAudit(result.contest);
}

if (import.meta.main) {
  const path = process.argv[2];
  if (path === undefined) throw new Error('usage: node parse-document.ts FILE.txt');
  const contest = await readContest(path);
  const { winner, margin, outcome, undetermined } = tallyContest(contest);
  console.log(`${contest.id} (${contest.date}, race ${contest.raceId}): ${contest.results.length} rows`);
  // No winner is never the next candidate: say why the figures name none.
  console.log(
    winner
      ? `winner: ${winner.candidate}, by ${margin?.points.toFixed(2) ?? '?'} points`
      : `no winner (${outcome})${undetermined ? `: ${undetermined.reason}` : ''}`,
  );
  for (const finding of contest.findings) {
    console.log(
      `${finding.severity} ${finding.code} (lines ${finding.lines.join(', ')}): ${finding.message}`,
    );
  }
}
