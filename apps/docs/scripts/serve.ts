// Serves the built site (dist/) on loopback and prints its URL: node scripts/serve.ts [--port 4321]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' } } });
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const site = await startStaticServer(dist, Number(values.port));
console.log(`Tally docs: ${site.url}/`);
const stop = () => void site.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
