#!/usr/bin/env node
// Runs the built CLI with whatever `node` runs it (`npm run tally` uses the system's, which may be older than the
// project's Node 24: the built CLI keeps to what Node 20 has, and tally-bin.test.ts runs it so).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('tally: the core is not built yet; run `npm test` or `npm start` once first.\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2), { cwd: process.env.INIT_CWD ?? process.cwd() });
