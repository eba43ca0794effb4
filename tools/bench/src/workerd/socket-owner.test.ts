import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { childPids, listeningInode, socketOwner } from './socket-owner.ts';

const PROC_NET_TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:8A3B 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 51234 1 0000000000000000 100 0 0 10 0
   1: 0100007F:A2F1 0100007F:8A3B 01 00000000:00000000 00:00000000 00000000     0        0 51299 1 0000000000000000 20 4 30 10 -1
   2: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 40001 1 0000000000000000 100 0 0 10 0
`;

describe('listeningInode', () => {
  it('finds the listening socket of a port, not a connection to it', () => {
    expect(listeningInode(PROC_NET_TCP, 0x8a3b)).toBe('51234');
    expect(listeningInode(PROC_NET_TCP, 8080)).toBe('40001');
  });

  it('gives null for a port nothing listens on', () => {
    expect(listeningInode(PROC_NET_TCP, 0xa2f1)).toBeNull();
  });
});

describe('socketOwner', () => {
  it('names this process as the owner of a socket it listens on', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      expect(await socketOwner(port, [process.pid])).toEqual({
        pid: process.pid,
        command: expect.any(String),
      });
      expect(await socketOwner(port, [])).toBeNull();
    } finally {
      server.close();
    }
  });
});

describe('childPids', () => {
  it('gives nothing for a process that has exited', async () => {
    expect(await childPids(2 ** 22 + 1)).toEqual([]);
  });
});
