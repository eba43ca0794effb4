import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits at a full stop before a capital', () => {
    expect(splitSentences('Kerry won. Dean was second! Was it close? No.')).toEqual([
      'Kerry won.',
      'Dean was second!',
      'Was it close?',
      'No.',
    ]);
  });

  it('keeps decimals, abbreviations and initials inside their sentence', () => {
    expect(
      splitSentences(
        'Kerry won 50.82 percent in the U.S. state. Gen. Clark was endorsed by George A. Sinner. Then',
      ),
    ).toEqual([
      'Kerry won 50.82 percent in the U.S. state.',
      'Gen. Clark was endorsed by George A. Sinner.',
      'Then',
    ]);
  });
});
