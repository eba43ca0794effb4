import { z } from 'zod';
import { CandidateKind } from './candidate-kind.js';
import { Finding } from './finding.js';
import { Line } from './position.js';
import { SourceFormat, SourceRecord } from './source.js';
import { Coverage, CsvReading, Unit } from './unit.js';

export const ContestType = z.enum(['caucus', 'primary']);
export type ContestType = z.infer<typeof ContestType>;

export { CandidateKind } from './candidate-kind.js';

export const ResultRow = z
  .object({
    candidate: z
      .string()
      .min(1)
      .meta({ description: 'The name as the table gives it, without a (withdrawn) suffix.' }),
    candidateId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    withdrawn: z.boolean(),
    kind: CandidateKind,
    votes: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'The counted unit (see Contest.unit); null where the table gives none.' }),
    percent: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'The share as stated, in percent (50.82 means 50.82%).' }),
    delegates: z.number().min(0).nullable(),
    raw: z
      .object({
        votes: z.string().nullable(),
        percent: z.string().nullable(),
        delegates: z.string().nullable(),
      })
      .meta({ description: 'The cells as written, so the audit can read their stated precision.' }),
    line: Line,
    file: z.string().optional().meta({
      description:
        'The source file `line` is in, where the contest is read from several files and it is not `source.file`.',
    }),
  })
  .meta({ id: 'ResultRow', description: 'One row of the results table, in table order.' });
export type ResultRow = z.infer<typeof ResultRow>;

export const Totals = z
  .object({
    votes: z.number().min(0).nullable(),
    percent: z.number().min(0).nullable(),
    delegates: z.number().min(0).nullable(),
    raw: z.object({
      votes: z.string().nullable(),
      percent: z.string().nullable(),
      delegates: z.string().nullable(),
    }),
    line: Line,
  })
  .meta({ id: 'Totals', description: 'The Total row of the results table, as stated.' });
export type Totals = z.infer<typeof Totals>;

export const DelegateCounts = z
  .object({
    total: z.number().int().min(0).nullable(),
    pledged: z.number().int().min(0).nullable(),
    unpledged: z.number().int().min(0).nullable(),
    line: Line.nullable().meta({ description: 'The first line that states a count; null when none does.' }),
    lines: z.object({ total: Line.nullable(), pledged: Line.nullable(), unpledged: Line.nullable() }).meta({
      description: 'The line each count was read from: an infobox field, else a sentence of the prose.',
    }),
  })
  .meta({
    id: 'DelegateCounts',
    description:
      'The delegates at stake, each count as the infobox states it, else as the prose does (`A total of 76 (of 95) delegates`); null where absent.',
  });
export type DelegateCounts = z.infer<typeof DelegateCounts>;

export const InfoboxField = z.object({ key: z.string(), value: z.string(), line: Line });
export type InfoboxField = z.infer<typeof InfoboxField>;

export const InfoboxCandidate = z
  .object({
    index: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'The number in the infobox keys (Candidate4 is 4); gaps allowed.' }),
    candidate: z.string().nullable(),
    candidateId: z.string().nullable(),
    withdrawn: z.boolean(),
    homeState: z.string().nullable(),
    votes: z.number().min(0).nullable(),
    percent: z.number().min(0).nullable(),
    delegates: z.number().min(0).nullable(),
    raw: z.object({
      votes: z.string().nullable(),
      percent: z.string().nullable(),
      delegates: z.string().nullable(),
    }),
    lines: z.record(z.string(), Line).meta({ description: 'The line of each field read, by field name.' }),
  })
  .meta({ id: 'InfoboxCandidate', description: 'One numbered candidate group of the infobox, as read.' });
export type InfoboxCandidate = z.infer<typeof InfoboxCandidate>;

export const Infobox = z
  .object({
    line: Line.nullable(),
    electionName: z.string().nullable(),
    fields: z.array(InfoboxField).meta({ description: 'Every Key: Value line, in order.' }),
    candidates: z.array(InfoboxCandidate),
  })
  .meta({ id: 'Infobox' });
export type Infobox = z.infer<typeof Infobox>;

export const TableRow = z.object({ cells: z.array(z.string()), line: Line });
export const Table = z
  .object({
    line: Line.meta({ description: 'The first line of the table.' }),
    endLine: Line,
    caption: z
      .string()
      .nullable()
      .meta({ description: 'The caption line or title row above the header, if any.' }),
    captionLine: Line.nullable(),
    section: z.string().nullable(),
    header: TableRow.nullable(),
    rows: z.array(TableRow).meta({ description: 'The body rows, Total row included.' }),
    isResults: z.boolean(),
    role: z.enum(['results', 'possible-results', 'other-scope', 'other']).meta({
      description:
        '`results`: the statewide results read; `possible-results`: another table that could be them ' +
        '(reported by `results-table-ambiguous`); `other-scope`: a table with a Total row for another year, ' +
        'state, party or a part of the state; `other`: any other table.',
    }),
    scope: z
      .string()
      .nullable()
      .meta({ description: 'Why an `other-scope` table is not the statewide result, in words; else null.' }),
  })
  .meta({ id: 'Table', description: 'A pipe table of the document, kept as read.' });
export type Table = z.infer<typeof Table>;

export const ColumnRole = z.enum(['name', 'count', 'percent', 'delegates', 'unread', 'text', 'empty']);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const ColumnReading = z
  .object({
    index: z.number().int().min(0),
    header: z.string().nullable().meta({ description: 'The header cell; null without a header row.' }),
    role: ColumnRole.meta({
      description:
        'What the parser read the column as; `unread` is a column of figures it does not read ' +
        '(reported by `column-unread`), `text` a column of words, `empty` a column with no cells filled.',
    }),
  })
  .meta({ id: 'ColumnReading' });
export type ColumnReading = z.infer<typeof ColumnReading>;

export const DateStatement = z
  .object({
    date: z.iso.date(),
    line: Line,
    source: z.enum(['infobox', 'labelled', 'prose']),
    text: z.string().meta({ description: 'The words the date was read from.' }),
  })
  .meta({ id: 'DateStatement' });
export type DateStatement = z.infer<typeof DateStatement>;

export const Reading = z
  .object({
    header: Line.nullable().meta({
      description: 'The header row of the results table; null when it has none.',
    }),
    columns: z.array(ColumnReading),
    thousands: z
      .enum(['comma', 'dot', 'space', 'none'])
      .meta({ description: 'How the count column groups thousands (`dot`: `5.366` read as 5,366).' }),
    totalRows: z
      .array(Totals)
      .meta({ description: 'Every Total row of the results table, in order; the first is `totals`.' }),
    rowsAfterTotal: z
      .array(TableRow)
      .meta({ description: 'Rows with figures after the Total row, not read as results.' }),
    dates: z
      .array(DateStatement)
      .meta({ description: 'Every statement of the date found, in document order.' }),
  })
  .meta({
    id: 'Reading',
    description: 'How the parser read the document: what the audit checks beyond the figures themselves.',
  });
export type Reading = z.infer<typeof Reading>;

export const Paragraph = z.object({ text: z.string(), line: Line, section: z.string().nullable() });
export type Paragraph = z.infer<typeof Paragraph>;
export const Section = z.object({ title: z.string(), level: z.number().int().min(1), line: Line });
export type Section = z.infer<typeof Section>;
export const ListItem = z.object({ text: z.string(), line: Line, section: z.string().nullable() });
export type ListItem = z.infer<typeof ListItem>;

export { SourceFormat } from './source.js';

export const Contest = z
  .object({
    id: z
      .string()
      .regex(/^\d{4}-[a-z]{2}-[a-z0-9-]+-(caucus|primary)$/)
      .meta({
        description: '{year}-{USPS code}-{party}-{caucus|primary}',
        examples: ['2004-nd-democratic-caucus'],
      }),
    title: z.string(),
    year: z.number().int(),
    state: z.string(),
    stateCode: z.string().regex(/^[A-Z]{2}$/),
    party: z.string(),
    raceId: z
      .string()
      .regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional()
      .meta({
        description:
          'The race the contest belongs to, `{year}-{party}` (`2004-democratic`), set by the parser. A contest ' +
          'built without it belongs to the race its year and party name: read it with `raceIdOf`.',
        examples: ['2004-democratic'],
      }),
    type: ContestType,
    date: z.iso.date().nullable().meta({
      description:
        'ISO date: from the infobox, else a labelled line (`Date: ...`), else an unambiguous date in the prose; null when none.',
    }),
    unit: z.string().nullable().meta({
      description: '`votes`, or what the results header says is counted; null when only shares are given.',
    }),
    delegates: DelegateCounts,
    results: z.array(ResultRow),
    totals: Totals,
    infobox: Infobox,
    sections: z.array(Section),
    paragraphs: z.array(Paragraph),
    lists: z.array(ListItem),
    tables: z.array(Table),
    reading: Reading,
    findings: z.array(Finding).meta({ description: 'What the audit found; empty until audited.' }),
    lines: z
      .object({ title: Line, date: Line.nullable(), resultsTable: Line })
      .meta({ description: 'Where the title, the date and the results table stand.' }),
    format: SourceFormat.optional().meta({
      description: 'The kind of document the contest was read from; absent means `article`.',
    }),
    units: z.array(Unit).optional().meta({
      description:
        'The reporting units, coarsest first (counties, then the precincts inside them); absent or empty for an article.',
    }),
    coverage: Coverage.optional().meta({
      description: 'Which part of the state the units cover; absent for an article (statewide).',
    }),
    openElections: CsvReading.optional().meta({
      description: 'How an OpenElections CSV was read; absent otherwise.',
    }),
    sources: z.array(SourceRecord).optional().meta({
      description:
        'Every source document the contest is built from (an article, OpenElections files), what it took from each and the credit each is owed; `source` is the first. Set by the data package.',
    }),
    source: z
      .object({
        file: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().min(0),
        lines: z.number().int().min(0),
      })
      .meta({ description: 'The document this contest was read from.' }),
  })
  .meta({ id: 'Contest', description: 'One nominating contest, read from one document.' });
export type Contest = z.infer<typeof Contest>;
