import { describe, expect, it } from 'vitest';
import { moduleKind, renderWorkerdConfig } from './config.ts';

describe('renderWorkerdConfig', () => {
  it('serves the first module on the given address with the compatibility settings', () => {
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
});

describe('moduleKind', () => {
  it('loads scripts as ES modules and skips source maps', () => {
    expect(moduleKind('index.js')).toBe('esModule');
    expect(moduleKind('index.js.map')).toBeNull();
    expect(moduleKind('README.md')).toBeNull();
    expect(moduleKind('data.bin')).toBe('data');
  });
});
