import type { ParseError } from '../schema/parse-error.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { isBlank } from './white-space.js';

export type Decoded = { ok: true; text: string; bytes: Uint8Array } | { ok: false; error: ParseError };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line of a byte offset: the count of LF bytes before it, plus one. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The length of the longest valid UTF-8 prefix, so an encoding error can name its line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Counts control characters other than tab, LF, FF and CR: text has almost none. */
function controlCharacters(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { count, first };
}

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/**
 * Turns raw input into text: refuses documents that are too large, are not UTF-8, hold
 * binary bytes, or say nothing; drops a UTF-8 byte order mark.
 */
export function decodeDocument(input: string | Uint8Array): Decoded {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is refused before encoding it.
  if (size > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      error: {
        code: 'document-too-large',
        message: `The document is larger than the ${MAX_DOCUMENT_BYTES.toLocaleString('en-US')}-byte limit: expected one article about one contest.`,
        line: 0,
      },
    };
  }
  let text: string;
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    text = input;
    bytes = encoder.encode(input);
    if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
      return {
        ok: false,
        error: {
          code: 'document-too-large',
          message: `The document is larger than the ${MAX_DOCUMENT_BYTES.toLocaleString('en-US')}-byte limit: expected one article about one contest.`,
          line: 0,
        },
      };
    }
  } else {
    bytes = input;
    const zero = input.indexOf(0);
    if (zero >= 0) {
      return {
        ok: false,
        error: {
          code: 'document-binary',
          message: `The document holds a NUL byte at byte ${zero + 1}: expected plain UTF-8 text, not a binary file.`,
          line: lineOfByte(input, zero),
        },
      };
    }
    try {
      text = decoder.decode(input);
    } catch {
      const at = firstInvalidUtf8(input);
      return {
        ok: false,
        error: {
          code: 'document-encoding',
          message: `The document is not valid UTF-8 (byte ${at + 1}): expected UTF-8 text; convert it (for example with iconv) and try again.`,
          line: lineOfByte(input, at),
        },
      };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = controlCharacters(text);
  if (control.count > 0 && (text.includes('\u0000') || control.count * 100 > text.length)) {
    return {
      ok: false,
      error: {
        code: 'document-binary',
        message: 'The document holds binary control bytes: expected plain UTF-8 text, not a binary file.',
        line: lineOfIndex(text, control.first),
      },
    };
  }
  if (isBlank(text)) {
    return {
      ok: false,
      error: {
        code: 'document-empty',
        message:
          'The document is empty: expected a title line such as "= 2004 Iowa Democratic presidential caucuses =".',
        line: 0,
      },
    };
  }
  return { ok: true, text, bytes };
}
