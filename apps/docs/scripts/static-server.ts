import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { type ListeningServer, listen } from './listen.ts';

export type StaticServer = ListeningServer;

/**
 * Serves a built static site on loopback with sirv (what `vite preview`, so `astro preview`, serves with):
 * the files found when it starts, a folder by its index.html, anything else with the site's 404.html and
 * status 404; GET and HEAD only. Port 0 picks a free one.
 */
export function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir);
  const notFound = join(root, '404.html');
  const serve = sirv(root, {
    onNoMatch: (_request, response) => {
      if (!existsSync(notFound)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(notFound).pipe(response);
    },
  });
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    serve(request, response);
  });
  return listen(server, port, host);
}
