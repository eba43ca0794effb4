import type { Finding, ParseError, Severity } from '@tally/core';

/** Something the build has to say about one file: a parse error, an audit finding, or its own check. */
export type Diagnostic = {
  severity: Severity;
  code: string;
  file: string;
  lines: number[];
  message: string;
};

export function fromFinding(file: string, finding: Finding): Diagnostic {
  return {
    severity: finding.severity,
    code: finding.code,
    file,
    // The line the finding points at first, then the others it compares.
    lines: [finding.line, ...finding.lines.filter((line) => line !== finding.line)],
    message: finding.message,
  };
}

export function fromParseError(file: string, error: ParseError): Diagnostic {
  return {
    severity: 'error',
    code: error.code,
    file,
    lines: error.line > 0 ? [error.line] : [],
    message: error.message,
  };
}

/** `file:line: severity code: message`, the form editors and CI logs link to; other lines named after. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const [first, ...rest] = diagnostic.lines;
  const where = first === undefined ? diagnostic.file : `${diagnostic.file}:${first}`;
  const also = rest.length > 0 ? ` (lines ${diagnostic.lines.join(', ')})` : '';
  return `${where}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${also}`;
}
