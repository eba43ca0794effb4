import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFindingCounts,
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

describe('formatFindingCounts', () => {
  it('names each severity found, most severe first, and leaves out the ones with none', () => {
    expect(formatFindingCounts({ error: 1, warning: 2, info: 0 })).toBe('1 error, 2 warnings');
    expect(formatFindingCounts({ error: 0, warning: 0, info: 3 })).toBe('3 info');
  });
  it('says none when the audit found nothing', () => {
    expect(formatFindingCounts({ error: 0, warning: 0, info: 0 })).toBe('none');
  });
});
