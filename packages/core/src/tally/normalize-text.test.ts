import { expect, test } from 'vitest';
import { normalizeText } from './normalize-text.js';

test('drops case and accents', () => {
  expect(normalizeText('PUERTO RÍCO')).toBe('puerto rico');
  expect(normalizeText('Démocratique')).toBe('democratique');
});

test('drops dots and apostrophes, and makes other punctuation one space', () => {
  expect(normalizeText('Washington, D.C.')).toBe('washington dc');
  expect(normalizeText('Hawaiʻi')).toBe('hawaii');
  expect(normalizeText("  O'Brien -- Write-ins ")).toBe('obrien write ins');
});

test('two spellings of a state fold to the same text', () => {
  expect(normalizeText('north  dakota')).toBe(normalizeText('North Dakota'));
});
