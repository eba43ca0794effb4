import { expect, test } from 'vitest';
import { count } from './plural.js';

test('count says 1 file, 2 files, 0 errors, 1,200 info', () => {
  expect([count(1, 'file'), count(2, 'file'), count(0, 'error'), count(1200, 'info', 'info')]).toEqual([
    '1 file',
    '2 files',
    '0 errors',
    '1,200 info',
  ]);
});
