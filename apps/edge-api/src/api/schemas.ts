import {
  CandidateKind,
  ContestType,
  Coverage,
  DelegateCounts,
  Finding,
  FindingBrief,
  Fips,
  NonVotes,
  Outcome,
  RaceFigure,
  RaceId,
  ResultRecord,
  SourceCredit,
  SourceFormat,
  SourceKind,
  SourceUse,
  Stated,
  UnitType,
} from '@tally/core';
import { z } from 'zod';
import { PROBLEM_BASE, PROBLEMS, type ProblemKind, problemType } from '../http/problem.js';

// The API's one vocabulary: every response schema, registered as an OpenAPI component by its meta id.
// A candidate is `{ id, name, kind }` wherever one appears; a contest, a race and a candidate have the same
// fields in a list as at the start of their own resource; every JSON answer is one envelope.

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const Hash = z.string().regex(/^[0-9a-f]{64}$/);
const Lines = z.array(z.number().int().min(1));

export const ValidationIssue = z
  .object({
    location: z.enum(['query', 'path']),
    name: z.string().meta({ description: 'The parameter, or `(request)` for a rule across parameters.' }),
    code: z.string().meta({
      description:
        'The check that failed, kebab-case: `unrecognized-key`, `repeated`, `invalid-format`, `too-big`, `custom`, ...',
    }),
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue', description: 'One thing wrong with one request parameter.' });

export const Problem = z
  .object({
    type: z.enum((Object.keys(PROBLEMS) as ProblemKind[]).map(problemType)).meta({
      description:
        `Stable: \`${PROBLEM_BASE}{kind}/\`, a path of this service (resolve it against the request's origin) ` +
        'where the docs site documents the problem.',
      examples: [problemType('not-found')],
    }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().meta({ description: 'The request path, as sent.' }),
    issues: z.array(ValidationIssue).optional().meta({ description: 'On 400: every invalid parameter.' }),
  })
  .meta({
    id: 'Problem',
    description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
  });

export const AttributionSource = z
  .object({
    kind: SourceKind,
    name: z.string().meta({ examples: ['Wikipedia', 'OpenElections (openelections.net)'] }),
    text: z.string().meta({ description: 'The credit line for figures from sources of this kind.' }),
    license: z.string().nullable().meta({ description: 'The sources’ licence; null where they state none.' }),
    licenseUrl: z.url().nullable(),
    url: z.url(),
  })
  .meta({ id: 'AttributionSource', description: 'One kind of source the figures of the answer come from.' });

export const Attribution = z
  .object({
    text: z.string().meta({ description: 'The credit line to show beside the figures of this answer.' }),
    license: z
      .literal('CC BY-SA 4.0')
      .meta({ description: 'The data package’s licence: it derives from Wikipedia text.' }),
    licenseUrl: z.literal('https://creativecommons.org/licenses/by-sa/4.0/'),
    sources: z.array(AttributionSource).meta({
      description:
        'Each kind of source the answer’s figures come from: a contest’s, a unit’s or a race’s own; every kind the data package holds for an answer across contests.',
    }),
  })
  .meta({
    id: 'Attribution',
    description:
      'The credit owed for the figures shown: Wikipedia (CC BY-SA 4.0) for an article’s, OpenElections for a results file’s.',
  });

export const PageInfo = z
  .object({
    limit: z.number().int().min(1),
    total: z.number().int().min(0).meta({ description: 'How many items the query selects in all.' }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  })
  .meta({ id: 'PageInfo' });

export const Meta = z
  .object({
    dataVersion: Hash.meta({ description: 'The data manifest hash the answer was built from.' }),
    attribution: Attribution,
  })
  .meta({ id: 'Meta', description: 'What every answer says about itself: the data version and the credit.' });

export const ListMeta = Meta.extend({ page: PageInfo }).meta({
  id: 'ListMeta',
  description: 'The meta of one page of a list: the data version, the credit and where the page stands.',
});

export const PageLinks = z
  .object({
    self: z.string(),
    first: z.string(),
    prev: z.string().nullable(),
    next: z.string().nullable(),
  })
  .meta({ id: 'PageLinks', description: 'Path-absolute URLs of this page and its neighbours.' });

export const SelfLinks = z.object({ self: z.string() }).meta({ id: 'SelfLinks' });

/** `{ data, links, meta }`: the one shape of every JSON answer, a single resource or a page of a list. */
export function envelope<D extends z.ZodType, L extends z.ZodType>(
  id: string,
  description: string,
  data: D,
  links: L,
) {
  return z.object({ data, links, meta: Meta }).meta({ id, description });
}

/** A page of a list: the items in `data`, paging in `meta.page` and `links`. */
export function listEnvelope<D extends z.ZodType>(id: string, description: string, item: D) {
  return z.object({ data: z.array(item), links: PageLinks, meta: ListMeta }).meta({ id, description });
}

export const CandidateRef = z
  .object({
    id: Slug.meta({ description: 'The candidate id: the name in kebab-case.', examples: ['john-kerry'] }),
    name: z.string(),
    kind: CandidateKind,
  })
  .meta({
    id: 'CandidateRef',
    description:
      'A candidate wherever one is named. `kind` tells a real candidate from Uncommitted, Write-ins or Others.',
  });

const Undetermined = z
  .object({ reason: z.string(), lines: Lines.meta({ description: 'The rows without a figure.' }) })
  .nullable()
  .meta({
    description: 'Why the winner (or runner-up) cannot be told from the figures read; null when it can.',
  });

export const ContestItem = z
  .object({
    id: Slug.meta({
      description: '`{year}-{usps}-{party}-{caucus|primary}`',
      examples: ['2004-nd-democratic-caucus'],
    }),
    raceId: RaceId,
    title: z.string().meta({ description: 'The Wikipedia article’s title.' }),
    year: z.number().int(),
    state: z.string(),
    stateCode: z.string().regex(/^[A-Z]{2}$/),
    party: z.string(),
    type: ContestType,
    date: z.iso.date().nullable(),
    voteUnit: z.string().nullable().meta({
      description: 'What the votes count: `votes`, or what a caucus table says (state delegate equivalents).',
    }),
    totals: z
      .object({ votes: z.number().min(0).nullable(), delegates: z.number().min(0).nullable() })
      .meta({ description: 'As the Total row states them, else the rows’ sum.' }),
    outcome: Outcome,
    winner: CandidateRef.nullable().meta({
      description: 'Null unless `outcome` is `decided`: never the next candidate.',
    }),
    undetermined: Undetermined,
    findingCounts: z
      .object({
        error: z.number().int().min(0),
        warning: z.number().int().min(0),
        info: z.number().int().min(0),
        acknowledged: z.number().int().min(0).meta({
          description:
            'Of the errors, how many ship because a person acknowledged them (reasons in `findingsBrief`).',
        }),
      })
      .meta({ description: 'How many audit findings of each severity the contest carries.' }),
    findingsBrief: z.array(FindingBrief).meta({
      description:
        'What the counts count: each finding’s severity, code and line, errors first; an acknowledged error with ' +
        'its `acknowledgement` (the reason it ships). The contest’s own resource has each finding in full.',
    }),
  })
  .meta({
    id: 'ContestItem',
    description: 'A contest: what it is, its totals and who won, without its rows.',
  });

const Raw = z
  .object({ votes: z.string().nullable(), percent: z.string().nullable(), delegates: z.string().nullable() })
  .meta({ description: 'The cells as written: their stated precision.' });

export const ContestResultRow = z
  .object({
    rank: z.number().int().min(1).meta({ description: 'Competition ranking by votes (ties share a rank).' }),
    candidate: CandidateRef,
    withdrawn: z.boolean(),
    votes: z.number().min(0).nullable(),
    percent: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'As stated, in percent; `raw.percent` has its precision.' }),
    share: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'Computed: votes / the rows’ votes, unrounded; beside the stated `percent`.' }),
    delegates: z.number().min(0).nullable(),
    raw: Raw,
    line: z.number().int().min(1),
  })
  .meta({ id: 'ContestResultRow', description: 'One row of a contest’s results table, in table order.' });

export const ContestDelegateModel = z
  .object({
    model: z.literal(true).meta({ description: 'Always true: a statewide model, not the real allocation.' }),
    label: z.string(),
    method: z.enum(['largest-remainder', 'dnc']),
    threshold: z.number().min(0).max(1),
    delegates: z.number().int().min(0),
    awards: z.array(
      z.object({
        candidate: CandidateRef,
        share: z.number().min(0).max(1),
        qualified: z.boolean(),
        modelDelegates: z.number().int().min(0),
        actualDelegates: z.number().min(0).nullable(),
      }),
    ),
  })
  .meta({
    id: 'ContestDelegateModel',
    description: 'A statewide what-if allocation beside the delegates awarded.',
  });

export const ContestSourceItem = z
  .object({
    file: z.string(),
    format: SourceFormat,
    sha256: Hash,
    uses: z.array(SourceUse),
    coverage: Coverage.nullable().meta({
      description: 'What part of the state a results file covers; null for an article.',
    }),
    credit: SourceCredit,
  })
  .meta({ id: 'ContestSourceItem', description: 'A source document of a contest and its credit.' });

export const ContestDetail = ContestItem.extend({
  delegatesAtStake: DelegateCounts.meta({
    description:
      'As the infobox states them, else as the prose does (`A total of 76 (of 95) delegates`), each count with the line it was read from; null where absent.',
  }),
  results: z.array(ContestResultRow),
  totalRow: z
    .object({
      votes: z.number().min(0).nullable(),
      percent: z.number().min(0).nullable(),
      delegates: z.number().min(0).nullable(),
      raw: Raw,
      line: z.number().int().min(1),
    })
    .meta({ description: 'The Total row as stated.' }),
  rowSums: z
    .object({ votes: z.number().min(0).nullable(), delegates: z.number().min(0).nullable() })
    .meta({ description: 'The rows summed, beside the Total row.' }),
  runnerUp: CandidateRef.nullable(),
  margin: z
    .object({
      votes: z.number().min(0),
      points: z.number().min(0).meta({ description: 'Percentage points of the computed shares.' }),
    })
    .nullable(),
  // A union, not `.nullable()`: the generator writes a nullable registered schema as a bare `$ref`.
  delegateModel: z
    .union([ContestDelegateModel, z.null()])
    .meta({ description: 'Null when the contest gives no votes or seats.' }),
  findings: z.array(Finding),
  provenance: z
    .object({
      source: z.object({
        file: z.string(),
        sha256: Hash,
        bytes: z.number().int().min(0),
        lines: z.number().int().min(0),
      }),
      article: z.object({ title: z.string(), url: z.url() }).nullable().meta({
        description: 'The Wikipedia article the results come from; null when they come from results files.',
      }),
      sources: z.array(ContestSourceItem).meta({
        description:
          'Every source document of the contest, what it took from each, and the credit each is owed.',
      }),
      credit: z.string().meta({ description: 'The credit line to show beside any figure of this contest.' }),
      lines: z
        .object({
          title: z.number().int().min(1),
          date: z.number().int().min(1).nullable(),
          resultsTable: z.number().int().min(1),
        })
        .meta({ description: 'Where the title, the date and the results table stand in the source.' }),
    })
    .meta({ description: 'Where every figure comes from: the document, its article and its licence.' }),
}).meta({
  id: 'ContestDetail',
  description:
    'A contest in full: the fields of a ContestItem, then its rows, audit findings, model and provenance.',
});

export const RaceItem = z
  .object({
    id: RaceId,
    year: z.number().int(),
    party: z.string(),
    name: z.string(),
    contestCount: z.number().int().min(1),
    firstDate: z.iso.date().nullable(),
    lastDate: z.iso.date().nullable(),
    delegatesAtStake: z
      .union([RaceFigure, z.null()])
      .meta({ description: 'As a cited source gives it; null where none is cited.' }),
    delegatesToWin: z
      .union([RaceFigure, z.null()])
      .meta({ description: 'As a cited source gives it; null where none is cited.' }),
  })
  .meta({ id: 'RaceItem', description: 'A race: one party’s nomination in one year.' });

export const Standing = z
  .object({
    rank: z.number().int().min(1).meta({ description: 'By delegates, then votes (ties share a rank).' }),
    candidate: CandidateRef,
    votes: z.number().min(0).meta({ description: 'Each contest’s counted unit, added as stated.' }),
    delegates: z.number().min(0),
    delegatesNeeded: z.number().min(0).nullable().meta({
      description: 'Delegates still short of the race’s `delegatesToWin`; null where none is cited.',
    }),
    contestsEntered: z.number().int().min(0),
    contestsWon: z.number().int().min(0),
  })
  .meta({ id: 'Standing', description: 'A candidate’s standing in one race.' });

export const SeriesPoint = z
  .object({
    date: z.iso.date(),
    contestIds: z.array(z.string()),
    standings: z
      .array(
        z.object({
          candidate: CandidateRef,
          votes: z.number().min(0),
          delegates: z.number().min(0),
          wins: z.number().int().min(0),
        }),
      )
      .meta({
        description:
          'Only the candidates whose totals changed on this date, with their totals up to and including it: ' +
          'carry the others forward from earlier points.',
      }),
  })
  .meta({ id: 'SeriesPoint', description: 'One contest date of a race and the running totals after it.' });

export const RaceDetail = RaceItem.extend({
  contests: z.array(ContestItem).meta({ description: 'By date (undated last), then id.' }),
  standings: z.array(Standing),
  series: z.array(SeriesPoint),
}).meta({
  id: 'RaceDetail',
  description: 'A race: the fields of a RaceItem, then its contests, standings and cumulative series.',
});

export const RaceTally = z
  .object({
    raceId: RaceId,
    contestCount: z.number().int().min(1),
    standings: z.array(Standing),
    series: z.array(SeriesPoint),
  })
  .meta({ id: 'RaceTally', description: 'One race tallied over the contests a filter selects.' });

export const CandidateRaceItem = z
  .object({
    raceId: RaceId,
    votes: z.number().min(0),
    delegates: z.number().min(0),
    contestsEntered: z.number().int().min(0),
    contestsWon: z.number().int().min(0),
  })
  .meta({ id: 'CandidateRaceItem', description: 'A candidate’s totals in one race.' });

export const CandidateItem = CandidateRef.extend({
  races: z
    .array(CandidateRaceItem)
    .meta({ description: 'By race id; figures are never added across races.' }),
}).meta({ id: 'CandidateItem', description: 'A candidate and their totals in each race they ran in.' });

export const CandidateDetail = CandidateRef.extend({
  races: z.array(
    CandidateRaceItem.extend({
      contests: z.array(
        z.object({
          contestId: z.string(),
          date: z.iso.date().nullable(),
          stateCode: z.string(),
          rank: z.number().int().min(1),
          votes: z.number().min(0).nullable(),
          percent: z.number().min(0).nullable(),
          share: z.number().min(0).max(1).nullable(),
          delegates: z.number().min(0).nullable(),
          won: z.boolean(),
          withdrawn: z.boolean(),
        }),
      ),
    }),
  ),
}).meta({
  id: 'CandidateDetail',
  description:
    'A candidate: the fields of a CandidateItem, each race with the candidate’s result in each contest.',
});

export const SearchResultHit = z
  .object({
    contest: ContestItem,
    candidate: CandidateRef,
    rank: z.number().int().min(1),
    votes: z.number().min(0).nullable(),
    percent: z.number().min(0).nullable(),
    share: z.number().min(0).max(1).nullable(),
    delegates: z.number().min(0).nullable(),
    won: z.boolean(),
    withdrawn: z.boolean(),
  })
  .meta({
    id: 'SearchResultHit',
    description:
      'A candidate’s result in a contest, found by a query whose terms name both (`michigan kerry`): the contest, the candidate, and their rank, votes, shares and delegates there.',
  });

export const SearchResult = z
  .object({
    terms: z
      .array(z.string())
      .meta({ description: 'The query as matched: case, accents and punctuation folded.' }),
    contests: z.array(ContestItem),
    candidates: z.array(CandidateItem),
    results: z.array(SearchResultHit).meta({
      description:
        'When the first terms name a contest and the rest a candidate who ran in it, or the other way round: their result there, best first.',
    }),
  })
  .meta({ id: 'SearchResult', description: 'Contests and candidates whose names start with the query.' });

export const Health = z
  .object({
    status: z.literal('ok'),
    apiVersion: z.string(),
    dataPackage: z.object({
      version: z.string(),
      hash: Hash,
      contests: z.number().int().min(0),
      races: z.number().int().min(0),
      candidates: z.number().int().min(0),
    }),
  })
  .meta({ id: 'Health', description: 'The API version and the data it serves.' });

export const TallyResult = z
  .object({
    filter: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .meta({ description: 'The filter, as read.' }),
    races: z.array(RaceTally).meta({ description: 'Each race of the selected contests, by race id.' }),
  })
  .meta({ id: 'TallyResult', description: 'Each race of the selected contests, tallied over them only.' });

export const UnitStandingItem = z
  .object({
    rank: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'By votes (ties share a rank); a choice without a figure last.' }),
    candidate: CandidateRef,
    votes: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'Null when every row of it left the votes blank.' }),
    share: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'Its votes over the votes of every choice of the unit, unrounded.' }),
  })
  .meta({ id: 'UnitStandingItem', description: 'A choice of a unit, ranked.' });

export const UnitItem = z
  .object({
    id: Slug.meta({ description: 'Unique in the contest: its type, the units it lies in and its name.' }),
    contestId: z.string(),
    type: UnitType,
    name: z.string().meta({ description: 'As the source writes it.' }),
    parent: Slug.nullable().meta({
      description: 'The unit it lies in (a precinct’s county or town); null at the top.',
    }),
    fips: Fips.nullable().meta({
      description:
        'The 5-digit FIPS code of the county it is or lies in; null where that is not known (a town).',
    }),
    rolledUp: z.boolean().meta({ description: 'Its figures are the sum of the units inside it.' }),
    note: z.string().nullable().meta({ description: 'Why it is not placed in a county, where it is not.' }),
    votes: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'The votes of every choice; blank and over votes are no choice.' }),
    outcome: z.enum(['decided', 'tied', 'no-votes']).meta({
      description:
        '`decided`: one real candidate has the most votes (a pseudo-candidate never wins); `tied`: two share them; `no-votes`: no real candidate has a vote.',
    }),
    // A union, not `.nullable()`: the generator writes a nullable registered schema as a bare `$ref`.
    winner: z
      .union([CandidateRef, z.null()])
      .meta({ description: 'The real candidate with the most votes; null unless `outcome` is `decided`.' }),
    results: z.array(UnitStandingItem).meta({ description: 'By votes, most first.' }),
  })
  .meta({
    id: 'UnitItem',
    description: 'A reporting unit of a contest (county, parish, town, ward, precinct) and its result.',
  });

export const UnitDetail = UnitItem.extend({
  children: z
    .array(Slug)
    .meta({ description: 'The units inside it that the store holds, in the contest’s order.' }),
  margin: z
    .object({ votes: z.number().min(0), points: z.number().min(0) })
    .nullable()
    .meta({ description: 'Over the runner-up among the real candidates; null unless decided.' }),
  nonVotes: z.array(NonVotes),
  stated: Stated,
  provenance: z
    .object({
      file: z.string(),
      lines: z
        .array(z.number().int().min(1))
        .meta({ description: 'Every row of the file read for the unit.' }),
      results: z
        .array(z.object({ candidateId: Slug, lines: z.array(z.number().int().min(1)) }))
        .meta({ description: 'The rows each figure adds up.' }),
      credit: SourceCredit,
    })
    .meta({ description: 'The file the unit’s rows are in, the rows, and the credit the file is owed.' }),
}).meta({
  id: 'UnitDetail',
  description:
    'A reporting unit in full: the fields of a UnitItem, then the units inside it, its other ballots, its own stated totals and the rows read.',
});

export { ResultRecord };

// The envelopes of every route.
export const ContestList = listEnvelope('ContestList', 'One page of contests, by date then id.', ContestItem);
export const ContestEnvelope = envelope(
  'ContestEnvelope',
  'A contest in full.',
  ContestDetail,
  z.object({ self: z.string(), results: z.string(), units: z.string(), race: z.string() }),
);
export const ResultsEnvelope = envelope(
  'ResultsEnvelope',
  'Result rows in the one results layout (the CSV’s columns are these fields).',
  z.array(ResultRecord),
  z.object({ self: z.string(), csv: z.string(), race: z.string(), contest: z.string().nullable() }),
);
export const UnitList = z
  .object({
    data: z.array(UnitItem),
    links: PageLinks.extend({ csv: z.string(), contest: z.string() }),
    meta: ListMeta,
  })
  .meta({ id: 'UnitList', description: 'One page of a contest’s reporting units, in the contest’s order.' });
export const UnitEnvelope = envelope(
  'UnitEnvelope',
  'A reporting unit in full.',
  UnitDetail,
  z.object({ self: z.string(), contest: z.string(), units: z.string(), parent: z.string().nullable() }),
);
export const RaceList = listEnvelope('RaceList', 'One page of races, by id.', RaceItem);
export const RaceEnvelope = envelope(
  'RaceEnvelope',
  'A race with its contests, standings and cumulative series.',
  RaceDetail,
  z.object({ self: z.string(), results: z.string(), contests: z.string() }),
);
export const CandidateList = listEnvelope('CandidateList', 'One page of candidates, by id.', CandidateItem);
export const CandidateEnvelope = envelope(
  'CandidateEnvelope',
  'A candidate in each race.',
  CandidateDetail,
  SelfLinks,
);
export const TallyEnvelope = envelope(
  'TallyEnvelope',
  'Each selected race, tallied.',
  TallyResult,
  SelfLinks,
);
export const SearchEnvelope = envelope(
  'SearchEnvelope',
  'What matched, best first.',
  SearchResult,
  SelfLinks,
);
export const HealthEnvelope = envelope('HealthEnvelope', 'The service and its data.', Health, SelfLinks);
