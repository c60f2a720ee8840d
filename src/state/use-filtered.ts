/** The filtered rows every panel shows, derived (memoised) from the dataset and the filters. */
import { useMemo } from 'react';
import { useDataset } from '../data/dataset-context';
import { facetCounts, filterClaims, filterEvents } from '../data/filter';
import { relatedTo } from '../data/related';
import type { Filters } from '../data/filters';
import { useAppliedFilters } from './applied-filters';
import { useAppStore } from './store';

export function useFilteredClaims() {
  const dataset = useDataset();
  const filters = useAppliedFilters();
  return useMemo(() => filterClaims(dataset, filters), [dataset, filters]);
}

export function useFilteredEvents() {
  const dataset = useDataset();
  const filters = useAppliedFilters();
  return useMemo(() => filterEvents(dataset, filters), [dataset, filters]);
}

/** Per source, category and origin: how many rows each would show under the given filters. */
export function useFacetCounts(filters: Filters) {
  const dataset = useDataset();
  return useMemo(() => facetCounts(dataset, filters), [dataset, filters]);
}

/** Ids the current selection touches, for highlighting in every panel. */
export function useRelated() {
  const dataset = useDataset();
  const selection = useAppStore((s) => s.selection);
  return useMemo(() => relatedTo(dataset, selection), [dataset, selection]);
}
