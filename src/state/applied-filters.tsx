/**
 * The filters the panels follow ("applied"), one step behind the store's. A filter control writes the
 * store and only the controls re-render in that frame; one subscriber here then hands the new filters
 * to every panel in a transition: a background render React can interrupt, so a click paints at once
 * and a large dataset never freezes the page between two keys. One copy for all panels, so they agree.
 *
 * A small dataset skips the transition: every panel follows right after the key's event, before the frame
 * is painted, so the change is painted in one frame rather than a frame for the controls and one or two
 * more for the panels.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from './store';
import { DatasetContext } from '../data/dataset-context';
import { type Filters } from '../data/filters';

/** Up to this many rows (claims and events) the panels follow a filter in the frame of its control. */
export const IMMEDIATE_ROWS = 3_000;

const AppliedFiltersContext = createContext<Filters | null>(null);

export function AppliedFiltersProvider({ children }: { children: ReactNode }) {
  // Read at first render: the URL has already been restored into the store by then.
  const [applied, setApplied] = useState(() => useAppStore.getState().filters);
  const dataset = useContext(DatasetContext);
  const immediate = dataset !== null && dataset.claims.length + dataset.events.length <= IMMEDIATE_ROWS;
  const immediateRef = useRef(immediate);
  useEffect(() => {
    immediateRef.current = immediate;
  }, [immediate]);
  useEffect(() => {
    // Small: rendered right after the control's event (a microtask, so the input's own click and change
    // have finished), before the frame is painted.
    const follow = (filters: Filters) =>
      immediateRef.current
        ? queueMicrotask(() => flushSync(() => setApplied(filters)))
        : startTransition(() => setApplied(filters));
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
