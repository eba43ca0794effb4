import type { ParseError } from '../schema/parse-error.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { isBlank } from './white-space.js';

export type Decoded = { ok: true; text: string; bytes: Uint8Array } | { ok: false; error: ParseError };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Decoding with replacement is about twice as fast as the fatal decoder on this path; a text without
// U+FFFD in it had nothing to replace, so it is what the fatal decoder gives. A text with one (written
// in the document, or put there for bytes that are not UTF-8) is decoded again, fatally.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

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

/** A control byte other than tab, LF, FF and CR (NUL included). */
const isControlByte = (b: number) =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;

/**
 * One pass over the bytes: the first NUL byte (-1 for none), and whether any other control byte than
 * tab, LF, FF and CR stands before it (then `controlCharacters` counts them in the text). Four bytes at
 * a time: a word with no byte under 0x20 and none equal to 0x7f (the usual word) is passed over whole;
 * the two tests never miss such a byte, and a word they flag is read byte by byte.
 */
function scanBytes(bytes: Uint8Array): { nul: number; control: boolean } {
  let control = false;
  const n = bytes.length;
  const check = (at: number): boolean => {
    const b = bytes[at] as number;
    if (b === 0) return true;
    if (isControlByte(b)) control = true;
    return false;
  };
  let i = 0;
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) if (check(i)) return { nul: i, control };
  const words = (n - i) >>> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      const x = view[w] as number;
      const y = x ^ 0x7f7f7f7f;
      if ((((x - 0x20202020) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) {
        const at = i + w * 4;
        for (let k = at; k < at + 4; k++) if (check(k)) return { nul: k, control };
      }
    }
    i += words * 4;
  }
  for (; i < n; i++) if (check(i)) return { nul: i, control };
  return { nul: -1, control };
}

const NO_CONTROL = { count: 0, first: -1 };

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
  // For bytes, whether any control byte stands (a text without one has no control character).
  let mayHoldControl = true;
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
    const scanned = scanBytes(input);
    mayHoldControl = scanned.control;
    const zero = scanned.nul;
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
      text = lenient.decode(input);
      if (text.includes('\ufffd')) text = decoder.decode(input);
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
  const control = mayHoldControl ? controlCharacters(text) : NO_CONTROL;
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
