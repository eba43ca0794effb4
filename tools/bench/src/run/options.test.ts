import { describe, expect, it } from 'vitest';
import { DEFAULT_CELL_SECONDS, DEFAULT_SIZES, QUICK_SIZES } from '../defaults.ts';
import { readOptions } from './options.ts';

describe('readOptions', () => {
  it('runs the default corpora and cells with no options, the full matrix at the seed and 1,000', () => {
    expect(readOptions([])).toMatchObject({
      quick: false,
      sizes: DEFAULT_SIZES,
      cellSeconds: DEFAULT_CELL_SECONDS,
      matrixScales: ['seed', '1000'],
      startupRuns: 7,
      command: 'npm run bench',
      reportPath: undefined,
    });
  });

  it('keeps a quick run short: small corpora, 1 s cells, the matrix at the seed only', () => {
    expect(readOptions(['--quick'])).toMatchObject({
      quick: true,
      sizes: QUICK_SIZES,
      cellSeconds: 1,
      matrixScales: ['seed'],
      startupRuns: 3,
      command: 'npm run bench -- --quick',
    });
  });

  it('reads sizes with separators and the report path, and names the command as typed', () => {
    const options = readOptions(['--sizes', '10,100_000', '--out', '/tmp/b.md', '--seconds', '2']);
    expect(options).toMatchObject({ sizes: [10, 100_000], reportPath: '/tmp/b.md', cellSeconds: 2 });
    expect('command' in options && options.command).toBe(
      'npm run bench -- --sizes 10,100_000 --out /tmp/b.md --seconds 2',
    );
  });

  it('refuses sizes that are not whole numbers of documents', () => {
    expect(readOptions(['--sizes', '10,ten'])).toEqual({
      error: '--sizes takes whole numbers of documents, such as 10,1000,10000 (got 10,ten)',
    });
  });
});
