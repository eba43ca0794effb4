import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, toCsv } from './csv.ts';

describe('csvField', () => {
  it('leaves plain text and numbers bare', () => {
    expect(csvField('John Kerry')).toBe('John Kerry');
    expect(csvField(84818)).toBe('84818');
    expect(csvField(51.79)).toBe('51.79');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('');
  });

  it('quotes a field holding a comma', () => {
    expect(csvField('Edwards, John')).toBe('"Edwards, John"');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(csvField('Sheila "Samm" Tittle')).toBe('"Sheila ""Samm"" Tittle"');
  });

  it('quotes a field holding a line break', () => {
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('csvRecord', () => {
  it('writes one record, quoted where it must be, with its CRLF', () => {
    expect(csvRecord(['y, z', null, 3])).toBe('"y, z",,3\r\n');
  });
});

describe('toCsv', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          ['y, z', null],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\n"y, z",\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
