import { z } from 'zod';
import { Coverage } from './unit.js';

/** The formats a contest can be read from. */
export const SourceFormat = z.enum(['article', 'openelections-csv']).meta({ id: 'SourceFormat' });
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Who a figure is owed to: a Wikipedia article, or an OpenElections results file. */
export const SourceKind = z.enum(['wikipedia', 'openelections']).meta({ id: 'SourceKind' });
export type SourceKind = z.infer<typeof SourceKind>;

/** The credit one source document is owed, as every page, file and answer showing its figures gives it. */
export const SourceCredit = z
  .object({
    kind: SourceKind,
    name: z.string().meta({
      description: '`Wikipedia`, or `OpenElections (openelections.net)`.',
      examples: ['Wikipedia', 'OpenElections (openelections.net)'],
    }),
    title: z.string().meta({
      description: "The article's title; for an OpenElections file, its repository and path.",
    }),
    url: z.url().meta({
      description: 'The article, or the file on GitHub at the commit it was copied from.',
    }),
    license: z
      .string()
      .nullable()
      .meta({ description: '`CC BY-SA 4.0` for an article; null where the source states none.' }),
    licenseUrl: z.url().nullable(),
    repository: z
      .string()
      .nullable()
      .meta({ description: 'An OpenElections repository (`openelections/openelections-data-ms`).' }),
    path: z.string().nullable().meta({ description: 'The file’s path in that repository.' }),
    commit: z.string().nullable().meta({ description: 'The commit the file was copied from.' }),
    text: z.string().meta({ description: 'The credit line to show beside the figures.' }),
  })
  .meta({ id: 'SourceCredit', description: 'The credit owed to one source document.' });
export type SourceCredit = z.infer<typeof SourceCredit>;

/** What a contest took from one of its sources. */
export const SourceUse = z.enum(['results', 'units', 'compared']).meta({
  id: 'SourceUse',
  description:
    '`results`: its figures are the contest’s results (added up, where several files each cover part of the state); `units`: its reporting units are the contest’s; `compared`: its figures are checked against the others, every disagreement a finding.',
});
export type SourceUse = z.infer<typeof SourceUse>;

/** One source document of a contest: where it is, what it covers, what the contest took from it, its credit. */
export const SourceRecord = z
  .object({
    file: z.string(),
    format: SourceFormat,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(0),
    lines: z.number().int().min(0),
    coverage: Coverage.nullable().meta({ description: 'Null for an article (statewide).' }),
    uses: z.array(SourceUse),
    credit: SourceCredit,
  })
  .meta({ id: 'SourceRecord', description: 'A source document of a contest and its credit.' });
export type SourceRecord = z.infer<typeof SourceRecord>;

export const WIKIPEDIA = 'Wikipedia';
export const OPENELECTIONS = 'OpenElections (openelections.net)';
export const CC_BY_SA = 'CC BY-SA 4.0';
export const CC_BY_SA_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';
