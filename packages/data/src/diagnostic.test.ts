import { describe, expect, it } from 'vitest';
import { formatDiagnostic, fromFinding, fromParseError } from './diagnostic.ts';

describe('formatDiagnostic', () => {
  it('leads with file and first line, and lists every line compared', () => {
    const diagnostic = fromFinding('sources/a.txt', {
      code: 'total-votes-mismatch',
      severity: 'error',
      message: 'the rows add up to 10,557, the Total row says 10,558',
      line: 58,
      lines: [51, 58],
    });
    expect(formatDiagnostic(diagnostic)).toBe(
      'sources/a.txt:58: error total-votes-mismatch: the rows add up to 10,557, the Total row says 10,558 (lines 58, 51)',
    );
  });

  it('names a single line once', () => {
    expect(
      formatDiagnostic(
        fromFinding('sources/a.txt', { code: 'x', severity: 'warning', message: 'm', line: 4, lines: [4] }),
      ),
    ).toBe('sources/a.txt:4: warning x: m');
  });

  it('names only the file when a parse error concerns no line', () => {
    const diagnostic = fromParseError('sources/empty.txt', {
      code: 'document-empty',
      message: 'the document is empty',
      line: 0,
    });
    expect(diagnostic.lines).toEqual([]);
    expect(formatDiagnostic(diagnostic)).toBe(
      'sources/empty.txt: error document-empty: the document is empty',
    );
  });
});
