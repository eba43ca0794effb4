import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on loopback: its URL, and how to stop it (open connections included). */
export interface ListeningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts `server` on `host:port` (port 0 picks a free one) and resolves once it listens. */
export function listen(server: Server, port: number, host: string): Promise<ListeningServer> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({
        server,
        url: `http://${host}:${bound}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
