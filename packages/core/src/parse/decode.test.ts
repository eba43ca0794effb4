import { expect, test } from 'vitest';
import { decodeDocument } from './decode.js';

test('drops a byte order mark and keeps the bytes for hashing', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x3d, 0x20, 0x41, 0x20, 0x3d]);
  const decoded = decodeDocument(bytes);
  expect(decoded).toMatchObject({ ok: true, text: '= A =' });
  if (decoded.ok) expect(decoded.bytes).toBe(bytes);
});

test('reads multi-byte UTF-8', () => {
  expect(decodeDocument(new TextEncoder().encode('= Julián – 2004 ='))).toMatchObject({
    ok: true,
    text: '= Julián – 2004 =',
  });
});

test('names the line of the first byte that is not UTF-8', () => {
  const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28]);
  expect(decodeDocument(bytes)).toMatchObject({ ok: false, error: { code: 'document-encoding', line: 3 } });
});

test('a lone surrogate in a string is still text', () => {
  expect(decodeDocument('= A \ud800 =')).toMatchObject({ ok: true });
});
