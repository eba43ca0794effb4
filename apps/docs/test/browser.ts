import { constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium (the repository's bootstrap installs it); never a browser download of Playwright's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with what to install when there is no Chromium to run at `path`. */
export async function requireChromium(path = chromiumPath): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new Error(
      `the browser tests need Debian's Chromium at ${path}, which is missing: apt-get install chromium ` +
        '(or run the tests through `npm test` at the repository root, whose bootstrap installs it)',
    );
  }
}

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One headless Chromium with a fresh profile in a temporary folder, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  await requireChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'tally-docs-chromium-'));
  // launchPersistentContext passes the profile folder as --user-data-dir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    offline: false,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
