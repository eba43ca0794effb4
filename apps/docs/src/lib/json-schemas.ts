import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SchemaProperty {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface SchemaFile {
  file: string;
  title: string;
  description: string;
  properties: SchemaProperty[];
  text: string;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  title?: string;
  $ref?: string;
  id?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $defs?: Record<string, JsonSchema>;
};

/** A short type for a JSON Schema node: `string`, `number | null`, `array of ResultRow`, `"a" | "b"`. */
export function describeType(node: JsonSchema | undefined): string {
  if (node === undefined) return 'any';
  if (node.$ref !== undefined) return node.$ref.split('/').at(-1) ?? node.$ref;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum !== undefined) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  const union = node.anyOf ?? node.oneOf;
  if (union !== undefined) return union.map(describeType).join(' | ');
  if (node.type === 'array') return `array of ${describeType(node.items)}`;
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return node.type ?? 'any';
}

/** The root schema of a file: the schema itself, or the definition its top-level $ref points at. */
function rootOf(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (ref?.startsWith('#/$defs/')) return schema.$defs?.[ref.slice('#/$defs/'.length)] ?? schema;
  return schema;
}

/** Reads every `*.schema.json` in a folder, in name order, with a summary of its top-level properties. */
export async function readSchemaFiles(dir: string): Promise<SchemaFile[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.schema.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), 'utf8');
      const schema = JSON.parse(text) as JsonSchema;
      const root = rootOf(schema);
      const itemRoot =
        root.type === 'array' && root.items !== undefined ? rootOf({ ...schema, ...root.items }) : root;
      const required = new Set(itemRoot.required ?? []);
      return {
        file,
        title: schema.title ?? root.title ?? file.replace(/\.schema\.json$/, ''),
        description: schema.description ?? root.description ?? '',
        properties: Object.entries(itemRoot.properties ?? {}).map(([name, node]) => ({
          name,
          type: describeType(node),
          required: required.has(name),
          description: node.description ?? '',
        })),
        text,
      };
    }),
  );
}
