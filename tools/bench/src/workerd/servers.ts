import { type RunningServer, stopServer } from './process.ts';

/** The servers a run has started and not yet stopped, so each is stopped by its own handle, Ctrl-C included. */
export type Servers = {
  add(server: RunningServer): RunningServer;
  stop(server: RunningServer): Promise<void>;
  stopAll(): Promise<void>;
};

export function createServers(): Servers {
  const running = new Set<RunningServer>();
  return {
    add(server) {
      running.add(server);
      return server;
    },
    async stop(server) {
      running.delete(server);
      await stopServer(server);
    },
    async stopAll() {
      await Promise.all([...running].map((s) => stopServer(s)));
      running.clear();
    },
  };
}
