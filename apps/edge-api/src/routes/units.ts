import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { resultsCsv, unitRecords } from '@tally/core';
import { z } from 'zod';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, listBody, resourceBody } from '../api/links.js';
import { DEFAULT_PAGE_SIZE, UnitIdParams, UnitListQuery, UnitsParams } from '../api/params.js';
import { LICENSE_URL } from '../api/provenance.js';
import { describedBy, unitDetail, unitItem } from '../api/resources.js';
import {
  CSV_HEADERS,
  CSV_TYPE,
  invalid,
  JSON_TYPE,
  notFound,
  notModified,
  ok,
  preconditionFailed,
  reply,
  uriTooLong,
} from '../api/responses.js';
import { UnitEnvelope, UnitList } from '../api/schemas.js';
import { problem } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';
import { selectUnits } from '../store/unit-filter.js';
import { wantsCsv } from './results-representation.js';

const UNITS_DESCRIPTION =
  'The contest’s reporting units (counties, parishes, towns, wards, precincts) in its order, coarsest first, each ' +
  'with its ranked result and winner; filters `type` and `name`. JSON is paged (`limit`, `cursor`); CSV ' +
  '(`Accept: text/csv` or `?format=csv`, the query wins) holds every unit the filter selects, a row per candidate ' +
  'in the one results layout (`unit_type`, `unit_name`, `county`, `precinct`), with a `Content-Disposition` file ' +
  'name. The bundled Worker holds each contest’s coarsest units (what the data package’s JSON ships); the D1 ' +
  'Worker every unit, precincts too. Responses vary on `Accept`.';

export const listUnitsRoute = createRoute({
  method: 'get',
  path: '/v1/contests/{id}/units',
  tags: ['contests'],
  summary: "List a contest's reporting units",
  description: UNITS_DESCRIPTION,
  request: { params: UnitsParams, query: UnitListQuery },
  responses: {
    200: {
      description: 'One page of units (JSON), or every unit selected (CSV).',
      headers: CSV_HEADERS,
      content: {
        'application/json': { schema: UnitList },
        'text/csv': {
          schema: z.string().meta({
            description:
              'RFC 4180, CRLF, UTF-8 without a byte-order mark: the columns of `ResultRecord` flattened, a row per candidate of each unit.',
          }),
        },
      },
    },
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export const getUnitRoute = createRoute({
  method: 'get',
  path: '/v1/contests/{id}/units/{unitId}',
  tags: ['contests'],
  summary: 'Get a reporting unit',
  description:
    'One unit of a contest in full: its ranked result and winner, the units inside it, its blank and over votes, its ' +
    'own stated totals (checked, never added) and every row of the file read for it, with the file’s credit.',
  request: { params: UnitIdParams },
  responses: {
    200: ok(UnitEnvelope, 'The unit.'),
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export function unitRoutes(deps: Deps) {
  const { store, cache, metaFor } = deps;
  return new OpenAPIHono({ defaultHook: invalidParameters })
    .openapi(listUnitsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { type, name, limit: asked, cursor, format } = c.req.valid('query');
      const path = `/v1/contests/${id}/units`;
      const filter = { type, name };
      const missing = () => reply(listUnitsRoute, problem('not-found', c.req.url, 'No contest has this id.'));
      if (wantsCsv(c, format)) {
        // Every unit of the contest, so each row can name the county its precinct lies in; then the filter's.
        const found = await store.listUnits(id, {}, null);
        if (!found) return missing();
        const representation = await cache.get(canonicalUrl(`${path}.csv`, filter), CSV_TYPE, async () =>
          resultsCsv(unitRecords(found.contest, selectUnits(found.units.items, filter), found.units.items)),
        );
        const headers = {
          link: `<${LICENSE_URL}>; rel="license", <${describedBy(found.contest)}>; rel="describedby"`,
          'content-disposition': `attachment; filename="tally-${id}-units.csv"`,
        };
        return reply(
          listUnitsRoute,
          sendRepresentation(c.req.raw, representation, { vary: 'Accept', headers }),
        );
      }
      const offset = cursor ?? 0;
      const limit = asked ?? DEFAULT_PAGE_SIZE;
      const found = await store.listUnits(id, filter, { offset, limit });
      if (!found) return missing();
      const key = canonicalUrl(`${path}.json`, { ...filter, limit, offset });
      const representation = await cache.get(key, JSON_TYPE, async () => {
        const { units } = found;
        const body = listBody(
          path,
          { ...filter },
          offset,
          limit,
          { ...units, items: units.items.map((unit) => unitItem(id, unit)) },
          metaFor(found.summary.sources),
        );
        return JSON.stringify({
          ...body,
          links: {
            ...body.links,
            csv: canonicalUrl(path, { ...filter, format: 'csv' }),
            contest: `/v1/contests/${id}`,
          },
        });
      });
      return reply(listUnitsRoute, sendRepresentation(c.req.raw, representation, { vary: 'Accept' }));
    })
    .openapi(getUnitRoute, async (c) => {
      const { id, unitId } = c.req.valid('param');
      const found = await store.getUnit(id, unitId);
      if (!found) return reply(getUnitRoute, problem('not-found', c.req.url, 'No contest has this id.'));
      const { record } = found;
      if (!record) {
        return reply(getUnitRoute, problem('not-found', c.req.url, 'The contest has no unit with this id.'));
      }
      const path = `/v1/contests/${id}/units/${unitId}`;
      const representation = await cache.get(path, JSON_TYPE, () =>
        JSON.stringify(
          resourceBody(
            unitDetail(found.contest, record),
            {
              self: path,
              contest: `/v1/contests/${id}`,
              units: `/v1/contests/${id}/units`,
              parent: record.unit.parent === null ? null : `/v1/contests/${id}/units/${record.unit.parent}`,
            },
            metaFor(found.summary.sources),
          ),
        ),
      );
      return reply(getUnitRoute, sendRepresentation(c.req.raw, representation));
    });
}
