import { parseContest } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { BASE_COMBINATIONS, contestKey } from './contest-key.ts';
import { generateDocument } from './generate-document.ts';

const docs = (n: number, seed = 7) => Array.from({ length: n }, (_, i) => generateDocument(seed, i));
const tableRows = (text: string) => text.split(/\r?\n/).filter((l) => l.startsWith('| '));

describe('generateDocument', () => {
  it('gives the same text for the same seed and index', () => {
    expect(generateDocument(7, 123).text).toBe(generateDocument(7, 123).text);
  });

  it('gives another corpus for another seed', () => {
    expect(generateDocument(8, 0).text).not.toBe(generateDocument(7, 0).text);
  });

  it('names each file for its index and expected id', () => {
    const doc = generateDocument(7, 42);
    expect(doc.file).toBe(`000042-${doc.id}.txt`);
    expect(doc.id).toMatch(/^\d{4}-[a-z]{2}-[a-z0-9-]+-(caucus|primary)$/);
  });

  it('keeps ids distinct past the number of base combinations', () => {
    const n = BASE_COMBINATIONS * 2 + 100;
    const ids = new Set(Array.from({ length: n }, (_, i) => contestKey(7, i).id));
    expect(ids.size).toBe(n);
    expect(generateDocument(7, BASE_COMBINATIONS).id).toMatch(/-party-\d+-/);
  });

  it('puts the year, place, party and type in the title line', () => {
    const doc = generateDocument(7, 5);
    const [year, code] = doc.id.split('-');
    const title = doc.text.split(/\r?\n/)[0] ?? '';
    expect(title).toMatch(new RegExp(`^= ${year} .+ presidential (caucuses|primary) =$`));
    expect(code).toHaveLength(2);
  });

  it('covers the variety of the family within a thousand documents', () => {
    const texts = docs(1000).map((d) => d.text);
    const share = (test: (t: string) => boolean) => texts.filter(test).length / texts.length;
    expect(share((t) => t.includes('\r\n'))).toBeGreaterThan(0.05);
    expect(share((t) => !t.includes('\nInfobox'))).toBeGreaterThan(0.1);
    expect(share((t) => t.includes('| State delegate equivalents |'))).toBeGreaterThan(0.02);
    expect(share((t) => t.includes('| Popular vote |'))).toBeGreaterThan(0.1);
    expect(share((t) => t.includes('| Delegates |'))).toBeGreaterThan(0.5);
    expect(share((t) => !t.includes('| Delegates |'))).toBeGreaterThan(0.1);
    expect(share((t) => t.includes('(withdrawn)'))).toBeGreaterThan(0.2);
    expect(share((t) => /\| (Uncommitted|Write-ins|No preference|Uninstructed) \|/.test(t))).toBeGreaterThan(
      0.3,
    );
    expect(share((t) => t.includes('==Results by county=='))).toBeGreaterThan(0.1);
    expect(share((t) => t.includes('**'))).toBeGreaterThan(0.3);
    expect(share((t) => / Republican presidential/.test(t))).toBeGreaterThan(0.2);
    expect(share((t) => / (Libertarian|Green|Reform|Constitution) presidential/.test(t))).toBeGreaterThan(
      0.02,
    );
    expect(share((t) => /\d%? \|/.test(t) && /\d\.\d\d% \|/.test(t))).toBeGreaterThan(0.3);
  });

  it('gives every results table 3 to 15 rows before its Total row', () => {
    for (const doc of docs(300)) {
      const rows = tableRows(doc.text);
      const header = rows.findIndex((r) => r.startsWith('| Candidate |'));
      const total = rows.findIndex((r) => /^\| Totals? \|/.test(r));
      expect(total - header - 1).toBeGreaterThanOrEqual(3);
      expect(total - header - 1).toBeLessThanOrEqual(15);
    }
  });

  it('spans 1972 to 2024 and includes DC and the territories', () => {
    const ids = docs(3000).map((d) => d.id);
    const years = new Set(ids.map((id) => Number(id.slice(0, 4))));
    expect(Math.min(...years)).toBe(1972);
    expect(Math.max(...years)).toBe(2024);
    const codes = new Set(ids.map((id) => id.slice(5, 7)));
    for (const code of ['dc', 'pr', 'gu', 'vi', 'as', 'mp']) expect(codes).toContain(code);
  });

  it('writes documents the parser reads, each with the expected id', () => {
    for (const doc of docs(400)) {
      const result = parseContest(doc.text, { file: doc.file });
      if (!result.ok)
        throw new Error(
          `${doc.file}: ${result.error.code} at line ${result.error.line}: ${result.error.message}`,
        );
      expect(result.contest.id).toBe(doc.id);
    }
  });
});
