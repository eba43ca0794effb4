// A cursor is opaque to clients: today the base64url of `o:{offset}`, so a keyset store can change it.

const MAX_OFFSET = 10_000_000;

export function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The offset a cursor stands for, or null when the text is not a cursor this API gave out. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const match = /^o:(0|[1-9]\d{0,7})$/.exec(text);
  if (!match) return null;
  const offset = Number(match[1]);
  return offset <= MAX_OFFSET ? offset : null;
}
