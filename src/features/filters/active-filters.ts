/** The active filters in words, each with the patch that removes it: the summary the analyst can undo. */
import { ORIGIN_LABEL } from '../../config/labels';
import { categoryOf } from '../../data/filter';
import type { Dataset } from '../../data/validate';
import { formatIsoDate } from '../../lib/format';
import type { Filters } from '../../state/store';

export interface ActiveFilter {
  key: string;
  label: string;
  remove: Partial<Filters>;
}

export function activeFilters(
  filters: Filters,
  dataset: Pick<Dataset, 'sources' | 'categories'>,
): ActiveFilter[] {
  const { sources } = dataset;
  const out: ActiveFilter[] = [];
  const names = new Map(sources.map((s) => [s.id, s.shortName]));
  for (const id of filters.hiddenSources) {
    out.push({
      key: `source:${id}`,
      label: `Hidden: ${names.get(id) ?? id}`,
      remove: { hiddenSources: filters.hiddenSources.filter((h) => h !== id) },
    });
  }
  if (filters.categories.length > 0) {
    out.push({
      key: 'categories',
      label: `Categories: ${filters.categories.map((c) => categoryOf(dataset, c).label).join(', ')}`,
      remove: { categories: [] },
    });
  }
  if (filters.origins.length > 0) {
    out.push({
      key: 'origins',
      label: `Origin: ${filters.origins.map((o) => ORIGIN_LABEL[o]).join(', ')}`,
      remove: { origins: [] },
    });
  }
  if (filters.dateFrom !== null || filters.dateTo !== null) {
    const from = filters.dateFrom === null ? 'the start' : formatIsoDate(filters.dateFrom);
    const to = filters.dateTo === null ? 'the end' : formatIsoDate(filters.dateTo);
    out.push({ key: 'dates', label: `Dates: ${from} – ${to}`, remove: { dateFrom: null, dateTo: null } });
  }
  if (filters.minReliability !== null) {
    out.push({
      key: 'grade',
      label: `Sources graded ${filters.minReliability} or better`,
      remove: { minReliability: null },
    });
  }
  if (filters.search.trim()) {
    out.push({ key: 'search', label: `Search: “${filters.search.trim()}”`, remove: { search: '' } });
  }
  return out;
}

/** Toggle one value of a "shown" set where empty means all: checking the last box returns to empty. */
export function toggleShown<T>(chosen: readonly T[], all: readonly T[], value: T, show: boolean): T[] {
  const current = chosen.length === 0 ? all : chosen;
  const next = show
    ? all.filter((v) => v === value || current.includes(v))
    : current.filter((v) => v !== value);
  if (next.length === 0) return [...chosen]; // the last shown value stays: empty would mean all
  return next.length === all.length ? [] : next;
}
