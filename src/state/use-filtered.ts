/** The filtered rows every panel shows, derived (memoised) from the dataset and the filters. */
import { useMemo } from 'react';
import { useDataset } from '../data/dataset-context';
import { facetCounts, filterClaims, filterEvents } from '../data/filter';
import { relatedTo } from '../data/related';
import { useAppliedFilters } from './applied-filters';
import { useAppStore, type Filters } from './store';

/** The filters the panels' rows follow: see applied-filters.tsx. */
export function useEffectiveFilters(): Filters {
  return useAppliedFilters();
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
