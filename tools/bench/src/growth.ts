import type { DataBuildRow, Row } from './results.ts';

/** V8's longest string (2^29 - 24 characters): a JSON file written as one string cannot be longer. */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

export type FileGrowth = {
  file: string;
  points: { contests: number; bytes: number }[];
  /** k in bytes ~ contests^k, between the two largest corpora built. */
  exponent: number;
  /** Where that power law reaches MAX_STRING_LENGTH; null when the file does not grow. */
  stringLimitAt: number | null;
};

/**
 * How the data build's largest top-level file (at the largest corpus built) grows with the number
 * of contests, and where, at that rate, it could no longer be written as one string.
 */
export function largestFileGrowth(rows: readonly Row<DataBuildRow>[]): FileGrowth | null {
  const built = rows
    .flatMap((r) => (r.ok && r.contests ? [{ contests: r.contests, build: r.value }] : []))
    .sort((a, b) => a.contests - b.contests);
  const top = built[built.length - 1];
  if (!top) return null;
  const [file] = Object.entries(top.build.topFiles).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!file) return null;
  const points = built.flatMap((b) => {
    const bytes = b.build.topFiles[file];
    return bytes === undefined ? [] : [{ contests: b.contests, bytes }];
  });
  const last = points[points.length - 1];
  const before = [...points].reverse().find((p) => last && p.contests < last.contests);
  if (!last || !before) return null;
  const exponent = Math.log(last.bytes / before.bytes) / Math.log(last.contests / before.contests);
  const stringLimitAt =
    exponent > 0 ? Math.floor(last.contests * (MAX_STRING_LENGTH / last.bytes) ** (1 / exponent)) : null;
  return { file, points, exponent, stringLimitAt };
}
