/** One entity tag of a conditional header: weak or not, and its opaque quoted string (quotes included). */
export type EntityTag = { weak: boolean; opaque: string };

/** Characters an entity tag's opaque string may hold (RFC 9110 `etagc`): `!`, `#` to `~`, and obs-text. */
const ETAGC = /^[\x21\x23-\x7e\x80-\xff]*$/;

/**
 * The entity tags of an `If-Match` or `If-None-Match` field (RFC 9110 section 8.8.3): a comma-separated list
 * of `"opaque"` or `W/"opaque"` (the `W` upper-case), or `*`. Null when the field is anything else, so a
 * malformed field matches nothing: `w/"x"`, an unquoted tag, an unterminated quote, text between tags.
 */
export function parseEntityTags(field: string): EntityTag[] | '*' | null {
  if (field.trim() === '*') return '*';
  const tags: EntityTag[] = [];
  let at = 0;
  const skip = (chars: string) => {
    while (at < field.length && chars.includes(field[at] as string)) at++;
  };
  skip(' \t,');
  while (at < field.length) {
    const weak = field.startsWith('W/', at);
    if (weak) at += 2;
    if (field[at] !== '"') return null;
    const end = field.indexOf('"', at + 1);
    if (end === -1) return null;
    const opaque = field.slice(at, end + 1);
    if (!ETAGC.test(opaque.slice(1, -1))) return null;
    tags.push({ weak, opaque });
    at = end + 1;
    skip(' \t');
    if (at < field.length && field[at] !== ',') return null;
    skip(' \t,');
  }
  return tags.length > 0 ? tags : null;
}

function tagOf(etag: string): EntityTag {
  return etag.startsWith('W/') ? { weak: true, opaque: etag.slice(2) } : { weak: false, opaque: etag };
}

/**
 * Whether an `If-None-Match` field matches `etag` (RFC 9110 section 13.1.2): `*` matches any current
 * representation; otherwise a listed, well-formed entity tag matches by weak comparison (`W/` ignored).
 */
export function matchesIfNoneMatch(field: string | null | undefined, etag: string): boolean {
  if (field === null || field === undefined) return false;
  const tags = parseEntityTags(field);
  if (tags === '*') return true;
  const current = tagOf(etag);
  return tags?.some((tag) => tag.opaque === current.opaque) ?? false;
}

/**
 * Whether an `If-Match` field matches `etag` (RFC 9110 section 13.1.1): `*` matches any current
 * representation; otherwise a listed, well-formed entity tag matches by strong comparison: neither tag weak,
 * the same opaque string. A field that does not match (or is malformed) fails the precondition: 412.
 */
export function matchesIfMatch(field: string, etag: string): boolean {
  const tags = parseEntityTags(field);
  if (tags === '*') return true;
  const current = tagOf(etag);
  return !current.weak && (tags?.some((tag) => !tag.weak && tag.opaque === current.opaque) ?? false);
}
