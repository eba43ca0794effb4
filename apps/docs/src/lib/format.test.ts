import { describe, expect, it } from 'vitest';
import {
  count,
  formatDate,
  formatNumber,
  formatPercent,
  formatShare,
  formatStatedPercent,
} from './format.js';

describe('formatNumber', () => {
  it('groups thousands and keeps up to two decimals', () => {
    expect(formatNumber(11397)).toBe('11,397');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(0)).toBe('0');
  });
  it('prints an em dash where the document gives no figure', () => {
    expect(formatNumber(null)).toBe('—');
  });
});

describe('formatShare and formatPercent', () => {
  it('prints a computed share as a percent with two decimals', () => {
    expect(formatShare(0.484134)).toBe('48.41%');
    expect(formatShare(null)).toBe('—');
  });
  it('prints a stated percent as written', () => {
    expect(formatPercent(48.41)).toBe('48.41%');
    expect(formatPercent(3.4)).toBe('3.4%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatDate', () => {
  it('prints an ISO date in words, whatever the time zone', () => {
    expect(formatDate('2004-02-07')).toBe('February 7, 2004');
    expect(formatDate(null)).toBe('date unknown');
  });
});

describe('formatStatedPercent', () => {
  it('keeps the precision the document stated the percent at', () => {
    expect(formatStatedPercent('16.50', 16.5)).toBe('16.50%');
    expect(formatStatedPercent('48.41%', 48.41)).toBe('48.41%');
  });
  it('falls back to the number, or a dash, without a stated cell', () => {
    expect(formatStatedPercent(null, 3.4)).toBe('3.4%');
    expect(formatStatedPercent('—', null)).toBe('—');
  });
});

describe('count', () => {
  it('says one in the singular and any other number in the plural', () => {
    expect([count(1, 'contest'), count(4, 'contest'), count(0, 'error'), count(1234, 'result row')]).toEqual([
      '1 contest',
      '4 contests',
      '0 errors',
      '1,234 result rows',
    ]);
  });
});
