import type { OpenElectionsOrigin } from '@tally/core';
import { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';

/** One entry of `sources/openelections/manifest.json`: where a file was copied from, byte for byte. */
const Entry = z.object({
  state: z.string().regex(/^[a-z]{2}$/),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  path: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Where a file of `sources/openelections/` comes from, with the size and digest it had there. */
export type Origin = OpenElectionsOrigin & { bytes: number; sha256: string };

/**
 * Reads the OpenElections manifest (`sources/openelections/manifest.json`): each file's origin by its path in
 * the sources folder (`openelections/<state>/<name>`). `null` text means there is none: every file is then
 * unattributed (a warning each, from the build). An entry that does not read stops the build.
 */
export function readOrigins(
  text: string | null,
  file: string,
): { origins: Map<string, Origin>; problems: Diagnostic[] } {
  const origins = new Map<string, Origin>();
  if (text === null) return { origins, problems: [] };
  const problem = (message: string): Diagnostic => ({
    severity: 'error',
    code: 'openelections-manifest-invalid',
    file,
    lines: [],
    message,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { origins, problems: [problem(`not JSON: ${(error as Error).message}`)] };
  }
  const parsed = z.array(Entry).safeParse(json);
  if (!parsed.success) {
    return {
      origins,
      problems: parsed.error.issues.map((issue) =>
        problem(`${issue.path.length > 0 ? `entry ${issue.path.join('.')}` : 'the file'}: ${issue.message}`),
      ),
    };
  }
  for (const entry of parsed.data) {
    const name = entry.path.split('/').pop() as string;
    origins.set(`openelections/${entry.state}/${name}`, {
      repository: entry.repo,
      path: entry.path,
      commit: entry.commit,
      bytes: entry.bytes,
      sha256: entry.sha256,
    });
  }
  return { origins, problems: [] };
}

/** A file the manifest gives no origin, or whose bytes are not the origin's: a warning, the credit incomplete. */
export function originWarnings(
  csv: string,
  origin: Origin | undefined,
  read: { bytes: number; sha256: string },
  manifestFile: string,
): Diagnostic[] {
  if (origin === undefined) {
    return [
      {
        severity: 'warning',
        code: 'source-unattributed',
        file: manifestFile,
        lines: [],
        message: `sources/${csv} is not in it: add the file's repository, path and commit, and its row of ATTRIBUTION.md`,
      },
    ];
  }
  if (origin.sha256 === read.sha256 && origin.bytes === read.bytes) return [];
  return [
    {
      severity: 'warning',
      code: 'source-origin-mismatch',
      file: `sources/${csv}`,
      lines: [],
      message: `is not the file ${origin.path} of ${origin.repository} at ${origin.commit.slice(0, 7)} byte for byte (the manifest records ${origin.bytes} bytes, sha256 ${origin.sha256.slice(0, 12)}…): copy it again, or record where it comes from`,
    },
  ];
}
