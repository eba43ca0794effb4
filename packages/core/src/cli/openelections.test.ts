import { describe, expect, test } from 'vitest';
import { runCli, SEEDS } from './fixtures/run-cli.js';

const OE = '../data/sources/openelections';
const AZ_2004 = `${OE}/az/20040203__az__primary__president.csv`;
const DE_2004 = `${OE}/de/20040203__de__primary__precinct.csv`;
const DC_2008 = `${OE}/dc/20080212__dc__primary__president__ward.csv`;
const ARTICLE = 'src/audit/fixtures/2008-dc-democratic-primary.txt';

describe('the CLI with OpenElections files', () => {
  test('parse prints one entry per contest a CSV holds, each naming its file, beside the articles', async () => {
    const r = await runCli(['parse', SEEDS.nd, DC_2008]);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as {
      id: string;
      format?: string;
      source: { file: string };
      units?: unknown[];
    }[];
    expect(entries.map((e) => [e.id, e.format ?? 'article', e.source.file, e.units?.length ?? 0])).toEqual([
      ['2004-nd-democratic-caucus', 'article', SEEDS.nd, 0],
      ['2008-dc-democratic-primary', 'openelections-csv', DC_2008, 8],
      ['2008-dc-republican-primary', 'openelections-csv', DC_2008, 8],
    ]);
  });

  test('a broken CSV gets an error entry with its line and column; the others still print', async () => {
    const broken = '20040203__az__primary__broken.csv';
    const r = await runCli(['parse', broken, DC_2008], {
      files: {
        [broken]: new TextEncoder().encode(
          'county,office,party,candidate,votes\nApache,President,DEM,Ann Lee,1O\n',
        ),
      },
    });
    expect(r.code).toBe(1);
    const [first, ...rest] = JSON.parse(r.stdout);
    expect(first).toEqual({
      file: broken,
      error: expect.objectContaining({ code: 'cell-not-numeric', line: 2, column: 5 }),
    });
    expect(rest).toHaveLength(2);
  });

  test('names given by initials take the full names of the other files given', async () => {
    const alone = JSON.parse((await runCli(['parse', DE_2004])).stdout)[0];
    expect(alone.results[0].candidateId).toBe('j-kerry');
    const together = JSON.parse((await runCli(['parse', DE_2004, AZ_2004])).stdout)[0];
    expect(together.results.map((r: { candidateId: string }) => r.candidateId)).toContain('john-kerry');
  });

  test('audit prints each CSV finding at its file and line, and compares an article and a CSV of one contest', async () => {
    const r = await runCli(['audit', ARTICLE, DC_2008]);
    expect(r.stdout).toContain(
      `2008-dc-democratic-primary across sources (${ARTICLE}, ${DC_2008}): 3 warnings`,
    );
    expect(r.stdout).toContain(
      `${ARTICLE}:12 ~ ${DC_2008}:6: warning sources-votes-mismatch: Barack Obama: 93,386 votes in ${ARTICLE}, 93,383 in ${DC_2008} (off by -3).`,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 files: /);
    const de = await runCli(['audit', DE_2004]);
    expect(de.code).toBe(1);
    expect(de.stdout).toMatch(
      new RegExp(`^${DE_2004}:2747: error unit-candidate-total-mismatch: Sussex \\(county\\)`, 'm'),
    );
  });

  test('tally adds the CSVs’ contests and credits OpenElections', async () => {
    const r = await runCli(['tally', '--state', 'DC', DC_2008, SEEDS.nd]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '2 contests tallied by race (2 races), of the 3 contests parsed from the 2 files given; filter: state DC.',
    );
    expect(r.stdout).toMatch(/^Barack Obama +93,383 /m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Data: Wikipedia, CC BY-SA 4.0. OpenElections (openelections.net).',
    );
  });
});
