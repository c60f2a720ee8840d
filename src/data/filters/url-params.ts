/** The zod shapes filters read their URL parameters with: a value the app could not have written is absent. */
import { z } from 'zod';

/** No link needs more; a hostile one must not cost time. */
export const MAX_PARAM_LENGTH = 4_000;

export const textParam = (max = MAX_PARAM_LENGTH) => z.string().max(max).optional().catch(undefined);

/** A comma list in a parameter, as its items (empty items dropped). */
export const listOf = (value: string | undefined): string[] =>
  value ? value.split(',').filter((v) => v.length > 0) : [];

/** Items of `allowed` that `given` names, deduplicated, in `allowed`'s order. */
export function known<T extends string>(given: readonly string[], allowed: readonly T[]): T[] {
  const set = new Set(given);
  return allowed.filter((a) => set.has(a));
}
