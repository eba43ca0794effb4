import { ContestType, searchTerms } from '@tally/core';
import { z } from 'zod';
import { decodeCursor } from './cursor.js';

/** Most items one page holds. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Longest search query, in characters, and most terms it may have. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_TERMS = 8;
/** Most hits of each kind one search returns. */
export const MAX_SEARCH_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = 10;

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

const Name = z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters');

/** The contest filter, shared by every route that selects contests. */
export const filterQuery = {
  year: z.coerce
    .number('a year, such as 2004')
    .int('a whole year')
    .min(1000, 'a four-digit year')
    .max(9999, 'a four-digit year')
    .optional()
    .meta({ description: 'The election year.', examples: [2004] }),
  state: Name.optional().meta({ description: 'USPS code or state name, any case.', examples: ['ND'] }),
  party: Name.optional().meta({ description: 'The party, any case.', examples: ['democratic'] }),
  type: ContestType.optional(),
  from: z.iso.date('a date as YYYY-MM-DD').optional().meta({ description: 'Held on or after this date.' }),
  to: z.iso.date('a date as YYYY-MM-DD').optional().meta({ description: 'Held on or before this date.' }),
};

export const pageQuery = {
  limit: z.coerce
    .number('a whole number')
    .int('a whole number')
    .min(1, 'at least 1')
    .max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} items per page`)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: 'Items per page.' }),
  cursor: z
    .string()
    .max(32, 'at most 32 characters')
    .transform((value, ctx) => {
      const offset = decodeCursor(value);
      if (offset === null) {
        ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave out' });
        return z.NEVER;
      }
      return offset;
    })
    .optional()
    .meta({ description: "The previous page's `page.nextCursor`; omit for the first page." }),
};

/** `from` must not come after `to`. */
function orderedDates(query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const ContestListQuery = z.strictObject({ ...filterQuery, ...pageQuery }).superRefine(orderedDates);
export const FilterQuery = z.strictObject(filterQuery).superRefine(orderedDates);
export const NoQuery = z.strictObject({});

export const ResultsQuery = z.strictObject({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .meta({ description: 'Overrides the Accept header: `csv` for text/csv, `json` for JSON.' }),
});

export const SearchQuery = z.strictObject({
  q: z
    .string()
    .max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)
    .refine((q) => searchTerms(q).length > 0, 'must contain a letter or a digit')
    .refine((q) => searchTerms(q).length <= MAX_QUERY_TERMS, `at most ${MAX_QUERY_TERMS} terms`)
    .meta({
      description: 'Name or alias, case- and accent-insensitive; each term matches the start of a word.',
      examples: ['kerry'],
    }),
  limit: z.coerce
    .number('a whole number')
    .int('a whole number')
    .min(1, 'at least 1')
    .max(MAX_SEARCH_LIMIT, `at most ${MAX_SEARCH_LIMIT}`)
    .default(DEFAULT_SEARCH_LIMIT)
    .meta({ description: 'Most hits of each kind.' }),
});
