import { describe, expect, it } from 'vitest';
import { parseCheckStartup } from './check-startup.ts';

// What wrangler 4.164 prints, colours and all.
const OUTPUT = `
 \u001b[1m⛅️ wrangler\u001b[22m 4.164.0
├ Analysing
│ Startup phase analysed
│
│ Bundle: 377.45 KiB / gzip: 113.21 KiB
│
│ Local startup profile:
│   Profile window: 82.6 ms
│   Sampled time: 56.7 ms
│   Active: \u001b[33m18.0 ms\u001b[39m (including 0.0 ms garbage collection)
│   Idle: 38.7 ms
│   Samples: 6
`;

describe('parseCheckStartup', () => {
  it('reads the Active figure and the bundle wrangler measured', () => {
    expect(parseCheckStartup(OUTPUT)).toEqual({
      activeMs: 18,
      rawBytes: Math.round(377.45 * 1024),
      gzipBytes: Math.round(113.21 * 1024),
    });
  });

  it('is null when wrangler printed no Active figure, and keeps Active without a Bundle line', () => {
    expect(parseCheckStartup('✘ [ERROR] Build failed')).toBeNull();
    expect(parseCheckStartup('│   Active: 9.5 ms')).toEqual({
      activeMs: 9.5,
      rawBytes: null,
      gzipBytes: null,
    });
  });
});
