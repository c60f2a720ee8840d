/**
 * The filters the panels follow ("applied"), one step behind the store's. A filter control writes the
 * store and only the controls re-render in that frame; one subscriber here then hands the new filters
 * to every panel in a transition: a background render React can interrupt, so a click paints at once
 * and a large dataset never freezes the page between two keys. One copy for all panels, so they agree.
 *
 * On a small dataset the timeline leads (`useLeadingFilters`): it follows the store in the key's own
 * render, so the change is painted on the timeline in the key's frame, and the other panels follow in
 * the transition a frame or two later. Drawing every panel in the key's frame held that frame for two.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from './store';
import { DatasetContext } from '../data/dataset-context';
import { type Filters } from '../data/filters';

/** Up to this many rows (claims and events) the timeline follows a filter in the frame of its control. */
export const IMMEDIATE_ROWS = 3_000;

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

/**
 * The filters the timeline follows: on a small dataset the store's own, so it is drawn in the key's frame;
 * on a large one the applied filters, with every other panel (the store's would hold the key's frame).
 */
export function useLeadingFilters(): Filters {
  const applied = useAppliedFilters();
  const dataset = useContext(DatasetContext);
  const small = dataset !== null && dataset.claims.length + dataset.events.length <= IMMEDIATE_ROWS;
  // On a large dataset the selector gives null whatever the store holds: no render in the key's frame.
  const current = useAppStore((s) => (small ? s.filters : null));
  return current ?? applied;
}
