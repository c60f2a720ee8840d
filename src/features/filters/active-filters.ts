/** Choosing values of a "shown" set (categories, origins) where an empty choice means all. */
/** Toggle one value of a "shown" set where empty means all: checking the last box returns to empty. */
export function toggleShown<T>(chosen: readonly T[], all: readonly T[], value: T, show: boolean): T[] {
  const current = chosen.length === 0 ? all : chosen;
  const next = show
    ? all.filter((v) => v === value || current.includes(v))
    : current.filter((v) => v !== value);
  if (next.length === 0) return [...chosen]; // the last shown value stays: empty would mean all
  return next.length === all.length ? [] : next;
}
