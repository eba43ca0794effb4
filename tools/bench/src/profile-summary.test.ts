import { describe, expect, it } from 'vitest';
import { areaOf, type CpuProfile, summarizeProfile } from './profile-summary.ts';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

describe('areaOf', () => {
  it('names the core layer, a package, the collector or the runtime', () => {
    expect(areaOf('file:///r/packages/core/dist/audit/tokens.js', 'tokenize')).toBe('core audit');
    expect(areaOf('file:///r/packages/core/src/parse/infobox.ts', 'read')).toBe('core parse');
    expect(areaOf('file:///r/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js', 'run')).toBe(
      'zod',
    );
    expect(
      areaOf(
        'file:///r/node_modules/.pnpm/@noble+hashes@2.0.1/node_modules/@noble/hashes/sha2.js',
        'process',
      ),
    ).toBe('@noble/hashes');
    expect(areaOf('', '(garbage collector)')).toBe('garbage collection');
    expect(areaOf('', 'RegExp: \\d+')).toBe('runtime (regexp, builtins)');
  });
});

describe('summarizeProfile', () => {
  it('adds self time per area and per function, largest first, leaving out the profiler', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('tokenize', 'file:///r/packages/core/dist/audit/tokens.js', 40) },
        { id: 3, callFrame: frame('readTable', 'file:///r/packages/core/dist/parse/table.js', 9) },
        { id: 4, callFrame: frame('(garbage collector)', '') },
        { id: 5, callFrame: frame('post', 'node:inspector', 114) },
      ],
      samples: [2, 2, 3, 2, 4, 5],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
    };
    const summary = summarizeProfile(profile);
    expect(summary.sampledMs).toBe(5);
    expect(summary.areas).toEqual([
      { name: 'core audit', share: 0.6 },
      { name: 'core parse', share: 0.2 },
      { name: 'garbage collection', share: 0.2 },
    ]);
    expect(summary.functions[0]).toEqual({
      name: 'tokenize (packages/core/dist/audit/tokens.js:41)',
      share: 0.6,
    });
  });
});
