/**
 * One row checked by its zod schema, its problems named by field in the words the file checks use, so a
 * form can say at the field what is wrong as the analyst types.
 */
import type { z } from 'zod';
import { describeZodIssue } from './validate';

export interface FieldProblem {
  /** The field at fault, dotted: `figure.low`, `date.date`; empty for the row as a whole. */
  field: string;
  message: string;
}

export function rowProblems(schema: z.ZodType, row: unknown): FieldProblem[] {
  const parsed = schema.safeParse(row);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: describeZodIssue(row, issue),
  }));
}

/** The first problem of each field, for a form to show beside it. */
export function problemsByField(schema: z.ZodType, row: unknown): Map<string, string> {
  const byField = new Map<string, string>();
  for (const p of rowProblems(schema, row)) if (!byField.has(p.field)) byField.set(p.field, p.message);
  return byField;
}

/** The row as the schema reads it (defaults applied, text trimmed); only for a row that passed. */
export function restoreRow<T>(schema: z.ZodType<T>, row: unknown): T {
  return schema.parse(row);
}
