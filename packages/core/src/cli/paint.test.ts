import { expect, test } from 'vitest';
import { paint } from './paint.js';

test('paint wraps text in an ANSI colour only when colour is on', () => {
  expect(paint(true, 'red', 'error')).toBe('\u001b[31merror\u001b[0m');
  expect(paint(true, 'bold', 'a.txt')).toBe('\u001b[1ma.txt\u001b[0m');
  expect(paint(false, 'red', 'error')).toBe('error');
});
