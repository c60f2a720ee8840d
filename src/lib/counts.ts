/** Add one to a counter slot (typed arrays read as possibly undefined under noUncheckedIndexedAccess). */
export function bump(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] ?? 0) + 1;
}
