import { describe, expect, it } from 'vitest';
import { moduleKind, renderWorkerdConfig, workerModules } from './config.ts';

describe('renderWorkerdConfig', () => {
  it('serves the first module on the given address with the compatibility settings and vars', () => {
    const text = renderWorkerdConfig({
      modules: [
        { name: 'bench-entry.js', kind: 'esModule' },
        { name: 'parser.wasm', kind: 'wasm' },
      ],
      compatibilityDate: '2026-11-01',
      compatibilityFlags: ['nodejs_compat'],
      vars: { MODE: 'bench', LIMITS: { page: 50 } },
      address: '127.0.0.1:8799',
    });
    expect(text).toContain(
      'sockets = [(name = "http", address = "127.0.0.1:8799", http = (), service = "main")]',
    );
    expect(text).toContain(
      '(name = "bench-entry.js", esModule = embed "bench-entry.js"),\n    (name = "parser.wasm", wasm = embed "parser.wasm")',
    );
    expect(text).toContain(
      'bindings = [(name = "MODE", text = "bench"), (name = "LIMITS", json = "{\\"page\\":50}")]',
    );
    expect(text).toContain('compatibilityDate = "2026-11-01"');
    expect(text).toContain('compatibilityFlags = ["nodejs_compat"]');
  });

  it('binds nothing when the Worker has no vars', () => {
    const text = renderWorkerdConfig({
      modules: [{ name: 'index.js', kind: 'esModule' }],
      compatibilityDate: '2026-08-22',
      compatibilityFlags: [],
      address: '127.0.0.1:0',
    });
    expect(text).toContain('bindings = [],');
    expect(text).toContain('compatibilityFlags = [],');
  });
});

describe('moduleKind', () => {
  it('loads scripts as modules and skips source maps and notes', () => {
    expect(moduleKind('index.js')).toBe('esModule');
    expect(moduleKind('chunk.mjs')).toBe('esModule');
    expect(moduleKind('legacy.cjs')).toBe('commonJsModule');
    expect(moduleKind('a.wasm')).toBe('wasm');
    expect(moduleKind('page.html')).toBe('text');
    expect(moduleKind('data.bin')).toBe('data');
    expect(moduleKind('index.js.map')).toBeNull();
    expect(moduleKind('README.md')).toBeNull();
  });
});

describe('workerModules', () => {
  it('puts the entry module first, then the others by name', () => {
    expect(workerModules(['README.md', 'z.wasm', 'index.js.map', 'index.js', 'a.mjs'], 'index.js')).toEqual([
      { name: 'index.js', kind: 'esModule' },
      { name: 'a.mjs', kind: 'esModule' },
      { name: 'z.wasm', kind: 'wasm' },
    ]);
  });

  it('refuses a bundle without its entry module', () => {
    expect(() => workerModules(['README.md'], 'index.js')).toThrow('the bundle has no index.js');
  });
});
