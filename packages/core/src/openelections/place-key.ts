/**
 * A place name folded for matching: accents dropped, lower case, `Saint`/`Sainte` as `st`/`ste`, and
 * everything but letters and digits removed (`Doña Ana` and `DONA ANA`, `St. Louis` and `ST LOUIS` meet).
 */
export function placeKey(name: string): string {
  const folded = name.normalize('NFKD').toLowerCase();
  let out = '';
  let word = '';
  const flush = () => {
    out += word === 'saint' ? 'st' : word === 'sainte' ? 'ste' : word;
    word = '';
  };
  for (const char of folded) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) word += char;
    else flush();
  }
  flush();
  return out;
}
