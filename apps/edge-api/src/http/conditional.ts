/**
 * Whether an `If-None-Match` field value matches `etag` (RFC 9110 section 13.1.2): `*` matches any
 * current representation; otherwise any listed entity tag matches by weak comparison (`W/` ignored).
 */
export function matchesIfNoneMatch(field: string | null | undefined, etag: string): boolean {
  if (field === null || field === undefined) return false;
  if (field.trim() === '*') return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const [, tag] of field.matchAll(/(?:W\/)?("[^"]*")/g)) {
    if (tag === opaque) return true;
  }
  return false;
}
