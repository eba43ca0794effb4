import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type ListeningServer, listen } from './listen.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export type StaticServer = ListeningServer;

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Finds the file for a URL path: the file itself, or a folder's index.html; null when there is none. */
export async function resolveFile(
  root: string,
  pathname: string,
): Promise<{ file: string; redirect?: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? { file: index } : null;
  }
  if (await isFile(target)) return { file: target };
  if (await isFile(join(target, 'index.html'))) return { file: target, redirect: `${pathname}/` };
  return null;
}

/** Serves a built static site (GET and HEAD) on loopback; port 0 picks a free one. */
export function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await resolveFile(root, url.pathname);
    if (found?.redirect !== undefined) {
      response.writeHead(301, { location: found.redirect + url.search }).end();
      return;
    }
    const file = found?.file ?? join(root, '404.html');
    const status = found === null ? 404 : 200;
    if (!(await isFile(file))) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return listen(server, port, host);
}
