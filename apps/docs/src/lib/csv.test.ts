import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes, and CRLF line ends', () => {
    expect(parseCsv('state,candidate,votes\r\nND,"Kerry, John",100\r\nND,"The ""Other""",\r\n')).toEqual([
      ['state', 'candidate', 'votes'],
      ['ND', 'Kerry, John', '100'],
      ['ND', 'The "Other"', ''],
    ]);
  });
  it('keeps a last row without a newline', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
