import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('csvField', () => {
  it('writes numbers, booleans and plain text as they are, and null as nothing', () => {
    expect([csvField(5366), csvField(50.82), csvField(true), csvField('John Kerry'), csvField(null)]).toEqual(
      ['5366', '50.82', 'true', 'John Kerry', ''],
    );
  });

  it('quotes a field holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('Kerry, John')).toBe('"Kerry, John"');
    expect(csvField('John "Jack" Kerry')).toBe('"John ""Jack"" Kerry"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2')).toBe("'-2");
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('a,b\r\n1,\r\n');
  });
});
