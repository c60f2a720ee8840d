/** The filtered rows every panel shows, derived (memoised) from the dataset and the filters. */
import { useDeferredValue, useMemo } from 'react';
import { useDataset } from '../data/dataset-context';
import { facetCounts, filterClaims, filterEvents } from '../data/filter';
import { relatedTo } from '../data/related';
import { useAppStore, type Filters } from './store';

/**
 * The filters the rows follow. A checkbox applies at once; the search text is deferred, so typing stays
 * responsive while a large dataset is filtered in the background.
 */
export function useEffectiveFilters(): Filters {
  const filters = useAppStore((s) => s.filters);
  const search = useDeferredValue(filters.search);
  return useMemo(() => (search === filters.search ? filters : { ...filters, search }), [filters, search]);
}

export function useFilteredClaims() {
  const dataset = useDataset();
  const filters = useEffectiveFilters();
  return useMemo(() => filterClaims(dataset, filters), [dataset, filters]);
}

export function useFilteredEvents() {
  const dataset = useDataset();
  const filters = useEffectiveFilters();
  return useMemo(() => filterEvents(dataset, filters), [dataset, filters]);
}

/** Per source, category and origin: how many rows each would show (the filter panel's counts). */
export function useFacetCounts() {
  const dataset = useDataset();
  const filters = useEffectiveFilters();
  return useMemo(() => facetCounts(dataset, filters), [dataset, filters]);
}

/** Ids the current selection touches, for highlighting in every panel. */
export function useRelated() {
  const dataset = useDataset();
  const selection = useAppStore((s) => s.selection);
  return useMemo(() => relatedTo(dataset, selection), [dataset, selection]);
}
