import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  articleCredit,
  byDateThenId,
  CandidateRecord,
  type Contest,
  type ContestSummary,
  candidateRecords,
  type Finding,
  groupByRace,
  mergeSources,
  type NameSighting,
  OPENELECTIONS,
  openElectionsCredit,
  Race,
  type RaceContest,
  type RaceMetadata,
  type RosterEntry,
  raceIdOf,
  raceOf,
  raceRoster,
  readOpenElections,
  resultsCsvHeader,
  type SourceCredit,
  type SourcedContest,
  slugify,
  type Unit,
} from '@tally/core';
import corePackage from '@tally/core/package.json' with { type: 'json' };
import dataPackage from '../package.json' with { type: 'json' };
import { type Acknowledged, Acknowledgements, readAcknowledgements } from '../src/acknowledgements.ts';
import { attributionMarkdown } from '../src/attribution.ts';
import { type SourceFile, sourceChecker } from '../src/check-sources.ts';
import { conform } from '../src/conform.ts';
import { type D1SqlChunk, renderD1 } from '../src/d1/index.ts';
import type { Diagnostic } from '../src/diagnostic.ts';
import { ENTRY_DTS, ENTRY_JS } from '../src/entry-module.ts';
import { type FileEntry, fileEntry } from '../src/file-entry.ts';
import { toJson } from '../src/json.ts';
import { jsonArray, jsonChunks } from '../src/json-chunks.ts';
import { jsonSchemaFiles } from '../src/json-schemas.ts';
import { buildManifest } from '../src/manifest.ts';
import { type Origin, originWarnings, readOrigins } from '../src/openelections-origins.ts';
import { readRaceMetadata, unusedRaceMetadata } from '../src/race-metadata.ts';
import { type RenderedContest, renderContest } from '../src/render-contest.ts';
import { OPENELECTIONS_DIR, readSourceDirectory, readSources } from './read-sources.ts';
import { openSpool, type Spool, type SpoolRange } from './spool.ts';
import { type StagedDirectory, stageDirectory } from './write-directory.ts';

export type BuildOptions = {
  /** The folder of `*.txt` articles and of `openelections/<state>/*.csv` files. */
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
const ORIGINS = `${OPENELECTIONS_DIR}/manifest.json`;

/** What the build keeps of a contest once its own file is written: a few figures and where its pieces are. */
type Kept = Pick<RenderedContest, 'id' | 'date' | 'attribution' | 'results' | 'units' | 'findings'> & {
  contest: SpoolRange;
  summary: SpoolRange;
  csv: SpoolRange;
  /** Every unit, precincts too: the D1 database's rows. */
  allUnits: SpoolRange;
};

/** The candidates of a contest, as a roster of names to read other sources' names against. */
function rosterOf(contest: Contest): RosterEntry[] {
  return contest.results
    .filter((row) => row.kind === 'candidate')
    .map((row) => ({
      candidateId: row.candidateId,
      candidate: row.candidate,
      year: contest.year,
      party: slugify(contest.party),
      from: 'article' as const,
    }));
}

/** The credit of an OpenElections file whose origin the manifest does not record: the project, and the file. */
function unrecordedCredit(file: string): SourceCredit {
  return {
    kind: 'openelections',
    name: OPENELECTIONS,
    title: file,
    url: 'https://openelections.net/',
    license: null,
    licenseUrl: null,
    repository: null,
    path: null,
    commit: null,
    text: `From ${OPENELECTIONS}: ${file} (its repository, path and commit are not recorded).`,
  };
}

/** A finding as it is told apart from another: what it says and the lines it names, whatever file it names them in. */
const findingKey = (finding: Finding) =>
  `${finding.code}|${finding.line}|${finding.lines.join(',')}|${finding.message}`;

function readSource(dir: string, name: string): SourceFile {
  const bytes = readFileSync(join(dir, name));
  return { file: `sources/${name}`, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * Reads every source (the `*.txt` articles and the OpenElections files of `openelections/<state>/`, each list in
 * code-point order), parses and audits them, and replaces `outDir` with the data package, or, on any problem,
 * reports every problem and leaves `outDir` exactly as it was.
 *
 * The OpenElections files are read twice: first for the contests they give and the names in them, then, after
 * the articles, with a roster of every name (the articles' ids win, and one person's names in several files take
 * one id: `raceRoster`). A contest given by several sources (an article and files, or files each covering part of
 * the state) is held until its last source is read, then merged (`mergeSources`); any other is written as soon as
 * it is read, so the build holds one document at a time, plus those contests. Each contest's own file is written
 * at once, its pieces of the files listing every contest go to a spool until the order by date is known, and every
 * file is written in pieces and hashed as it goes, so no output has to fit in one string.
 */
export async function buildDataPackage(options: BuildOptions): Promise<BuildReport> {
  const { names, csvs, skipped } = readSourceDirectory(options.sourcesDir);
  const acknowledgementsPath =
    options.acknowledgementsFile === undefined
      ? join(options.sourcesDir, '..', ACKNOWLEDGEMENTS)
      : options.acknowledgementsFile;
  const acknowledgementsText =
    acknowledgementsPath === null ? null : await readOptional(acknowledgementsPath);
  const read = readAcknowledgements(acknowledgementsText, ACKNOWLEDGEMENTS);
  const raceMetadataText = await readRaceMetadataText(options);
  const raceMetadata = readRaceMetadata(raceMetadataText, RACES);
  const originsText = await readOptional(join(options.sourcesDir, ORIGINS));
  const origins = readOrigins(originsText, `sources/${ORIGINS}`);

  const staged = await stageDirectory(options.outDir);
  let spool: Spool | undefined;
  try {
    spool = openSpool(options.outDir);
    const writing = spool;
    const checker = sourceChecker(read.acknowledgements, ACKNOWLEDGEMENTS);
    const inputs: FileEntry[] = [];
    const outputs: FileEntry[] = [];
    const kept: Kept[] = [];
    const tallied: RaceContest[] = [];
    const warnings: Diagnostic[] = [];
    const withUnits: { contestId: string; units: number }[] = [];

    /** Writes one contest, from all its sources, and keeps what the listings and tallies need of it. */
    function ship(sources: SourcedContest[]): void {
      const merged = mergeSources(sources);
      if (sources.length > 1) {
        const known = new Set(sources.flatMap(({ contest }) => contest.findings.map(findingKey)));
        checker.report(
          merged.findings.filter((finding) => !known.has(findingKey(finding))),
          merged.source.file,
        );
      }
      const rendered = renderContest(merged);
      outputs.push(staged.write(rendered.record.path, rendered.record.content));
      if (rendered.unitsFile) {
        outputs.push(staged.write(rendered.unitsFile.path, rendered.unitsFile.content));
        withUnits.push({ contestId: rendered.id, units: JSON.parse(rendered.unitsFile.content).length });
      }
      // A copy: strings the parser sliced from the document would otherwise keep all of its text alive.
      const copy = structuredClone({ tallied: rendered.tallied, attribution: rendered.attribution });
      tallied.push(copy.tallied);
      kept.push({
        id: rendered.id,
        date: rendered.date,
        results: rendered.results,
        units: rendered.units,
        findings: rendered.findings,
        attribution: copy.attribution,
        contest: writing.append(rendered.contestElement),
        summary: writing.append(rendered.summaryElement),
        csv: writing.append(rendered.csvRecords),
        allUnits: writing.append(rendered.unitsJson),
      });
    }

    // The OpenElections files, a first time: which contests each gives (a contest waits for all its sources),
    // and every name in them, for the roster. A file that does not read is reported by the second reading.
    const filesGiving = new Map<string, number>();
    const sightings: NameSighting[] = [];
    for (const csv of csvs) {
      const source = readSource(options.sourcesDir, csv);
      const first = readOpenElections(source.bytes, { file: source.file });
      if (!first.ok) continue;
      for (const contest of first.contests) {
        filesGiving.set(contest.id, (filesGiving.get(contest.id) ?? 0) + 1);
        const party = raceIdOf(contest).slice(5);
        for (const row of contest.results) {
          if (row.kind === 'candidate')
            sightings.push({
              candidate: row.candidate,
              candidateId: row.candidateId,
              year: contest.year,
              party,
            });
        }
      }
    }

    // The articles: each written at once, unless a file gives its contest too.
    const waiting = new Map<string, SourcedContest[]>();
    const articleRoster: RosterEntry[] = [];
    for (const source of readSources(options.sourcesDir, names)) {
      const entry: FileEntry = fileEntry(source.file, source.bytes);
      inputs.push(entry);
      const contest = checker.check(source);
      if (contest === null) continue;
      const credit = articleCredit(contest.title);
      entry.credit = credit;
      articleRoster.push(...rosterOf(contest));
      if (filesGiving.has(contest.id)) waiting.set(contest.id, [{ contest, credit }]);
      else ship([{ contest, credit }]);
    }

    // The OpenElections files again, every name read against the articles' and the other files' names.
    const roster = [...articleRoster, ...raceRoster(sightings, articleRoster)];
    for (const csv of csvs) {
      const source = readSource(options.sourcesDir, csv);
      const entry: FileEntry = fileEntry(source.file, source.bytes);
      const origin: Origin | undefined = origins.origins.get(csv);
      const credit = origin ? openElectionsCredit(origin) : unrecordedCredit(source.file);
      inputs.push({ ...entry, credit });
      if (origins.problems.length === 0)
        warnings.push(...originWarnings(csv, origin, entry, `sources/${ORIGINS}`));
      for (const contest of checker.checkCsv(source, roster)) {
        const group = [...(waiting.get(contest.id) ?? []), { contest, credit }];
        const files = group.filter((s) => s.contest.format === 'openelections-csv').length;
        if (files >= (filesGiving.get(contest.id) ?? 0)) {
          waiting.delete(contest.id);
          ship(group);
        } else waiting.set(contest.id, group);
      }
    }
    // Only a file that read the first time and not the second leaves a contest waiting: a problem already.
    for (const group of waiting.values()) ship(group);

    const checked = checker.finish();
    const problems = [...read.problems, ...raceMetadata.problems, ...origins.problems, ...checked.problems];
    warnings.unshift(
      ...skipped.map(
        (entry): Diagnostic => ({
          severity: 'warning',
          code: 'source-skipped',
          file: `sources/${entry.name}`,
          lines: [],
          message: `not read: ${entry.why}; the build reads the regular *.txt files of sources/ and the *.csv files of sources/openelections/<state>/`,
        }),
      ),
    );
    warnings.push(
      ...checked.warnings,
      ...unusedRaceMetadata(raceMetadata.races, new Set(tallied.map((contest) => contest.raceId)), RACES),
    );
    if (problems.length > 0) {
      await staged.discard();
      return { ok: false, problems, warnings, acknowledged: checked.acknowledged, written: [], hash: null };
    }

    if (acknowledgementsText !== null) inputs.push(fileEntry(ACKNOWLEDGEMENTS, acknowledgementsText));
    if (raceMetadataText !== null) inputs.push(fileEntry(RACES, raceMetadataText));
    if (originsText !== null) inputs.push(fileEntry(`sources/${ORIGINS}`, originsText));
    const listed = kept.sort(byDateThenId);
    // Passed on, not kept: the rankings, then the races as tallied, can go once the next step has them.
    const { races, candidates } = tallyByRace(tallied.splice(0), raceMetadata.races);
    outputs.push(
      ...writeListings(staged, spool, listed),
      staged.write('races.json', jsonChunks(races)),
      staged.write('candidates.json', jsonChunks(candidates)),
      staged.write(ATTRIBUTION, attributionMarkdown(listed.map((contest) => contest.attribution))),
      staged.write(ACKNOWLEDGEMENTS, toJson(Acknowledgements.parse(read.acknowledgements))),
      // Always written, so `units/` exists for the entry module's `unitsOf` even when no contest has units.
      staged.write(
        'units/index.json',
        toJson(withUnits.sort((a, b) => (a.contestId < b.contestId ? -1 : 1))),
      ),
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
        sources: names.length + csvs.length,
        contests: listed.length,
        candidates: candidates.length,
        races: races.length,
        results: listed.reduce((total, contest) => total + contest.results, 0),
        units: listed.reduce((total, contest) => total + contest.units, 0),
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
        units: parsedElements<Unit[]>(spool.read(listed.map((contest) => contest.allUnits))),
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
