import type { Contest } from '@tally/core';

/**
 * The colours candidates are drawn in: ten hues that stay apart on a light and a dark page (Tableau 10's, less
 * its grey), for candidates whose documents give them no colour of their own.
 */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
] as const;

/** Uncommitted, write-ins and others: not candidates, drawn in grey. */
export const NOT_A_CANDIDATE = '#8c8c8c';

/** An infobox colour field (`Color1`, `colour 2`): the number of the candidate group it belongs to. */
const COLOUR_KEY = /^colou?r\s*(\d{1,3})$/i;
const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** The colours a contest's infobox gives its candidates (`Color1: 00539f` beside `Candidate1: John Kerry`). */
export function infoboxColours(contest: Pick<Contest, 'infobox'>): Map<string, string> {
  const idOf = new Map(contest.infobox.candidates.map((group) => [group.index, group.candidateId]));
  const colours = new Map<string, string>();
  for (const field of contest.infobox.fields) {
    const index = COLOUR_KEY.exec(field.key.trim())?.[1];
    const hex = HEX.exec(field.value.trim())?.[1];
    const candidateId = index === undefined ? undefined : idOf.get(Number(index));
    if (hex === undefined || candidateId === undefined || candidateId === null) continue;
    const six = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    colours.set(candidateId, `#${six.toLowerCase()}`);
  }
  return colours;
}

/** How far apart two colours must be (Euclidean, in RGB) to tell two candidates apart at a glance. */
const DISTINCT = 75;

function distance(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.hypot(...x.map((value, i) => value - (y[i] ?? 0)));
}

/** FNV-1a: a candidate id's stable place in the palette. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * One colour per candidate for the whole site, so a candidate looks the same on every page and chart: the
 * colour their documents' infoboxes give them most often (the earliest document's on a tie), unless a candidate
 * given it by more documents has it already; else a palette colour chosen by their id (the next free one if it is
 * taken). Uncommitted, write-ins and others are grey.
 */
export function candidateColours(
  contests: readonly Pick<Contest, 'id' | 'date' | 'infobox' | 'results'>[],
): Map<string, string> {
  const ordered = [...contests].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
  );
  const kinds = new Map<string, string>();
  const votes = new Map<string, Map<string, { count: number; first: number }>>();
  ordered.forEach((contest, order) => {
    for (const row of contest.results) kinds.set(row.candidateId, row.kind);
    for (const [candidateId, colour] of infoboxColours(contest)) {
      const tally = votes.get(candidateId) ?? new Map<string, { count: number; first: number }>();
      const entry = tally.get(colour) ?? { count: 0, first: order };
      entry.count += 1;
      tally.set(colour, entry);
      votes.set(candidateId, tally);
    }
  });
  const colours = new Map<string, string>();
  const taken = new Set<string>();
  const claims = [...votes]
    .map(([candidateId, tally]) => {
      const [colour, { count, first }] = [...tally].sort(
        ([, a], [, b]) => b.count - a.count || a.first - b.first,
      )[0] as [string, { count: number; first: number }];
      return { candidateId, colour, count, first };
    })
    .sort((a, b) => b.count - a.count || a.first - b.first || a.candidateId.localeCompare(b.candidateId));
  for (const claim of claims) {
    if ((kinds.get(claim.candidateId) ?? 'candidate') !== 'candidate' || taken.has(claim.colour)) continue;
    colours.set(claim.candidateId, claim.colour);
    taken.add(claim.colour);
  }
  const rest = [...kinds.keys()].filter((id) => !colours.has(id)).sort();
  for (const candidateId of rest) {
    if (kinds.get(candidateId) !== 'candidate') {
      colours.set(candidateId, NOT_A_CANDIDATE);
      continue;
    }
    const start = hash(candidateId) % PALETTE.length;
    const order = PALETTE.map((_, step) => PALETTE[(start + step) % PALETTE.length] as string);
    // A hue unlike every colour taken, else one merely unused, else (more candidates than the palette has hues)
    // the first unused of hues spread round the colour wheel: no two candidates of the site share a colour.
    const colour =
      order.find((hue) => [...taken].every((other) => distance(hue, other) >= DISTINCT)) ??
      order.find((hue) => !taken.has(hue)) ??
      spreadHue(taken);
    colours.set(candidateId, colour);
    taken.add(colour);
  }
  return colours;
}

/** The first of the hues the golden angle spreads round the colour wheel (mid saturation and lightness) not taken. */
function spreadHue(taken: ReadonlySet<string>): string {
  for (let step = 0; ; step++) {
    const hue = (step * 137.508) % 360;
    const [s, l] = [0.55, 0.45];
    const f = (n: number) => {
      const k = (n + hue / 30) % 12;
      const value = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
      return Math.round(value * 255)
        .toString(16)
        .padStart(2, '0');
    };
    const colour = `#${f(0)}${f(8)}${f(4)}`;
    if (!taken.has(colour)) return colour;
  }
}

/** A candidate's colour, or the palette's first for one the map does not know (never in a built site). */
export function colourOf(colours: ReadonlyMap<string, string>, candidateId: string): string {
  return colours.get(candidateId) ?? PALETTE[hash(candidateId) % PALETTE.length] ?? '#4e79a7';
}
