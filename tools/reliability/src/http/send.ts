import http from 'node:http';

/** A request as it goes on the wire: `target` is the request-target exactly as sent (path and query). */
export type OutgoingRequest = {
  method: string;
  target: string;
  headers?: Record<string, string>;
  body?: string;
};

/** A response as received: header names in lower case, repeated fields joined with `, `. */
export type Exchange = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * Sends one request to 127.0.0.1:`port` with node:http, which writes the target as given (no
 * normalisation, no encoding), so odd paths reach the server as they are.
 */
export function send(
  port: number,
  request: OutgoingRequest,
  options: { agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.target,
        // A body always goes with its length: node:http sends a DELETE or TRACE body unframed otherwise,
        // and the server reads those bytes as the start of the next request on the connection.
        headers:
          request.body === undefined
            ? request.headers
            : { 'content-length': String(Buffer.byteLength(request.body)), ...request.headers },
        agent: options.agent,
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no response to ${request.method} within the timeout`)));
    req.on('error', reject);
    req.end(request.body);
  });
}
