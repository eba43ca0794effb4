import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireChromium } from './browser.js';

describe('requireChromium', () => {
  it('says to apt-get install chromium when there is no browser at the path', async () => {
    await expect(requireChromium('/nonexistent/chromium')).rejects.toThrow(
      "the browser tests need Debian's Chromium at /nonexistent/chromium, which is missing: apt-get install chromium",
    );
  });

  it('refuses a file that cannot be run', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tally-chromium-')), 'chromium');
    await writeFile(file, '', { mode: 0o644 });
    await expect(requireChromium(file)).rejects.toThrow('apt-get install chromium');
  });

  it('accepts an executable', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tally-chromium-')), 'chromium');
    await writeFile(file, '#!/bin/sh\n', { mode: 0o755 });
    await expect(requireChromium(file)).resolves.toBeUndefined();
  });
});
