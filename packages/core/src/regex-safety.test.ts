import { readdirSync, readFileSync } from 'node:fs';
import { check } from 'recheck';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { STATE_PATTERN } from './parse/states.js';

/** Every regular expression literal in the core's non-test sources, with where it stands. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const dir = new URL('./', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('fixtures'),
  );
  const out: { where: string; source: string; flags: string }[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
        out.push({
          where: `${file}:${line + 1}`,
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

test('every regular expression in the core is safe from catastrophic backtracking (recheck)', async () => {
  const regexes = [
    ...regexLiterals(),
    { where: 'parse/states.ts STATE_PATTERN', source: STATE_PATTERN.source, flags: STATE_PATTERN.flags },
  ];
  expect(regexes.length).toBeGreaterThan(40);
  // One at a time: each check's timeout runs on the wall clock, so checks started together share it. The
  // longest check takes about 6 s on an idle core; the timeout leaves room for a machine running the whole
  // suite beside it (at 20 s a loaded run answered `unknown`, a timeout, for a safe expression).
  const results = [];
  for (const r of regexes)
    results.push({ ...r, result: await check(r.source, r.flags, { timeout: 90_000 }) });
  const unsafe = results
    .filter((r) => r.result.status !== 'safe')
    .map(
      (r) =>
        `${r.where} /${r.source}/${r.flags}: ${r.result.status}${r.result.status === 'vulnerable' ? ` (${r.result.complexity.type})` : ''}`,
    );
  expect(unsafe).toEqual([]);
}, 600_000);
