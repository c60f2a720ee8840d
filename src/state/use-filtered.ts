/** The filtered rows every panel shows, derived (memoised) from the dataset and the filters. */
import { useDeferredValue, useMemo } from 'react';
import { useDataset } from '../data/dataset-context';
import { facetCounts, filterClaims, filterEvents } from '../data/filter';
import { relatedTo } from '../data/related';
import { useAppStore, type Filters } from './store';

/**
 * The filters the panels' rows follow: the store's filters, deferred. The control the user touched (a
 * checkbox, the search box) reads the store and answers in the next frame; the panels then follow in a
 * background render React can interrupt, so a large dataset never freezes the page between two keys.
 */
export function useEffectiveFilters(): Filters {
  return useDeferredValue(useAppStore((s) => s.filters));
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
