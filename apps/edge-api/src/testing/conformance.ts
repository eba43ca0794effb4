import { expect } from 'vitest';
import { z } from 'zod';
import { call } from './worker.js';

type Operation = { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
type OpenApiDocument = {
  paths: Record<string, { get?: Operation }>;
  components: { schemas: Record<string, unknown> };
};

let document: Promise<OpenApiDocument> | undefined;

/** The OpenAPI document the Worker serves, fetched once. */
export function servedDocument(): Promise<OpenApiDocument> {
  document ??= call('/openapi.json').then((r) => r.json() as Promise<OpenApiDocument>);
  return document;
}

/** Objects that list their properties admit no others: a field the document does not declare fails. */
function closeObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closeObjects);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = closeObjects(inner);
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

// Built once per schema and document: building one from the whole document costs far more than a check.
const validators = new WeakMap<object, Map<string, z.ZodType>>();

/** A JSON Schema of the document as a zod validator: component refs pointed at `$defs`, objects closed. */
export function validatorFor(schema: unknown, components: Record<string, unknown>): z.ZodType {
  const known = validators.get(components) ?? new Map<string, z.ZodType>();
  validators.set(components, known);
  const key = JSON.stringify(schema);
  const cached = known.get(key);
  if (cached) return cached;
  const rewrite = (value: unknown) =>
    closeObjects(JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')));
  const defs = rewrite(components) as Record<string, unknown>;
  const root = rewrite(schema) as Record<string, unknown>;
  const jsonSchema = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...root, $defs: defs };
  const validator = z.fromJSONSchema(jsonSchema as Parameters<typeof z.fromJSONSchema>[0], {
    registry: z.registry(),
  });
  known.set(key, validator);
  return validator;
}

/**
 * Checks a problem that no operation of the document declares (a 405, an unknown path, a 500): its
 * status, its media type, its stable `type`, and its body against the document's `Problem` schema.
 */
export async function expectProblem(response: Response, status: number, kind: string): Promise<unknown> {
  const doc = await servedDocument();
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body: unknown = JSON.parse(await response.text());
  const result = validatorFor({ $ref: '#/components/schemas/Problem' }, doc.components.schemas).safeParse(
    body,
  );
  expect(result.error?.issues ?? [], `the ${status} body matches the Problem schema`).toEqual([]);
  expect(body).toMatchObject({ type: `/problems/${kind}/`, status });
  return body;
}

/**
 * Checks a response against what the served OpenAPI document declares for `GET template`: the status
 * is declared, the media type is declared for it, and a JSON body passes the declared JSON Schema.
 * Returns the parsed body (JSON) or text (other media types).
 */
export async function expectDeclared(response: Response, template: string): Promise<unknown> {
  const doc = await servedDocument();
  const operation = doc.paths[template]?.get;
  expect(operation, `GET ${template} is in the document`).toBeDefined();
  const declared = operation?.responses[String(response.status)];
  expect(declared, `GET ${template} declares status ${response.status}`).toBeDefined();
  if (response.status === 304) {
    expect(await response.text()).toBe('');
    return undefined;
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const content = declared?.content?.[mediaType];
  expect(content, `GET ${template} ${response.status} declares ${mediaType}`).toBeDefined();
  const text = await response.text();
  if (!mediaType.endsWith('json')) return text;
  const body: unknown = JSON.parse(text);
  const result = validatorFor(content?.schema, doc.components.schemas).safeParse(body);
  expect(result.error?.issues ?? [], `GET ${template} ${response.status} body matches its schema`).toEqual(
    [],
  );
  return body;
}
