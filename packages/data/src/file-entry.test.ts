import { describe, expect, it } from 'vitest';
import { fileEntry, sha256Hex } from './file-entry.ts';

describe('sha256Hex', () => {
  it('gives the standard digest of the empty input and of "abc"', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('fileEntry', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(fileEntry('a.txt', 'é')).toEqual({
      file: 'a.txt',
      sha256: sha256Hex(new Uint8Array([0xc3, 0xa9])),
      bytes: 2,
    });
  });

  it('hashes a string and its UTF-8 bytes alike', () => {
    expect(fileEntry('a', 'Total').sha256).toBe(fileEntry('a', new TextEncoder().encode('Total')).sha256);
  });
});
