import { expect, test } from 'vitest';
import { dechunk, parseResponse } from './parse-response.ts';

test('reads the status, lower-cased headers and a plain body', () => {
  const response = parseResponse(
    Buffer.from('HTTP/1.1 501 Not Implemented\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nnope'),
  );
  expect(response?.status).toBe(501);
  expect(response?.headers).toEqual({ 'content-type': 'text/plain', 'content-length': '4' });
  expect(response?.body.toString()).toBe('nope');
});

test('joins repeated header fields and decodes a chunked body', () => {
  const response = parseResponse(
    Buffer.from(
      'HTTP/1.1 200 OK\r\nVary: Accept\r\nVary: Origin\r\nTransfer-Encoding: chunked\r\n\r\n' +
        '3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\n\r\n',
    ),
  );
  expect(response?.headers.vary).toBe('Accept, Origin');
  expect(response?.body.toString()).toBe('abcdefg');
});

test('stops decoding chunks where the data runs out', () => {
  expect(dechunk(Buffer.from('2\r\nab\r\n5\r\ncd')).toString()).toBe('abcd');
});

test('gives null for bytes that are not a complete response head', () => {
  expect(parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n'))).toBeNull();
  expect(parseResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toBeNull();
});
