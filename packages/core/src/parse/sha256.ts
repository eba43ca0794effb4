import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The part of `node:crypto` used here: its one-shot `hash` (Node 20.12 and 21.7 on), else `createHash`. */
interface NodeCrypto {
  hash?: (algorithm: 'sha256', data: Uint8Array, encoding: 'hex') => string;
  createHash(algorithm: 'sha256'): { update(data: Uint8Array): { digest(encoding: 'hex'): string } };
}

/**
 * The platform's own synchronous SHA-256, where the runtime has one: `node:crypto`, reached through
 * `process.getBuiltinModule` (Node 22.3 and 20.16 on, Deno, Bun, and Workers with `nodejs_compat`) so
 * the module imports nothing that a runtime without Node's modules would fail to resolve.
 */
function platformCrypto(): NodeCrypto | null {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const crypto = process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
    return typeof crypto?.createHash === 'function' ? crypto : null;
  } catch {
    return null;
  }
}

const nodeCrypto = platformCrypto();

/** Lower-case hex SHA-256 in JavaScript (@noble/hashes): the same digest on every runtime. */
export function sha256HexJs(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * Lower-case hex SHA-256 of some bytes, synchronously: the platform's native hash where the runtime
 * offers a synchronous one (`node:crypto`), else the JavaScript one. Workers without `nodejs_compat`
 * have only Web Crypto, which is asynchronous: `sha256HexAsync` uses it.
 */
export function sha256Hex(bytes: Uint8Array): string {
  if (nodeCrypto === null) return sha256HexJs(bytes);
  return nodeCrypto.hash
    ? nodeCrypto.hash('sha256', bytes, 'hex')
    : nodeCrypto.createHash('sha256').update(bytes).digest('hex');
}

/** Whether `sha256Hex` runs the platform's native hash here (false: the JavaScript one). */
export const nativeSha256 = nodeCrypto !== null;

/**
 * Lower-case hex SHA-256 of some bytes with Web Crypto (`crypto.subtle.digest`), the platform's hash
 * in Workers, browsers, Deno, Bun and Node; `sha256Hex` where Web Crypto is missing.
 */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: Partial<typeof globalThis.crypto> }).crypto?.subtle;
  if (subtle === undefined) return sha256Hex(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return bytesToHex(digest);
}
