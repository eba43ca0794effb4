import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeType, readSchemaFiles } from './json-schemas.js';

describe('describeType', () => {
  it('names references, unions, arrays and enums briefly', () => {
    expect(describeType({ $ref: '#/$defs/ResultRow' })).toBe('ResultRow');
    expect(describeType({ anyOf: [{ type: 'number' }, { type: 'null' }] })).toBe('number | null');
    expect(describeType({ type: 'array', items: { type: 'string' } })).toBe('array of string');
    expect(describeType({ type: 'string', enum: ['caucus', 'primary'] })).toBe('"caucus" | "primary"');
  });
});

describe('readSchemaFiles', () => {
  it('lists the top-level properties of each schema, following a root $ref and array items', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tally-schemas-'));
    await writeFile(
      join(dir, 'contest.schema.json'),
      JSON.stringify({
        $ref: '#/$defs/Contest',
        $defs: {
          Contest: {
            type: 'object',
            description: 'One contest.',
            properties: {
              id: { type: 'string', description: 'The id.' },
              date: { type: ['string', 'null'] },
            },
            required: ['id'],
          },
        },
      }),
    );
    await writeFile(
      join(dir, 'summaries.schema.json'),
      JSON.stringify({
        type: 'array',
        items: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
      }),
    );
    await writeFile(join(dir, 'notes.txt'), 'not a schema');
    const files = await readSchemaFiles(dir);
    expect(files.map((file) => file.file)).toEqual(['contest.schema.json', 'summaries.schema.json']);
    expect(files[0]?.description).toBe('One contest.');
    expect(files[0]?.properties).toEqual([
      { name: 'id', type: 'string', required: true, description: 'The id.' },
      { name: 'date', type: 'string | null', required: false, description: '' },
    ]);
    expect(files[1]?.properties).toEqual([
      { name: 'title', type: 'string', required: true, description: '' },
    ]);
  });
});
