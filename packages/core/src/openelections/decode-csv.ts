import type { ParseError } from '../schema/parse-error.js';
import { MAX_CSV_BYTES } from './limits.js';

export type DecodedCsv =
  | { ok: true; text: string; bytes: Uint8Array; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; error: ParseError };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** The characters Windows-1252 puts at 0x80 to 0x9F (where Latin-1 has control codes); 0 where undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** Bytes read as Windows-1252, the encoding of most files exported from spreadsheets that are not UTF-8. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

const tooLarge = (): DecodedCsv => ({
  ok: false,
  error: {
    code: 'document-too-large',
    message: `The CSV is larger than the ${MAX_CSV_BYTES.toLocaleString('en-US')}-byte limit for CSV files: split it (by county or office) and read the parts.`,
    line: 0,
  },
});

/**
 * Bytes (or text) to text: refuses files past the CSV limit and binary files (a NUL byte); reads UTF-8,
 * else Windows-1252 (said in `encoding`); drops a byte order mark. Never throws.
 */
export function decodeCsv(input: string | Uint8Array): DecodedCsv {
  if ((typeof input === 'string' ? input.length : input.byteLength) > MAX_CSV_BYTES) return tooLarge();
  let bytes: Uint8Array;
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  if (typeof input === 'string') {
    bytes = encoder.encode(input);
    if (bytes.byteLength > MAX_CSV_BYTES) return tooLarge();
    text = input;
  } else {
    bytes = input;
    const zero = input.indexOf(0);
    if (zero >= 0) {
      return {
        ok: false,
        error: {
          code: 'document-binary',
          message: `The file holds a NUL byte at byte ${zero + 1}: expected a CSV text file, not a binary file (or UTF-16: convert it to UTF-8).`,
          line: lineOfByte(input, zero),
        },
      };
    }
    try {
      text = utf8.decode(input);
    } catch {
      text = decodeWindows1252(input);
      encoding = 'windows-1252';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return {
      ok: false,
      error: {
        code: 'document-empty',
        message:
          'The CSV is empty: expected a header such as "county,office,district,party,candidate,votes" and rows.',
        line: 0,
      },
    };
  }
  return { ok: true, text, bytes, encoding };
}
