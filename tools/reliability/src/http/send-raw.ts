import net from 'node:net';
import { parseResponse } from './parse-response.ts';
import type { Exchange } from './send.ts';

/**
 * Writes `request` byte for byte (latin1) to 127.0.0.1:`port` on a new connection and reads the response
 * until the server closes it: for what node:http will not send (a lower-case method, a raw space, no
 * Host). The request should carry `Connection: close`.
 */
export function sendRaw(port: number, request: string, timeoutMs = 10_000): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('no complete response within the timeout')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const data = Buffer.concat(chunks);
      const response = parseResponse(data);
      if (response) resolve(response);
      else
        reject(new Error(`not an HTTP response: ${JSON.stringify(data.toString('latin1').slice(0, 200))}`));
    });
    socket.write(Buffer.from(request, 'latin1'));
  });
}
