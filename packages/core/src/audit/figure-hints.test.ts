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
