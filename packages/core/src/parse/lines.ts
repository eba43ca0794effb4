/** One line of the document: its 1-based number and its text with tabs made spaces and the end trimmed. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/** Splits on LF, CRLF or a lone CR; tabs become spaces and trailing white space goes. */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  // Splitting on a string is faster than on a pattern; without a CR, LF is the only line end.
  const parts = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  // One look for a tab in the whole text spares one per line in the usual text, which has none.
  const tabs = text.includes('\t');
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] as string;
    out.push({
      number: i + 1,
      text: (tabs && raw.includes('\t') ? raw.replaceAll('\t', ' ') : raw).trimEnd(),
    });
  }
  // A final newline does not start another line.
  const last = text.charCodeAt(text.length - 1);
  if (out.length > 1 && (out[out.length - 1] as SourceLine).text === '' && (last === 0x0a || last === 0x0d))
    out.pop();
  return out;
}
