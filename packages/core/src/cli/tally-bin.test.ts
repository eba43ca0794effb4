import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CORE_DIR, FIXTURES, runCli, SEEDS } from './fixtures/run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/tally.js', import.meta.url));
const BUILT = new URL('../../dist/cli/main.js', import.meta.url);
// The machine's own Node (20 here), as `npm run tally` from a plain shell uses it; else this one.
const NODE = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;

/** Runs bin/tally.js as a plain shell would, without the INIT_CWD that npm or pnpm set. */
function spawnTally(args: string[], options: { cwd: string; initCwd?: string }) {
  const { INIT_CWD: _, ...env } = process.env;
  return spawnSync(NODE, [BIN, ...args], {
    cwd: options.cwd,
    env: options.initCwd === undefined ? env : { ...env, INIT_CWD: options.initCwd },
    encoding: 'utf8',
  });
}

describe('bin/tally.js on the system Node, against the built dist', () => {
  test('parse SEED MISSING prints what main prints in-process and exits 1', async () => {
    expect(
      existsSync(BUILT),
      'dist/cli/main.js is missing: build first with `pnpm --filter @tally/core build`',
    ).toBe(true);
    const r = spawnTally(['parse', SEEDS.nd, FIXTURES.missing], { cwd: CORE_DIR });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((e: { id?: string; file?: string }) => e.id ?? e.file)).toEqual([
      '2004-nd-democratic-caucus',
      FIXTURES.missing,
    ]);
    expect(out[0].totals).toMatchObject({ votes: 10558, delegates: 14, line: 58 });
    expect(out[1].error.code).toBe('file-unreadable');
    expect(r.stdout, 'dist/ is older than src/: rebuild with `pnpm --filter @tally/core build`').toBe(
      (await runCli(['parse', SEEDS.nd, FIXTURES.missing])).stdout,
    );
  });

  test('reads paths from INIT_CWD, where `npm run tally` was typed, not from the repository root', () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const r = spawnTally(['audit', '--json', SEEDS.nd], { cwd: root, initCwd: CORE_DIR });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: SEEDS.nd, id: '2004-nd-democratic-caucus' });
  });

  test('a usage error is exit 2 on stderr', () => {
    const r = spawnTally(['frobnicate'], { cwd: CORE_DIR });
    expect([r.status, r.stdout, r.stderr.split('\n')[0]]).toEqual([
      2,
      '',
      'tally: unknown command "frobnicate"; the commands are parse, audit, tally.',
    ]);
  });
});
