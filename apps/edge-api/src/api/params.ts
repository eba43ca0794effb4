import { ContestType, RaceId, UnitType } from '@tally/core';
import { z } from 'zod';

/** Most items one page holds. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Longest search query, in characters (code points), and most terms it may have. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_TERMS = 8;
/** Most hits of each kind one search returns. */
export const MAX_SEARCH_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = 10;
/** Longest state or party name a filter reads, in characters (code points). */
export const MAX_NAME_LENGTH = 64;
/** The last position a cursor may stand at. */
export const MAX_CURSOR = 9_999_999;

// Every rule is stated in the schema the OpenAPI document is generated from, so the document and the server
// agree on what is refused: integers are decimal digits matched by a pattern (no `0x10`, `2e3`, `+1` or
// spaces), lengths are counted in code points as JSON Schema counts them, and a repeated parameter is refused
// before any schema runs (`repeated-parameters.ts`).

/** A decimal integer parameter: the pattern states the range, the value reaches the handler as a number. */
function decimal(pattern: RegExp, expected: string, meta: { description: string; examples: string[] }) {
  return z
    .string()
    .regex(pattern, expected)
    .transform(Number)
    .meta({ ...meta, description: `${meta.description} ${capitalise(expected)}.` });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text of `min` to `max` characters, counted in code points (as JSON Schema's minLength and maxLength are). */
function text(min: number, max: number) {
  return z
    .string()
    .refine((value) => {
      const length = [...value].length;
      return length >= min && length <= max;
    }, `${min} to ${max} characters`)
    .meta({ minLength: min, maxLength: max });
}

const Slug = z
  .string()
  .max(100, 'at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters and digits in hyphen-separated words');

export const ContestIdParams = z.object({
  id: Slug.meta({
    description: '`{year}-{USPS code}-{party}-{caucus|primary}`',
    examples: ['2004-nd-democratic-caucus'],
  }),
});

export const CandidateIdParams = z.object({
  id: Slug.meta({ description: 'The candidate id: their name in kebab-case.', examples: ['john-kerry'] }),
});

export const RaceIdParams = z.object({
  id: z
    .string()
    .max(100, 'at most 100 characters')
    .regex(
      /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'a year, a hyphen and the party in kebab-case, as 2004-democratic',
    )
    .meta({ description: RaceId.description ?? '`{year}-{party}`', examples: ['2004-democratic'] }),
});

const year = decimal(/^[1-9][0-9]{3}$/, 'a four-digit year written in decimal digits, 1000 to 9999', {
  description: 'The election year.',
  examples: ['2004'],
});
const party = text(1, MAX_NAME_LENGTH).meta({
  description: `The party, any case and accents (1 to ${MAX_NAME_LENGTH} characters).`,
  examples: ['democratic'],
});

/** The contest filter, shared by every route that selects contests. */
export const filterQuery = {
  race: z
    .string()
    .max(100, 'at most 100 characters')
    .regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a race id, as 2004-democratic')
    .optional()
    .meta({ description: 'Only this race’s contests: `{year}-{party}`.', examples: ['2004-democratic'] }),
  year: year.optional(),
  state: text(1, MAX_NAME_LENGTH)
    .optional()
    .meta({
      description: `USPS code or state name, any case and accents (1 to ${MAX_NAME_LENGTH} characters).`,
      examples: ['ND'],
    }),
  party: party.optional(),
  type: ContestType.optional(),
  from: z.iso.date('a date as YYYY-MM-DD').optional().meta({ description: 'Held on or after this date.' }),
  to: z.iso
    .date('a date as YYYY-MM-DD')
    .optional()
    .meta({ description: 'Held on or before this date; not before `from` (else 400).' }),
};

export const pageQuery = {
  limit: decimal(/^(?:[1-9][0-9]?|100)$/, `a whole number written in decimal digits, 1 to ${MAX_PAGE_SIZE}`, {
    description: `Items per page (default ${DEFAULT_PAGE_SIZE}).`,
    examples: ['20'],
  }).optional(),
  cursor: decimal(
    /^(?:0|[1-9][0-9]{0,6})$/,
    `the position of the page's first item, written in decimal digits, 0 to ${MAX_CURSOR.toLocaleString('en-US')}`,
    {
      description:
        "Where the page starts: the previous page's `meta.page.nextCursor` (or any position; past the end, the page is empty).",
      examples: ['20'],
    },
  ).optional(),
};

/** `from` must not come after `to`. */
function orderedDates(query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const ContestListQuery = z.strictObject({ ...filterQuery, ...pageQuery }).superRefine(orderedDates);
export const FilterQuery = z.strictObject(filterQuery).superRefine(orderedDates);
export const RaceListQuery = z.strictObject({ year: year.optional(), party: party.optional(), ...pageQuery });
export const NoQuery = z.strictObject({});

export const ResultsQuery = z.strictObject({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .meta({ description: 'Overrides the Accept header: `csv` for text/csv, `json` for JSON.' }),
});

/**
 * A search query: up to MAX_QUERY_LENGTH characters holding 1 to MAX_QUERY_TERMS terms, a term being a run of
 * letters and digits. The pattern is the rule: the server checks the query against it, as a client can.
 */
export const SEARCH_PATTERN = `^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]*){1,${MAX_QUERY_TERMS}}$`;
const searchPattern = new RegExp(SEARCH_PATTERN, 'u');

export const SearchQuery = z.strictObject({
  q: z
    .string()
    .refine((q) => [...q].length <= MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)
    .refine(
      (q) => searchPattern.test(q),
      `1 to ${MAX_QUERY_TERMS} terms (runs of letters or digits), so at least one letter or digit`,
    )
    .meta({
      description:
        `Name or alias, case- and accent-insensitive; each term matches the start of a word. At most ` +
        `${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_TERMS} terms (runs of letters or digits), at least one.`,
      examples: ['kerry'],
      maxLength: MAX_QUERY_LENGTH,
      pattern: SEARCH_PATTERN,
    }),
  limit: decimal(
    /^(?:[1-9]|[1-4][0-9]|50)$/,
    `a whole number written in decimal digits, 1 to ${MAX_SEARCH_LIMIT}`,
    {
      description: `Most hits of each kind (default ${DEFAULT_SEARCH_LIMIT}).`,
      examples: ['10'],
    },
  ).optional(),
});

/** A contest's units: the example is a contest an OpenElections file gives, which has units. */
export const UnitsParams = z.object({
  id: Slug.meta({
    description: '`{year}-{USPS code}-{party}-{caucus|primary}`',
    examples: ['2004-ms-democratic-primary'],
  }),
});

export const UnitIdParams = z.object({
  id: UnitsParams.shape.id,
  unitId: Slug.meta({
    description:
      'The unit id, as the contest’s units list gives it (`county-alcorn`, `town-abington-precinct-1`).',
    examples: ['county-alcorn'],
  }),
});

/** The reporting units of a contest: by type and name, paged in JSON, whole in CSV. */
export const UnitListQuery = z.strictObject({
  type: UnitType.optional().meta({ description: 'Only units of this type.', examples: ['county'] }),
  name: text(1, MAX_NAME_LENGTH)
    .optional()
    .meta({
      description: `Only units whose name starts with these words, any case, accents and punctuation (1 to ${MAX_NAME_LENGTH} characters): \`st louis\` is ST LOUIS and St. Louis City, \`precinct 1\` is not Precinct 10.`,
      examples: ['st louis'],
    }),
  ...pageQuery,
  ...ResultsQuery.shape,
});
