import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeDocument } from './decode.js';

/** Decoding as it was written before the word-at-a-time scan: `indexOf(0)`, the fatal decoder, then a count. */
function reference(bytes: Uint8Array): { code: string; text?: string; byte?: number } {
  const zero = bytes.indexOf(0);
  if (zero >= 0) return { code: 'document-binary', byte: zero };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { code: 'document-encoding' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let count = 0;
  for (const char of text) {
    const c = char.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) count++;
  }
  if (count > 0 && (text.includes('\u0000') || count * 100 > text.length)) return { code: 'document-binary' };
  if (text.trim() === '') return { code: 'document-empty' };
  return { code: 'ok', text };
}

test('reads bytes as before at any alignment: the first NUL byte, encoding errors, control characters', () => {
  const byte = fc.oneof(
    fc.constantFrom(0x00, 0x01, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x7f, 0x80, 0xbf, 0xc3, 0xa9, 0xef, 0xbb),
    fc.integer({ min: 0x20, max: 0x7e }),
  );
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 40 }), fc.integer({ min: 0, max: 7 }), (values, offset) => {
      const buffer = new Uint8Array(values.length + offset);
      buffer.set(values, offset);
      const bytes = buffer.subarray(offset);
      const result = decodeDocument(bytes);
      const expected = reference(bytes);
      if (result.ok) {
        expect(expected).toEqual({ code: 'ok', text: result.text });
      } else {
        expect(result.error.code).toBe(expected.code);
        if (expected.byte !== undefined) expect(result.error.message).toContain(`byte ${expected.byte + 1}:`);
      }
    }),
    { numRuns: 10_000 },
  );
});
