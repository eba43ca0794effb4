import type { ParseError } from '../schema/parse-error.js';

/** One record of a CSV: its cells, unquoted, and the line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** How the file ends its lines, counted while reading. */
export interface LineEndings {
  lf: number;
  crlf: number;
  cr: number;
}

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** The line ending a file uses: one kind, `mixed`, or `none` for a single line. */
export function lineEnding({ lf, crlf, cr }: LineEndings): LineEnding {
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/** True when every cell is empty or spaces (a line of commas). */
function allBlank(cells: readonly string[]): boolean {
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) > 0x20) return false;
  }
  return true;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The records of a CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks),
 * with LF, CRLF or CR-only line ends, in one pass. Blank lines are skipped. An unterminated quote ends
 * the reading with an error naming the line it opened on.
 */
export function* csvRecords(
  text: string,
  endings: LineEndings = { lf: 0, crlf: 0, cr: 0 },
): Generator<CsvRecord, ParseError | null> {
  const length = text.length;
  let at = 0;
  let line = 1;
  /** Steps over a line end at `at`, if one is there; true when it did. */
  const endOfLine = (): boolean => {
    const code = text.charCodeAt(at);
    if (code === LF) {
      endings.lf++;
      at++;
    } else if (code === CR) {
      if (text.charCodeAt(at + 1) === LF) {
        endings.crlf++;
        at += 2;
      } else {
        endings.cr++;
        at++;
      }
    } else return false;
    line++;
    return true;
  };
  while (at < length) {
    if (endOfLine()) continue;
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(at) === QUOTE) {
        const opened = line;
        at++;
        let value = '';
        for (;;) {
          if (at >= length) {
            return {
              code: 'csv-quote-unterminated',
              message:
                'A quoted cell opened here is never closed: expected a closing double quote before the end of the file.',
              line: opened,
            };
          }
          const code = text.charCodeAt(at);
          if (code === QUOTE) {
            if (text.charCodeAt(at + 1) === QUOTE) {
              value += '"';
              at += 2;
              continue;
            }
            at++;
            break;
          }
          if (code === LF || code === CR) {
            value += '\n';
            endOfLine();
            continue;
          }
          const from = at;
          while (at < length) {
            const c = text.charCodeAt(at);
            if (c === QUOTE || c === LF || c === CR) break;
            at++;
          }
          value += text.slice(from, at);
        }
        // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        const from = at;
        while (at < length) {
          const c = text.charCodeAt(at);
          if (c === COMMA || c === LF || c === CR) break;
          at++;
        }
        cell = from === at ? value : value + text.slice(from, at);
      } else {
        const from = at;
        while (at < length) {
          const c = text.charCodeAt(at);
          if (c === COMMA || c === LF || c === CR) break;
          at++;
        }
        cell = text.slice(from, at);
      }
      cells.push(cell);
      if (at < length && text.charCodeAt(at) === COMMA) {
        at++;
        continue;
      }
      break;
    }
    endOfLine();
    if (!allBlank(cells)) yield { cells, line: start };
  }
  return null;
}
