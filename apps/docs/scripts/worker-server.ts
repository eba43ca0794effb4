import { createServer } from 'node:http';
import { type ListeningServer, listen } from './listen.ts';
import { executionContext, type WorkerModule } from './worker-bundle.ts';

export type WorkerServer = ListeningServer;

/** Serves a Worker's fetch handler over HTTP on loopback (port 0 picks a free one), for clients such as curl. */
export function startWorkerServer(worker: WorkerModule, port = 0, host = '127.0.0.1'): Promise<WorkerServer> {
  const server = createServer(async (request, response) => {
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      }
      const url = new URL(request.url ?? '/', `http://${request.headers.host ?? `${host}:${port}`}`);
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.concat(chunks);
      const answer = await worker.fetch(
        new Request(url, { method: request.method, headers, body }),
        {},
        executionContext,
      );
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(request.method === 'HEAD' ? undefined : Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return listen(server, port, host);
}
