import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { replaceSection, writeSection } from './results-file.ts';

test('adds a missing section at the end between its comments', () => {
  expect(replaceSection('# R\n', 'soak', '## Soak\n\n1 request')).toBe(
    '# R\n\n<!-- soak:start -->\n## Soak\n\n1 request\n<!-- soak:end -->\n',
  );
});

test('replaces only the named section', () => {
  const before =
    '# R\n\n<!-- fuzz:start -->\nold fuzz\n<!-- fuzz:end -->\n\n<!-- soak:start -->\nold soak\n<!-- soak:end -->\n';
  expect(replaceSection(before, 'fuzz', 'new fuzz')).toBe(
    '# R\n\n<!-- fuzz:start -->\nnew fuzz\n<!-- fuzz:end -->\n\n<!-- soak:start -->\nold soak\n<!-- soak:end -->\n',
  );
});

test('writes a new file with the header, then keeps the other sections on a rewrite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'results-file-'));
  try {
    const path = join(dir, 'RESULTS.md');
    await writeSection(path, 'fuzz', 'fuzz 1');
    await writeSection(path, 'soak', 'soak 1');
    await writeSection(path, 'fuzz', 'fuzz 2');
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('# Reliability results\n')).toBe(true);
    expect(text).toContain('<!-- fuzz:start -->\nfuzz 2\n<!-- fuzz:end -->');
    expect(text).toContain('<!-- soak:start -->\nsoak 1\n<!-- soak:end -->');
    expect(text).not.toContain('fuzz 1');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
