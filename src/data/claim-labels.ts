/** Claims are numbered in reading order (C1, C2 …) so the article, the table and every export agree. */
import type { NormalisedClaim } from './validate';

export function claimNumbers(claims: readonly NormalisedClaim[]): Map<string, number> {
  const ordered = [...claims].sort(
    (a, b) => a.position.start - b.position.start || a.position.end - b.position.end,
  );
  return new Map(ordered.map((c, i) => [c.id, i + 1]));
}
