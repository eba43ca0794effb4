#!/usr/bin/env node
// Runs the built CLI; it must work on the system's Node 20 once the workspace is built.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('tally: the core is not built yet; run `npm test` or `npm start` once first.\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2), { cwd: process.env.INIT_CWD ?? process.cwd() });
