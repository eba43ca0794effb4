import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  byDateThenId,
  CandidateRecord,
  type Contest,
  type ContestSummary,
  candidateRecords,
  groupByRace,
  Race,
  type RaceContest,
  type RaceMetadata,
  raceOf,
  resultsCsvHeader,
} from '@tally/core';
import corePackage from '@tally/core/package.json' with { type: 'json' };
import dataPackage from '../package.json' with { type: 'json' };
import { type Acknowledged, Acknowledgements, readAcknowledgements } from '../src/acknowledgements.ts';
import { attributionMarkdown } from '../src/attribution.ts';
import { sourceChecker } from '../src/check-sources.ts';
import { conform } from '../src/conform.ts';
import { type D1SqlChunk, renderD1 } from '../src/d1/index.ts';
import type { Diagnostic } from '../src/diagnostic.ts';
import { ENTRY_DTS, ENTRY_JS } from '../src/entry-module.ts';
import { type FileEntry, fileEntry } from '../src/file-entry.ts';
import { toJson } from '../src/json.ts';
import { jsonArray, jsonChunks } from '../src/json-chunks.ts';
import { jsonSchemaFiles } from '../src/json-schemas.ts';
import { buildManifest } from '../src/manifest.ts';
import { readRaceMetadata, unusedRaceMetadata } from '../src/race-metadata.ts';
import { type RenderedContest, renderContest } from '../src/render-contest.ts';
import { readSourceDirectory, readSources } from './read-sources.ts';
import { openSpool, type Spool, type SpoolRange } from './spool.ts';
import { type StagedDirectory, stageDirectory } from './write-directory.ts';

export type BuildOptions = {
  /** The folder of `*.txt` documents. */
  sourcesDir: string;
  /** The folder to replace with the built package (`dist/`). */
  outDir: string;
  /** The reviewed acknowledgements; `null` for none. Defaults to `acknowledgements.json` beside `sourcesDir`. */
  acknowledgementsFile?: string | null;
  /** The race metadata (cited figures per race); `null` for none. Defaults to `races.json` beside `sourcesDir`. */
  raceMetadataFile?: string | null;
};

export type BuildReport = {
  ok: boolean;
  /** Why the build failed; empty when it succeeded. */
  problems: Diagnostic[];
  warnings: Diagnostic[];
  acknowledged: Acknowledged[];
  /** What was written, by path relative to `outDir`, with sizes; empty when the build failed. */
  written: { path: string; bytes: number }[];
  /** The data version (manifest.hash), when the build succeeded. */
  hash: string | null;
};

const ACKNOWLEDGEMENTS = 'acknowledgements.json';
const ATTRIBUTION = 'ATTRIBUTION.md';
const RACES = 'races.json';

/** What the build keeps of a contest once its own file is written: a few figures and where its pieces are. */
type Kept = Pick<RenderedContest, 'id' | 'date' | 'attribution' | 'results' | 'findings'> & {
  contest: SpoolRange;
  summary: SpoolRange;
  csv: SpoolRange;
};

/**
 * Reads every `sources/*.txt` (in code-point order), parses and audits them, and replaces `outDir` with
 * the data package, or, on any problem, reports every problem and leaves `outDir` exactly as it was.
 * One document is held at a time: each contest's file is written as soon as it is audited, its pieces of
 * the files listing every contest go to a spool until the order by date is known, and every file is
 * written in pieces and hashed as it goes, so no output has to fit in one string.
 */
export async function buildDataPackage(options: BuildOptions): Promise<BuildReport> {
  const { names, skipped } = readSourceDirectory(options.sourcesDir);
  const acknowledgementsPath =
    options.acknowledgementsFile === undefined
      ? join(options.sourcesDir, '..', ACKNOWLEDGEMENTS)
      : options.acknowledgementsFile;
  const acknowledgementsText =
    acknowledgementsPath === null ? null : await readOptional(acknowledgementsPath);
  const read = readAcknowledgements(acknowledgementsText, ACKNOWLEDGEMENTS);
  const raceMetadataText = await readRaceMetadataText(options);
  const raceMetadata = readRaceMetadata(raceMetadataText, RACES);

  const staged = await stageDirectory(options.outDir);
  let spool: Spool | undefined;
  try {
    spool = openSpool(options.outDir);
    const checker = sourceChecker(read.acknowledgements, ACKNOWLEDGEMENTS);
    const inputs: FileEntry[] = [];
    const outputs: FileEntry[] = [];
    const kept: Kept[] = [];
    const tallied: RaceContest[] = [];
    for (const source of readSources(options.sourcesDir, names)) {
      inputs.push(fileEntry(source.file, source.bytes));
      const contest = checker.check(source);
      if (contest === null) continue;
      const rendered = renderContest(contest);
      outputs.push(staged.write(rendered.record.path, rendered.record.content));
      // A copy: strings the parser sliced from the document would otherwise keep all of its text alive.
      const copy = structuredClone({ tallied: rendered.tallied, attribution: rendered.attribution });
      tallied.push(copy.tallied);
      kept.push({
        id: rendered.id,
        date: rendered.date,
        results: rendered.results,
        findings: rendered.findings,
        attribution: copy.attribution,
        contest: spool.append(rendered.contestElement),
        summary: spool.append(rendered.summaryElement),
        csv: spool.append(rendered.csvRecords),
      });
    }
    const checked = checker.finish();
    const problems = [...read.problems, ...raceMetadata.problems, ...checked.problems];
    const warnings = [
      ...skipped.map(
        (entry): Diagnostic => ({
          severity: 'warning',
          code: 'source-skipped',
          file: `sources/${entry.name}`,
          lines: [],
          message: `not read: ${entry.why}; the build reads the regular *.txt files of sources/`,
        }),
      ),
      ...checked.warnings,
      ...unusedRaceMetadata(raceMetadata.races, new Set(tallied.map((contest) => contest.raceId)), RACES),
    ];
    if (problems.length > 0) {
      await staged.discard();
      return { ok: false, problems, warnings, acknowledged: checked.acknowledged, written: [], hash: null };
    }

    if (acknowledgementsText !== null) inputs.push(fileEntry(ACKNOWLEDGEMENTS, acknowledgementsText));
    if (raceMetadataText !== null) inputs.push(fileEntry(RACES, raceMetadataText));
    const listed = kept.sort(byDateThenId);
    // Passed on, not kept: the rankings, then the races as tallied, can go once the next step has them.
    const { races, candidates } = tallyByRace(tallied.splice(0), raceMetadata.races);
    outputs.push(
      ...writeListings(staged, spool, listed),
      staged.write('races.json', jsonChunks(races)),
      staged.write('candidates.json', jsonChunks(candidates)),
      staged.write(ATTRIBUTION, attributionMarkdown(listed.map((contest) => contest.attribution))),
      staged.write(ACKNOWLEDGEMENTS, toJson(Acknowledgements.parse(read.acknowledgements))),
      staged.write('index.d.ts', ENTRY_DTS),
      staged.write('index.js', ENTRY_JS),
    );
    for (const file of jsonSchemaFiles()) outputs.push(staged.write(file.path, file.content));

    const findings = { error: 0, warning: 0, info: 0, acknowledged: 0 };
    for (const { findings: counts } of listed) {
      findings.error += counts.error;
      findings.warning += counts.warning;
      findings.info += counts.info;
      findings.acknowledged += counts.acknowledged;
    }
    const manifest = buildManifest({
      version: dataPackage.version,
      builder: { name: corePackage.name, version: corePackage.version },
      counts: {
        sources: names.length,
        contests: listed.length,
        candidates: candidates.length,
        races: races.length,
        results: listed.reduce((total, contest) => total + contest.results, 0),
        findings,
      },
      inputs,
      outputs,
    });
    const manifestEntry = staged.write('manifest.json', jsonChunks(manifest));
    // Not in the manifest: the database holds the manifest, so it cannot also list the database's files.
    const d1 = writeD1(
      staged,
      renderD1({
        summaries: [...parsedElements<ContestSummary>(spool.read(listed.map((contest) => contest.summary)))],
        contests: parsedElements<Contest>(spool.read(listed.map((contest) => contest.contest))),
        candidates,
        raceMetadata: raceMetadata.races,
        manifest,
      }),
    );
    await staged.commit();
    return {
      ok: true,
      problems: [],
      warnings,
      acknowledged: checked.acknowledged,
      written: [...manifest.outputs, manifestEntry, ...d1].map((entry) => ({
        path: entry.file,
        bytes: entry.bytes,
      })),
      hash: manifest.hash,
    };
  } catch (error) {
    await staged.discard();
    throw error;
  } finally {
    spool?.close();
  }
}

/** The files listing every contest, by date then id, from the pieces spooled as each contest was read. */
function writeListings(staged: StagedDirectory, spool: Spool, listed: readonly Kept[]): FileEntry[] {
  function* csv() {
    yield resultsCsvHeader();
    yield* spool.read(listed.map((contest) => contest.csv));
  }
  return [
    staged.write('contests.json', jsonArray(spool.read(listed.map((contest) => contest.contest)))),
    staged.write('index.json', jsonArray(spool.read(listed.map((contest) => contest.summary)))),
    staged.write('results.csv', csv()),
  ];
}

const decoder = new TextDecoder();

/** The values of spooled JSON elements, parsed one at a time as they are read. */
function* parsedElements<T>(pieces: Iterable<Uint8Array>): Generator<T> {
  for (const piece of pieces) yield JSON.parse(decoder.decode(piece)) as T;
}

/** The D1 database as SQL files in `d1/`, each written as its statements are rendered. */
function writeD1(staged: StagedDirectory, chunks: Iterable<D1SqlChunk>): FileEntry[] {
  const iterator = chunks[Symbol.iterator]();
  let next = iterator.next();
  const written: FileEntry[] = [];
  while (!next.done) {
    const file = next.value.file;
    function* statements(): Generator<string> {
      while (!next.done && next.value.file === file) {
        yield next.value.sql;
        next = iterator.next();
      }
    }
    written.push(staged.write(`d1/${file}`, statements()));
  }
  return written;
}

/**
 * Each race of the contests read, tallied over its own contests only (`raceOf`), with its cited figures,
 * and each candidate with the races they ran in: what `races.json` and `candidates.json` hold.
 */
function tallyByRace(
  tallied: readonly RaceContest[],
  metadata: readonly RaceMetadata[],
): { races: Race[]; candidates: CandidateRecord[] } {
  const byId = new Map(metadata.map((race) => [race.id, race]));
  const races = [...groupByRace(tallied)].map(([id, contests]) =>
    conform(Race, raceOf(id, contests, byId.get(id)), `races.json (${id})`),
  );
  const candidates = candidateRecords(races).map((record) =>
    conform(CandidateRecord, record, `candidates.json (${record.candidateId})`),
  );
  return { races, candidates };
}

/** The race metadata file's text: `races.json` beside `sources/` unless the options name another, or none. */
function readRaceMetadataText(options: BuildOptions): Promise<string | null> {
  if (options.raceMetadataFile === null) return Promise.resolve(null);
  return readOptional(options.raceMetadataFile ?? join(options.sourcesDir, '..', RACES));
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
