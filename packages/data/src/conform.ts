import type { z } from 'zod';

/**
 * A value the core produced, passed through its schema so its keys follow the schema's order and what
 * ships is what the published JSON Schema describes. One the schema refuses is a bug in the core: stop,
 * naming the file.
 */
export function conform<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `${where} does not match its schema at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  );
}
