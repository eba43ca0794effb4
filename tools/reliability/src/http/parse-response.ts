import type { Exchange } from './send.ts';

/** The bytes of a chunked body, decoded; stops at the last chunk or where the data runs out. */
export function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd === -1) break;
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * An HTTP/1.1 response read from a connection the server closed after it: status line, header fields
 * (names in lower case, repeats joined with `, `) and the body, decoded if chunked. Null if the bytes
 * hold no complete status line and header block.
 */
export function parseResponse(data: Buffer): Exchange | null {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd === -1) return null;
  const [statusLine = '', ...fields] = data.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) return null;
  const headers: Record<string, string> = {};
  for (const field of fields) {
    const colon = field.indexOf(':');
    if (colon <= 0) continue;
    const name = field.slice(0, colon).trim().toLowerCase();
    const value = field.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  const rest = data.subarray(headEnd + 4);
  const body = /\bchunked\b/i.test(headers['transfer-encoding'] ?? '') ? dechunk(rest) : rest;
  return { status: Number(status), headers, body };
}
