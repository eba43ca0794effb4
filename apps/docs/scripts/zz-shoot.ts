import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';

const site = await startStaticServer(new URL('../dist/', import.meta.url).pathname);
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless'],
});
for (const spec of process.argv.slice(2)) {
  const [rest, sel] = spec.split('#');
  const [path, w] = rest.split('@');
  const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await p.goto(site.url + path);
  const name =
    (path.replace(/\//g, '_') || 'root') +
    '-' +
    (w ?? 1280) +
    (sel ? '-' + sel.replace(/[^a-z0-9]/gi, '') : '');
  if (sel)
    await p
      .locator(sel)
      .first()
      .screenshot({ path: `/tmp/shots/${name}.png` });
  else await p.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(name, await p.title());
  await p.close();
}
await b.close();
await site.close();
