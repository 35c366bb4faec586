import { z } from 'zod';

/**
 * Raw rows are checked where they enter (a schema per row), not cast field by field: a column
 * renamed or retyped fails here, naming it, instead of leaking `undefined` into the domain.
 */
export function parseRows<T>(schema: z.ZodType<T>, rows: unknown): T[] {
  return z.array(schema).parse(rows);
}

export function parseRow<T>(schema: z.ZodType<T>, rows: unknown): T | null {
  const [first] = parseRows(schema, rows);
  return first ?? null;
}

export const uuid = z.string();
/** `date` columns come back as 'YYYY-MM-DD' strings (data-source.ts sets the parser). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const timestamp = z.date().transform((date) => date.toISOString());
export const nullableText = z.string().nullable();
/** A json column holding an object of the domain, kept as written (unknown keys included). */
export const jsonObject = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null);

/** `RETURNING id`. */
export const idRow = z.object({ id: z.string() });
