import { expect, test } from 'vitest';
import { moduleKind, renderCapnpConfig, workerModules } from './capnp-config.ts';

test('loads scripts as modules and skips source maps and notes', () => {
  expect(moduleKind('index.js')).toBe('esModule');
  expect(moduleKind('chunk.mjs')).toBe('esModule');
  expect(moduleKind('legacy.cjs')).toBe('commonJsModule');
  expect(moduleKind('a.wasm')).toBe('wasm');
  expect(moduleKind('page.html')).toBe('text');
  expect(moduleKind('index.js.map')).toBeNull();
  expect(moduleKind('README.md')).toBeNull();
});

test('puts the entry module first, then the others by name', () => {
  expect(workerModules(['README.md', 'z.wasm', 'index.js.map', 'index.js', 'a.mjs'], 'index.js')).toEqual([
    { name: 'index.js', kind: 'esModule' },
    { name: 'a.mjs', kind: 'esModule' },
    { name: 'z.wasm', kind: 'wasm' },
  ]);
});

test('refuses a bundle without its entry module', () => {
  expect(() => workerModules(['README.md'], 'index.js')).toThrow('the bundle has no index.js');
});

test('renders one worker on one socket with the date and flags', () => {
  const text = renderCapnpConfig({
    modules: [{ name: 'index.js', kind: 'esModule' }],
    compatibilityDate: '2026-08-22',
    compatibilityFlags: ['nodejs_compat'],
    address: '127.0.0.1:0',
  });
  expect(text).toContain('sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")]');
  expect(text).toContain('(name = "index.js", esModule = embed "index.js")');
  expect(text).toContain('compatibilityDate = "2026-08-22"');
  expect(text).toContain('compatibilityFlags = ["nodejs_compat"]');
});
