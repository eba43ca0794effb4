import { describe, expect, it } from 'vitest';
import { citedLines, sourceLines } from './source-lines.js';

describe('sourceLines', () => {
  it('numbers lines from 1 and drops a BOM, carriage returns and the final newline', () => {
    expect(sourceLines('\uFEFF= T =\r\n\r\n| a | b |\r\n')).toEqual(['= T =', '', '| a | b |']);
  });
  it('keeps a last line without a newline', () => {
    expect(sourceLines('a\nb')).toEqual(['a', 'b']);
  });
});

describe('citedLines', () => {
  const lines = ['= Title =', 'Infobox', '- Candidate1: A'];
  it('gives the text of each cited line once, in line order', () => {
    expect(citedLines(lines, [3, 1, 3])).toEqual([
      { line: 1, text: '= Title =' },
      { line: 3, text: '- Candidate1: A' },
    ]);
  });
  it('marks a line past the end of the document as missing', () => {
    expect(citedLines(lines, [9])).toEqual([{ line: 9, text: null }]);
  });
});
