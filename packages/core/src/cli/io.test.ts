import { describe, expect, test } from 'vitest';
import { CORE_DIR } from './fixtures/run-cli.js';
import { documentReader, wantsColor } from './io.js';

describe('wantsColor', () => {
  test('colour on a terminal only, and never with NO_COLOR set to something', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(true, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
  });
});

describe('documentReader', () => {
  test('reads paths relative to the directory it is given', async () => {
    const read = documentReader(CORE_DIR);
    expect(new TextDecoder().decode((await read('src/cli/fixtures/cut-off.txt')).subarray(0, 8))).toBe(
      '= 2004 N',
    );
    await expect(read('src/cli/fixtures/none.txt')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
