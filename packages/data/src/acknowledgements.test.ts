import { describe, expect, it } from 'vitest';
import { acknowledgementTemplate, applyAcknowledgements, readAcknowledgements } from './acknowledgements.ts';
import type { Diagnostic } from './diagnostic.ts';

const FILE = 'acknowledgements.json';

const error = (file: string, code: string, lines: number[]): Diagnostic => ({
  severity: 'error',
  code,
  file,
  lines,
  message: 'a figure that cannot be right',
});

describe('readAcknowledgements', () => {
  it('reads no file as no acknowledgements', () => {
    expect(readAcknowledgements(null, FILE)).toEqual({ acknowledgements: [], problems: [] });
  });

  it('reads entries with a reason and an optional reviewer', () => {
    const text = JSON.stringify([
      { file: 'sources/a.txt', code: 'total-votes-mismatch', lines: [58, 51], reason: 'as published' },
      { file: 'sources/b.txt', code: 'x', lines: [3], reason: 'checked', reviewedBy: 'lead' },
    ]);
    const { acknowledgements, problems } = readAcknowledgements(text, FILE);
    expect(problems).toEqual([]);
    expect(acknowledgements.map((entry) => entry.reviewedBy)).toEqual([undefined, 'lead']);
  });

  it('refuses an entry whose reason is blank, naming the entry', () => {
    const text = JSON.stringify([{ file: 'sources/a.txt', code: 'x', lines: [1], reason: '  ' }]);
    expect(readAcknowledgements(text, FILE)).toEqual({
      acknowledgements: [],
      problems: [
        {
          severity: 'error',
          code: 'acknowledgements-invalid',
          file: FILE,
          lines: [],
          message: 'entry 0.reason: needs a reason: say why the figure ships as it is',
        },
      ],
    });
  });

  it('refuses an entry without lines and one with an unknown key', () => {
    const text = JSON.stringify([
      { file: 'sources/a.txt', code: 'x', lines: [], reason: 'r' },
      { file: 'sources/a.txt', code: 'x', lines: [1], reason: 'r', reson: 'typo' },
    ]);
    const { problems } = readAcknowledgements(text, FILE);
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual(['entry 0.lines', 'entry 1']);
  });

  it('reports text that is not JSON', () => {
    const { problems } = readAcknowledgements('[{', FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('acknowledgements-invalid');
    expect(problems[0]?.message).toMatch(/^not JSON: /);
  });

  it('reports the same finding acknowledged twice', () => {
    const entry = { file: 'sources/a.txt', code: 'x', lines: [2, 1], reason: 'r' };
    const { problems } = readAcknowledgements(JSON.stringify([entry, { ...entry, lines: [1, 2] }]), FILE);
    expect(problems.map((problem) => [problem.code, problem.message])).toEqual([
      ['acknowledgement-duplicate', 'sources/a.txt x at lines 1, 2 is acknowledged twice'],
    ]);
  });
});

describe('applyAcknowledgements', () => {
  const entry = {
    file: 'sources/a.txt',
    code: 'total-votes-mismatch',
    lines: [51, 58],
    reason: 'as published',
  };

  it('covers an error with the same file, code and lines, in any order', () => {
    const covered = error('sources/a.txt', 'total-votes-mismatch', [58, 51]);
    const result = applyAcknowledgements([covered], [entry], FILE);
    expect(result).toEqual({
      unacknowledged: [],
      acknowledged: [{ diagnostic: covered, acknowledgement: entry }],
      stale: [],
    });
  });

  it('does not cover the same code on other lines or in another file', () => {
    const otherLines = error('sources/a.txt', 'total-votes-mismatch', [58, 52]);
    const otherFile = error('sources/b.txt', 'total-votes-mismatch', [51, 58]);
    const result = applyAcknowledgements([otherLines, otherFile], [entry], FILE);
    expect(result.unacknowledged).toEqual([otherLines, otherFile]);
    expect(result.acknowledged).toEqual([]);
  });

  it('reports an entry that covers nothing as stale', () => {
    expect(applyAcknowledgements([], [entry], FILE).stale).toEqual([
      {
        severity: 'error',
        code: 'acknowledgement-stale',
        file: FILE,
        lines: [],
        message:
          'sources/a.txt total-votes-mismatch at lines 51, 58 matches no error finding: remove it, or correct its file, code or lines',
      },
    ]);
  });
});

describe('acknowledgementTemplate', () => {
  const problems = [
    {
      severity: 'error' as const,
      code: 'votes-total-mismatch',
      file: 'sources/a.txt',
      lines: [58, 51],
      message: 'm',
    },
    { severity: 'error' as const, code: 'cell-not-numeric', file: 'sources/b.txt', lines: [7], message: 'm' },
  ];
  it('writes an entry per error finding, with a placeholder reason the reader refuses until replaced', () => {
    const template = acknowledgementTemplate(problems, new Set(['votes-total-mismatch']));
    const entries = JSON.parse(template ?? 'null');
    expect(entries).toEqual([
      {
        file: 'sources/a.txt',
        code: 'votes-total-mismatch',
        lines: [58, 51],
        reason: expect.stringMatching(/^REPLACE:/),
      },
    ]);
    expect(readAcknowledgements(template, 'acknowledgements.json').problems.map((p) => p.message)).toEqual([
      'entry 0.reason: still holds the placeholder reason: say why the figure ships as it is',
    ]);
    const reviewed = JSON.stringify([
      { ...entries[0], reason: 'Published so; checked against the state party.' },
    ]);
    expect(readAcknowledgements(reviewed, 'acknowledgements.json').problems).toEqual([]);
  });

  it('writes nothing when no problem is an error finding (parse errors are fixed in the document)', () => {
    expect(acknowledgementTemplate(problems.slice(1), new Set(['votes-total-mismatch']))).toBeNull();
  });
});
