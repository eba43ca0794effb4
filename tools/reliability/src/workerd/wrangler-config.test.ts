import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { wranglerConfigPath } from '../workspace.ts';
import { runtimeSettings, stripJsonc } from './wrangler-config.ts';

test('strips line and block comments and trailing commas but not slashes inside strings', () => {
  const text = '{\n  // a comment\n  "url": "https://x.dev/a", /* b */\n  "list": [1, 2,],\n}';
  expect(JSON.parse(stripJsonc(text))).toEqual({ url: 'https://x.dev/a', list: [1, 2] });
});

test('keeps escaped quotes inside strings', () => {
  expect(JSON.parse(stripJsonc('{"a": "say \\"//hi\\"" // c\n}'))).toEqual({ a: 'say "//hi"' });
});

test('keeps a comma before a bracket inside a string', () => {
  expect(JSON.parse(stripJsonc('{"a": "x,}", "b": "y,]",}'))).toEqual({ a: 'x,}', b: 'y,]' });
});

test('reads the entry point, date and flags, defaulting the flags to none', () => {
  expect(
    runtimeSettings('{"main": "src/w.ts", "compatibility_date": "2026-01-02", "compatibility_flags": ["x"]}'),
  ).toEqual({ main: 'src/w.ts', compatibilityDate: '2026-01-02', compatibilityFlags: ['x'] });
  expect(runtimeSettings('{"compatibility_date": "2026-01-02"}').compatibilityFlags).toEqual([]);
});

test('refuses a config without a compatibility date', () => {
  expect(() => runtimeSettings('{"main": "src/w.ts"}')).toThrow('no compatibility_date');
});

test("reads the edge API's own wrangler.jsonc", () => {
  const settings = runtimeSettings(readFileSync(wranglerConfigPath, 'utf8'));
  expect(settings.main).toBe('src/index.ts');
  expect(settings.compatibilityDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
