/**
 * The filters the panels follow ("applied"), one step behind the store's. A filter control writes the
 * store and only the controls re-render in that frame; one subscriber here then hands the new filters
 * to every panel in a transition: a background render React can interrupt, so a click paints at once
 * and a large dataset never freezes the page between two keys. One copy for all panels, so they agree.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from './store';
import { type Filters } from '../data/filters';

const AppliedFiltersContext = createContext<Filters | null>(null);

export function AppliedFiltersProvider({ children }: { children: ReactNode }) {
  // Read at first render: the URL has already been restored into the store by then.
  const [applied, setApplied] = useState(() => useAppStore.getState().filters);
  useEffect(() => {
    const follow = (filters: Filters) => startTransition(() => setApplied(filters));
    // A change between this render and this effect is not lost.
    follow(useAppStore.getState().filters);
    return useAppStore.subscribe((state, previous) => {
      if (state.filters !== previous.filters) follow(state.filters);
    });
  }, []);
  return <AppliedFiltersContext.Provider value={applied}>{children}</AppliedFiltersContext.Provider>;
}

/** The filters every panel's rows follow. */
export function useAppliedFilters(): Filters {
  const applied = useContext(AppliedFiltersContext);
  if (!applied) throw new Error('useAppliedFilters must be used inside AppliedFiltersProvider.');
  return applied;
}
