/**
 * Claims are numbered in reading order (C1, C2 …) so the documents, the table and every export agree:
 * document by document in the dataset's order, and within one by position (claims of a document without
 * text keep the order they are listed in).
 */
import type { Dataset, NormalisedClaim } from './validate';

const numbered = new WeakMap<readonly NormalisedClaim[], ReadonlyMap<string, number>>();

/** Each claim's number, computed once per dataset and shared by every panel and export. */
export function claimNumbers(dataset: Pick<Dataset, 'claims' | 'documents'>): ReadonlyMap<string, number> {
  const cached = numbered.get(dataset.claims);
  if (cached) return cached;
  const numbers = numberClaims(dataset.claims, dataset.documents);
  numbered.set(dataset.claims, numbers);
  return numbers;
}

function numberClaims(
  claims: readonly NormalisedClaim[],
  documents: Dataset['documents'],
): Map<string, number> {
  const documentOrder = new Map(documents.map((d, i) => [d.id, i]));
  const listed = new Map(claims.map((c, i) => [c.id, i]));
  const ordered = [...claims].sort(
    (a, b) =>
      (documentOrder.get(a.documentId) ?? 0) - (documentOrder.get(b.documentId) ?? 0) ||
      (a.position?.start ?? 0) - (b.position?.start ?? 0) ||
      (a.position?.end ?? 0) - (b.position?.end ?? 0) ||
      (listed.get(a.id) ?? 0) - (listed.get(b.id) ?? 0),
  );
  return new Map(ordered.map((c, i) => [c.id, i + 1]));
}
