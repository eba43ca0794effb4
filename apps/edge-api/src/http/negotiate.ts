/** Longest Accept field read: a client that needs more is sending something other than preferences. */
const MAX_ACCEPT_LENGTH = 1024;

type Range = { type: string; subtype: string; q: number };

function parseAccept(field: string): Range[] {
  const ranges: Range[] = [];
  for (const part of field.slice(0, MAX_ACCEPT_LENGTH).split(',')) {
    const [mediaRange = '', ...params] = part.split(';');
    const [type, subtype, extra] = mediaRange.trim().toLowerCase().split('/');
    if (!type || !subtype || extra !== undefined) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((s) => s.trim().toLowerCase());
      if (name !== 'q') continue;
      q = value !== undefined && /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : 0;
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/**
 * The offer the `Accept` field prefers (RFC 9110 section 12.5.1): each offer takes the quality of the
 * most specific range that matches it; ties and a missing or unusable field go to the earliest offer.
 */
export function negotiate<T extends string>(
  accept: string | null | undefined,
  offers: readonly [T, ...T[]],
): T {
  if (!accept) return offers[0];
  const ranges = parseAccept(accept);
  let best = offers[0];
  let bestQ = 0;
  for (const offer of offers) {
    const [type, subtype] = offer.toLowerCase().split('/');
    let specificity = -1;
    let q = 0;
    for (const range of ranges) {
      const s =
        range.type === type && range.subtype === subtype
          ? 2
          : range.type === type && range.subtype === '*'
            ? 1
            : range.type === '*' && range.subtype === '*'
              ? 0
              : -1;
      if (s > specificity) {
        specificity = s;
        q = range.q;
      }
    }
    if (q > bestQ) {
      best = offer;
      bestQ = q;
    }
  }
  return best;
}
