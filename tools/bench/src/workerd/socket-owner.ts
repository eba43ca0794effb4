import { readdir, readFile, readlink } from 'node:fs/promises';

/** The process holding a listening socket: its pid and its command name (`/proc/<pid>/comm`). */
export type SocketOwner = { pid: number; command: string };

const LISTEN = '0A';

/**
 * The inode of the socket listening on `port`, from the text of `/proc/net/tcp` (or `tcp6`): each line
 * has the local address as `hex-ip:hex-port`, the state (`0A` is LISTEN) and the inode in the tenth column.
 */
export function listeningInode(procNetTcp: string, port: number): string | null {
  for (const line of procNetTcp.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const local = fields[1];
    if (!local || fields[3] !== LISTEN) continue;
    if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port) return fields[9] ?? null;
  }
  return null;
}

/** The children of `pid` (Linux `/proc/<pid>/task/<tid>/children`). */
export async function childPids(pid: number): Promise<number[]> {
  const pids: number[] = [];
  try {
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8');
      for (const child of text.trim().split(/\s+/)) if (child) pids.push(Number(child));
    }
  } catch {
    // The process has exited.
  }
  return pids;
}

export async function commandOf(pid: number): Promise<string | null> {
  try {
    return (await readFile(`/proc/${pid}/comm`, 'utf8')).trim();
  } catch {
    return null;
  }
}

/**
 * Which of `pids` holds the socket listening on 127.0.0.1:`port`: the one with a file descriptor on
 * its inode. Only the given processes (the ones the bench started) are looked at; null when none does.
 */
export async function socketOwner(port: number, pids: number[]): Promise<SocketOwner | null> {
  let inode: string | null = null;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    inode = listeningInode(await readFile(table, 'utf8').catch(() => ''), port);
    if (inode) break;
  }
  if (!inode) return null;
  const target = `socket:[${inode}]`;
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = await readdir(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (link === target) return { pid, command: (await commandOf(pid)) ?? 'unknown' };
    }
  }
  return null;
}
