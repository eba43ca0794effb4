import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../parse/fixtures/text.js';
import { mayStateFigures, mayStateThreshold } from './figure-hints.js';
import { findFigures } from './figures.js';
import { tokenize } from './tokens.js';

describe('figure hints', () => {
  it('rule out texts without a figure, and keep the ones with one', () => {
    expect(mayStateFigures('Previous Year: 1996')).toBe(false);
    expect(mayStateFigures('Kerry won with 51% of the vote.')).toBe(true);
    expect(mayStateThreshold('Percentage1: 55.29%')).toBe(false);
    expect(mayStateThreshold('A 15 percent threshold is required to receive delegates.')).toBe(true);
    expect(mayStateThreshold('Candidates must win at least 15% to receive delegates.')).toBe(true);
  });

  it('never rule out a sentence that states a figure or a threshold', () => {
    const sentence = fc
      .array(
        fc.oneof(
          documentText,
          fc.constantFrom(
            '15',
            '1,200',
            'PERCENT',
            'Per Cent',
            'Pct',
            'VOTES',
            'Délégates',
            'Threshold',
            'viable',
          ),
          fc.constantFrom(
            'must',
            'receive',
            'delegates',
            'Over',
            'AT LEAST',
            'More Than',
            'cut-off',
            'Minimum',
            '%',
          ),
        ),
        { maxLength: 10 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(sentence, (text) => {
        const figures = findFigures(tokenize(text));
        if (figures.length > 0) expect(mayStateFigures(text)).toBe(true);
        if (figures.some((figure) => figure.kind === 'percent' && figure.threshold))
          expect(mayStateThreshold(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('figure hints, read by scan', () => {
  it('answer as the patterns they replaced, on any text', () => {
    const byPatterns = {
      figures: (t: string) =>
        /\d/.test(t) &&
        ([...t].some((c) => c.charCodeAt(0) > 0x7f) || /%|per|pct|vote|ballot|delegate/i.test(t)),
      threshold: (t: string) =>
        /\d/.test(t) &&
        ([...t].some((c) => c.charCodeAt(0) > 0x7f) ||
          (/%|per|pct/i.test(t) && /threshold|viab|cut-?off|minimum|more|least|over|above/i.test(t))),
    };
    const piece = fc.oneof(
      documentText,
      fc.constantFrom(
        '5',
        '%',
        'PER',
        'pCt',
        'Vote',
        'BALLOT',
        'deleGate',
        'cut-off',
        'CUTOFF',
        'Least',
        'ſ',
        'é',
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(mayStateFigures(text)).toBe(byPatterns.figures(text));
        expect(mayStateThreshold(text)).toBe(byPatterns.threshold(text));
      }),
      { numRuns: 3000 },
    );
  });
});
